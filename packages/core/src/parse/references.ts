import { extendOverPlace, matchRegister } from '../register/register.js';
import { tokenize } from '../register/tokens.js';
import type { ReferenceType } from '../schema.js';
import { normalizeSpace, slugify } from '../text.js';
import { isoDay } from './deadlines.js';

export interface ReferenceMatch {
  /** `${slugify(type word)}-${slugify(number)}`: "nghi-quyet-57-nq-tw". */
  id: string;
  type: ReferenceType;
  /** The number with PDF spacing repaired: "107/2020/NĐ-CP". */
  number: string;
  /** ISO date, or null when none is written or it is not a day (31/2/2024). */
  date: string | null;
  /** The issuer as written ("UBND tỉnh", "Ban Chấp hành Trung ương Đảng"), without "khóa XII". */
  issuer: string | null;
  /** Register id of the issuer, when the register knows it. */
  issuerId: string | null;
  /** The citation as written. */
  text: string;
  start: number;
  end: number;
}

const TYPES: ReadonlyArray<readonly [string, ReferenceType]> = [
  ['thông tư liên tịch', 'joint-circular'],
  ['nghị quyết liên tịch', 'joint-resolution'],
  ['thông báo kết luận', 'conclusion-notice'],
  ['nghị quyết', 'resolution'],
  ['nghị định', 'decree'],
  ['quyết định', 'decision'],
  ['kế hoạch', 'plan'],
  ['kết luận', 'conclusion'],
  ['chỉ thị', 'directive'],
  ['thông tư', 'circular'],
  ['công văn', 'official-letter'],
  ['tờ trình', 'submission'],
  ['chương trình', 'program'],
  ['thông tri', 'party-notice'],
  ['thông báo', 'notice'],
  ['quy định', 'regulation'],
  ['hướng dẫn', 'guidance'],
  ['luật', 'law'],
  ['pháp lệnh', 'ordinance'],
  ['đề án', 'scheme'],
  ['báo cáo', 'report'],
];
const TYPE_BY_WORDS = new Map(TYPES.map(([words, type]) => [words, type]));
const TYPE_WORDS = TYPES.map(([words]) => words.replace(/ /g, '\\s+')).join('|');

