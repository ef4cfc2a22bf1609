import type { DocumentKind } from '../schema.js';
import { normalizeSpace } from '../text.js';
import { lookupAgency } from './agencies.js';
import { isoDay } from './deadlines.js';

export interface DocumentReading {
  kind: DocumentKind | null;
  number: string | null;
  place: string | null;
  date: string | null;
  /** The issuer as the heading or the cover names it, or null. */
  issuer: string | null;
  /** The document's own title (the heading after "KẾ HOẠCH"), or null. */
  title: string | null;
  period: { start: number; end: number } | null;
}

const KIND_WORDS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^chương trình/iu, 'program'],
  [/^kế hoạch/iu, 'plan'],
  [/^nghị quyết/iu, 'resolution'],
  [/^quyết định/iu, 'decision'],
  [/^đề án/iu, 'scheme'],
  [/^chỉ thị/iu, 'directive'],
];

export function documentKind(words: string): DocumentKind | null {
  return KIND_WORDS.find(([pattern]) => pattern.test(words.trim()))?.[1] ?? null;
}

// Bounded searches in the front matter only: what a cited document says never reaches them.
const NUMBER = /(?:^|\s)Số\s*:?\s*(\d{1,6}(?:\s?[/-]\s?[\p{L}\d&.]+)+)/u;
const PLACE_DATE = /(?<![\p{L}\d/-])((?:\p{Lu}[\p{Ll}\p{M}]*\s){0,3}\p{Lu}[\p{Ll}\p{M}]*),\s*ngày\s+(\d{1,2})(?:\s+tháng\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})/u;
const COVER_ISSUES = /Ban hành kèm theo (?:Quyết định|Nghị quyết) (?:này|số [^\s,)]+)\s+(Chương trình|Kế hoạch|Đề án|Quy chế)/iu;
const ATTACHED_ISSUER = /\(Ban hành kèm theo (?:Quyết định|Nghị quyết) số [^\s,)]+,?\s*ngày [^)]*?của\s+([^)]{3,80})\)/iu;
const PREAMBLE_ISSUER = /((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng đoàn|Ban Thường vụ|Ban cán sự đảng|Hội đồng nhân dân|HĐND|Bộ|Chính phủ|Thủ tướng)[^,.;:]{0,60}?)\s+ban hành\s+(?:Chương trình|Kế hoạch|Đề án)/u;
const HEADING_TITLE = /(?:^|\s)(CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|KẾ HOẠCH|ĐỀ ÁN)(?=\s)(.{8,600}?)(?=\s*\(Ban hành kèm theo|\s+(?:Căn cứ|Thực hiện|Để|Ngày \d|Nhằm)\s|\s*$)/u;
const PERIOD = /giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})/iu;

const KIND_HEADING = /(?:^|\s)(CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|KẾ HOẠCH|ĐỀ ÁN)(?!\s+SỐ)(?=\s)/gu;

/**
 * The title of a program issued by a cover decision: the last kind heading before "(Ban hành kèm
 * theo Quyết định …)", not the decision's own title ("QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH …").
 */
function attachedTitle(front: string): RegExpExecArray | null {
  const attached = front.search(/\(Ban hành kèm theo/u);
  if (attached === -1) return null;
  let last: RegExpExecArray | null = null;
  for (const heading of front.slice(0, attached).matchAll(KIND_HEADING)) last = heading as RegExpExecArray;
  if (!last) return null;
  const start = last.index + last[0].length;
  const rest = front.slice(start, attached).trim();
  if (rest.length < 8 || rest.length > 600) return null;
  const match = [last[0], last[1], ` ${rest}`] as unknown as RegExpExecArray;
  match.index = last.index;
  return match;
}

/** Sentence case of an all-capitals heading; words with digits or slashes (numbers) stay. */
function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text
    .split(' ')
    .map((word) => (/[\d/]/.test(word) ? word : word.toLowerCase()))
    .join(' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The issuer of an all-capitals heading ("UỶ BAN NHÂN DÂN TỈNH BẮC NINH", "ĐẢNG ĐOÀN QUỐC HỘI"). */
function headingIssuer(lines: readonly string[]): string | null {
  const heading: string[] = [];
  for (const line of lines.slice(0, 6)) {
    if (/^(?:CỘNG HÒA|CỘNG HOÀ|Số[\s:]|-{3,})/u.test(line) || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) break;
    heading.push(line.replace(/[-\s]+$/u, '').replace(/\s+CỘNG HÒA.*$/u, ''));
  }
  if (heading.length === 0) return null;
  // "ĐẢNG CỘNG SẢN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG" above the body itself: the last line names it.
  const whole = normalizeSpace(heading.join(' ').replace(/^ĐẢNG CỘNG SẢN VIỆT NAM\s*/u, ''));
  const local = /^(?:ỦY|UỶ) BAN NHÂN DÂN\s+(TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)\s+(.+)$/u.exec(whole);
  if (local) {
    const place = local[2]!.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    return `Ủy ban nhân dân ${local[1]!.toLowerCase()} ${place}`;
  }
  const candidates = [whole, heading[heading.length - 1]!];
  for (const candidate of candidates) {
    const known = lookupAgency(candidate);
    if (known) return known.name;
  }
  return sentenceCase(heading[heading.length - 1]!);
}

/**
 * Reads the document's own metadata from its front matter (everything before part I): kind,
 * number, place and date, issuer, title and period.
 */
export function readDocument(frontLines: readonly string[]): DocumentReading {
  const front = normalizeSpace(frontLines.join(' ')).slice(0, 20_000);
  const number = NUMBER.exec(front)?.[1]?.replace(/\s+/g, '') ?? null;
  const placeDate = PLACE_DATE.exec(front);
  const date = placeDate ? isoDay(Number(placeDate[2]), Number(placeDate[3]), Number(placeDate[4])) : null;
  const title = attachedTitle(front) ?? HEADING_TITLE.exec(front);
  const cover = COVER_ISSUES.exec(front);
  const kind = documentKind(cover?.[1] ?? title?.[1] ?? /ban hành\s+(Chương trình|Kế hoạch|Đề án)/iu.exec(front)?.[1] ?? '');
  const titleText = title ? normalizeSpace(`${sentenceCase(title[1]!)} ${sentenceCase(title[2]!.trim())}`).replace(/^(Chương trình hành động|Chương trình|Kế hoạch|Đề án) (\p{Lu})/u, (_, k: string, c: string) => `${k} ${c.toLowerCase()}`) : null;
  const issuer =
    ATTACHED_ISSUER.exec(front)?.[1]?.trim() ?? headingIssuer(frontLines) ?? PREAMBLE_ISSUER.exec(front)?.[1]?.trim() ?? null;
  const periodMatch = (titleText ? PERIOD.exec(titleText) : null) ?? PERIOD.exec(front);
  const period = periodMatch ? { start: Number(periodMatch[1]), end: Number(periodMatch[2]) } : null;
  return {
    kind,
    number,
    place: placeDate?.[1] ?? null,
    date,
    issuer,
    title: titleText,
    period: period && period.start <= period.end && period.end - period.start <= 30 ? period : null,
  };
}
