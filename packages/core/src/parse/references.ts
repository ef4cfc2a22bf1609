import type { ReferenceType } from '../schema.js';
import { slugify } from '../text.js';

export interface ReferenceMatch {
  id: string;
  type: ReferenceType;
  number: string;
  date: string | null;
  issuer: string | null;
  /** The citation as written. */
  text: string;
  start: number;
  end: number;
}

const TYPES: Record<string, ReferenceType> = {
  'nghị quyết': 'resolution',
  'nghị định': 'decree',
  'quyết định': 'decision',
  'kế hoạch': 'plan',
  'kết luận': 'conclusion',
  'chỉ thị': 'directive',
  'thông tư': 'circular',
  'công văn': 'official-letter',
};

const ISSUERS = [
  'Ban Chấp hành Trung ương Đảng',
  'Ban Bí thư Trung ương Đảng',
  'Bộ Chính trị',
  'Thủ tướng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'UBND tỉnh',
  'Ủy ban nhân dân tỉnh',
  'HĐND tỉnh',
  'Hội đồng nhân dân tỉnh',
  'Tỉnh ủy',
  'Ban Thường vụ Tỉnh ủy',
  'Đại hội đại biểu Đảng bộ tỉnh lần thứ [IVXLC]+',
];

// Number: digits then "/" or "-" separated parts; PDF extraction leaves stray spaces around the
// separators ("238 /KH-UBND", "107/2020/NĐ- CP"), which `number` repairs and `text` keeps.
const CITATION = new RegExp(
  `(${Object.keys(TYPES).map((type) => type[0]!.toUpperCase() + type.slice(1)).join('|')})\\s+số\\s+` +
    `(\\d+(?:\\s?[/-]\\s?[\\p{L}\\d]+)+)` +
    `(?:\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}))?` +
    `(?:\\s+của\\s+(${ISSUERS.join('|')})(?:\\s+\\(?khóa\\s+[IVXLC]+\\)?)?)?`,
  'gu',
);

/** The issuer of the next citation when two share one: "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của …". */
const SHARED_ISSUER_GAP = /^\s+và\s+$/;

function isoDate(day: string, month: string, year: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

/** Finds numbered legal documents cited in a text ("Nghị định số 107/2020/NĐ- CP"). */
export function findReferences(text: string): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const match of text.matchAll(CITATION)) {
    const [whole, typeWord, rawNumber, day, month, year, issuer] = match;
    const type = TYPES[typeWord!.toLowerCase()]!;
    const number = rawNumber!.replace(/\s+/g, '');
    found.push({
      id: `${slugify(typeWord!)}-${slugify(number)}`,
      type,
      number,
      date: day && month && year ? isoDate(day, month, year) : null,
      issuer: issuer ?? null,
      text: whole,
      start: match.index,
      end: match.index + whole.length,
    });
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const current = found[i]!;
    const next = found[i + 1]!;
    if (current.issuer === null && next.issuer !== null && SHARED_ISSUER_GAP.test(text.slice(current.end, next.start))) {
      current.issuer = next.issuer;
    }
  }
  return found;
}
