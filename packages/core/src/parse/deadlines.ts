import type { DeadlineKind } from '../schema.js';
import { normalizeSpace } from '../text.js';

export interface DeadlineMatch {
  kind: DeadlineKind;
  year: number | null;
  text: string;
  /** Offsets of the whole parenthesised marker in the searched text. */
  start: number;
  end: number;
}

const YEAR = /^năm\s+(\d{4})$/i;
const ANNUAL = /^hàng\s+năm$/i;
const CONDITIONAL = /^sau khi\s/i;
const EXPECTED_YEAR = /dự kiến(?:\s+năm)?\s+(\d{4})/i;

/**
 * Finds parenthesised deadline markers: "(Năm 2021)", "(hàng năm)", "(sau khi …, dự kiến năm 2021)".
 * Other parentheses ("(khóa XII)", "(KCN)") and years in running text ("giai đoạn 2021-2025",
 * "đến năm 2025") are not deadlines.
 */
export function findDeadlines(text: string): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = normalizeSpace(match[1]!);
    const start = match.index;
    const end = start + match[0].length;
    const year = YEAR.exec(inner);
    if (year) found.push({ kind: 'year', year: Number(year[1]), text: inner, start, end });
    else if (ANNUAL.test(inner)) found.push({ kind: 'annual', year: null, text: inner, start, end });
    else if (CONDITIONAL.test(inner)) {
      const expected = EXPECTED_YEAR.exec(inner);
      found.push({ kind: 'conditional', year: expected ? Number(expected[1]) : null, text: inner, start, end });
    }
  }
  return found;
}