const TYPE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TYPE_WORDS})(?=\\s)`, 'giu');
// Number: digits, then "/"- or "-"-separated parts of letters, digits, "&" and inner dots
// ("8935/BNV-CTTN&BĐG", "01/2021/TT-BNV.HĐ"); PDF extraction leaves a stray space around a
// separator ("238 /KH-UBND", "107/2020/NĐ- CP"), which `number` repairs and `text` keeps.
const NUMBER = /\s+(số\s+)?(\d+(?:\s?[/-]\s?[\p{L}\p{N}&]+(?:\.[\p{L}\p{N}&]+)*)+)/iuy;
const DATE = /,?\s+ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*|\s+tháng\s+(\d{1,2})\s+năm\s+)(\d{4})/iuy;
const DATE_WORD = /,?\s+ngày(?=\s)/iuy;
const OF = /\s+của\s+/iuy;
const TERM = /\s+\(?khóa\s+[IVXLC]+\)?/iuy;
/** Issuers that are events, not bodies: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV". */
const CONGRESS = /Đại\s+hội(?:\s+đại\s+biểu)?\s+Đảng\s+bộ\s+(?:tỉnh|thành\s+phố|huyện)(?:\s+lần\s+thứ\s+[IVXLC]+)?/iuy;
const MAX_ISSUER = 160;

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

type CitationAt = { reference: ReferenceMatch } | { problem: string };

/** The issuer after "của" at `at`: a register body (with its place) or a party congress. */
function issuerAt(text: string, at: number): { issuer: string; issuerId: string | null; end: number } | null {
  const congress = stickyAt(CONGRESS, text, at);
  if (congress) return { issuer: normalizeSpace(congress[0]), issuerId: null, end: at + congress[0].length };
  const window = text.slice(at, at + MAX_ISSUER);
  const tokens = tokenize(window);
  if (tokens[0]?.type !== 'word' || tokens[0].start !== 0) return null;
  const match = matchRegister(tokens, 0);
  if (!match) return null;
  const end = tokens[extendOverPlace(tokens, match.entry, match.end) - 1]!.end;
  return { issuer: normalizeSpace(window.slice(0, end)), issuerId: match.entry.id, end: at + end };
}

/** Reads the citation whose type word starts at `at`, or says what is missing. */
function citationAt(text: string, at: number, typeWord: string): CitationAt {
  // Case folding can match a type word that lowercases differently ("K" KELVIN SIGN): not a type then.
  const type = TYPE_BY_WORDS.get(normalizeSpace(typeWord.toLowerCase()));
  if (!type) return { problem: `expected a document type; "${typeWord}" is not one` };
  const number = stickyAt(NUMBER, text, at + typeWord.length);
  if (!number) return { problem: `expected a document number after "${typeWord}" (e.g. "số 123/QĐ-UBND")` };
  const [, numberWord, rawNumber] = number;
  // Without "số" only a capitalised type with a lettered number is a citation ("Nghị quyết 57-NQ/TW"),
  // not "kế hoạch 2021-2025".
  if (!numberWord && (!/^\p{Lu}/u.test(typeWord) || !/\p{L}/u.test(rawNumber!))) {
    return { problem: `expected "số" and a document number after "${typeWord}"` };
  }
  let end = number.index + number[0].length;
  let date: string | null = null;
  const dated = stickyAt(DATE, text, end);
  if (dated) {
    const [, day, month, monthWord, year] = dated;
    date = isoDay(Number(day), Number(month ?? monthWord), Number(year));
    if (!date) return { problem: `"${normalizeSpace(dated[0]).replace(/^,\s*/, '')}" is not a date` };
    end += dated[0].length;
  } else if (stickyAt(DATE_WORD, text, end)) {
    return { problem: 'expected a date after "ngày" (05/3/2024 or 05 tháng 3 năm 2024)' };
  }
  let issuer: string | null = null;
  let issuerId: string | null = null;
  const of = stickyAt(OF, text, end);
  const read = of ? issuerAt(text, end + of[0].length) : null;
  if (read) {
    ({ issuer, issuerId } = read);
    end = read.end;
    const term = stickyAt(TERM, text, end);
    if (term) end += term[0].length;
  }
  const numberText = rawNumber!.replace(/\s+/g, '');
  return {
    reference: {
      id: `${slugify(typeWord)}-${slugify(numberText)}`,
      type,
      number: numberText,
      date,
      issuer,
      issuerId,
      text: text.slice(at, end),
      start: at,
      end,
    },
  };
}

/** The issuer of the next citation when two share one: "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của …". */
const SHARED_ISSUER_GAP = /^\s+và\s+$/;

/**
 * Finds numbered documents cited in a text ("Nghị định số 107/2020/NĐ- CP", "Nghị quyết 57-NQ/TW",
 * "Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng"), in text order.
 */
export function readReferences(text: string): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const type of text.matchAll(TYPE_WORD)) {
    if (found.length > 0 && type.index < found.at(-1)!.end) continue;
    const read = citationAt(text, type.index, type[0]);
    if ('reference' in read) found.push(read.reference);
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const current = found[i]!;
    const next = found[i + 1]!;
    if (current.issuer === null && next.issuer !== null && SHARED_ISSUER_GAP.test(text.slice(current.end, next.start))) {
      current.issuer = next.issuer;
      current.issuerId = next.issuerId;
    }
  }
  return found;
}

export type CitationReading = { ok: true; reference: ReferenceMatch } | { ok: false; problem: string };

const EXAMPLE = '"Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh"';
const TITLE = /^[\s,]*(?:về|v\/v)\s/iu;

/**
 * Reads one citation as a person types it for a status report ("Quyết định số 123/QĐ-UBND ngày
 * 05/3/2024 của UBND tỉnh"): the reference, or the problem with it (unknown type, missing number,
 * a date that is not a day, text after it that is neither an issuer nor a title "về …").
 */
export function readCitation(citation: string): CitationReading {
  const text = normalizeSpace(citation);
  if (text === '') return { ok: false, problem: `expected a citation such as ${EXAMPLE}; found nothing` };
  TYPE_WORD.lastIndex = 0;
  const type = TYPE_WORD.exec(text);
  if (!type || type.index !== 0) {
    const known = TYPES.map(([words]) => words[0]!.toUpperCase() + words.slice(1)).join(', ');
    return { ok: false, problem: `expected the document type first (${known}); found "${text.split(' ').slice(0, 2).join(' ')}"` };
  }
  const read = citationAt(text, 0, type[0]);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const rest = text.slice(read.reference.end);
  if (rest.trim() !== '' && !TITLE.test(rest)) {
    const issuer = /^\s+của\s+(.*)$/iu.exec(rest);
    if (!issuer) return { ok: false, problem: `expected "ngày …", "của …" or "về …" after the number; found "${rest.trim()}"` };
    return { ok: true, reference: { ...read.reference, issuer: issuer[1]!.trim(), text, end: text.length } };
  }
  return { ok: true, reference: read.reference };
}
