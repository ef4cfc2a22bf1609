import type { DeadlineKind } from '../schema.js';
import { normalizeSpace } from '../text.js';

export interface DeadlineMatch {
  kind: DeadlineKind;
  /** The year due (the end year of a period), or a conditional deadline's expected year; else null. */
  year: number | null;
  /** ISO date of the last day it is due, or null (annual, ongoing, conditional without a year). */
  due: string | null;
  /** For `period`: its first and last year. */
  period: { start: number; end: number } | null;
  /** ISO start date of ongoing work that starts on a day ("Từ 01/7/2025"); else null. */
  from: string | null;
  /**
   * The marker as written, whitespace-normalised: the inside of "(Năm 2021)", the phrase after
   * "hoàn thành trong", or the whole value of a "Thời gian thực hiện:" field.
   */
  text: string;
  /** Offsets of the whole marker (parentheses included) in the searched text. */
  start: number;
  end: number;
  /** Where the deadline was written: in parentheses, after a deadline phrase, or as the value of a "Thời gian thực hiện:" field. */
  marker: 'parenthesis' | 'phrase' | 'field';
  /**
   * Offsets of the clause the deadline closes: from the start of its sentence or clause (or the end
   * of the previous deadline in it) to the marker ("Xây dựng Đề án … (năm 2021)") or to the phrase
   * ("Các cơ quan triển khai| xong trong tháng 12/2025"). Null for a field, whose clause is its task.
   */
  clause: { start: number; end: number } | null;
}

type Reading = Pick<DeadlineMatch, 'kind' | 'year' | 'due' | 'period' | 'from'>;

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const pad = (value: number) => String(value).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function validYear(text: string | undefined): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** ISO date of a day, or null when there is no such day (31/2/2024). */
export function isoDay(day: number, month: number, year: number): string | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return date <= lastDayOfMonth(year, month) ? date : null;
}

const yearReading = (year: number): Reading => ({ kind: 'year', year, due: `${year}-12-31`, period: null, from: null });
const undated = (kind: 'annual' | 'ongoing'): Reading => ({ kind, year: null, due: null, period: null, from: null });

// One expression each, tried at a position in this order (more precise first). Sticky, no nested
// unbounded quantifiers: each either matches at the position or fails within a few words.
const EXPRESSIONS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => Reading[] | null]> = [
  [
    /(?:(?:từ|kể từ)\s+(?:ngày\s+)?)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iuy,
    (m) => {
      const from = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return from ? [{ kind: 'ongoing', year: null, due: null, period: null, from }] : null;
    },
  ],
  [/(?:ngày\s+)?\d{1,2}\s*(?:[/.-]\s*\d{1,2}|\s+tháng\s+\d{1,2})\s+(?:hằng|hàng)\s+năm/iuy, () => [undated('annual')]],
  [
    /(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|\s+tháng\s+(\d{1,2})\s*(?:năm|,)?)\s*(\d{4})/iuy,
    (m) => {
      const year = Number(m[4]);
      const due = isoDay(Number(m[1]), Number(m[2] ?? m[3]), year);
      return due ? [{ kind: 'day', year, due, period: null, from: null }] : null;
    },
  ],
  [
    /(?:06|6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/iuy,
    (m) => {
      const year = validYear(m[2]);
      const month = m[1]!.toLowerCase() === 'đầu' ? 6 : 12;
      return year ? [{ kind: 'month', year, due: lastDayOfMonth(year, month), period: null, from: null }] : null;
    },
  ],
  [
    /tháng\s+(\d{1,2})\s*(?:[/.-]\s*|năm\s+)(\d{4})/iuy,
    (m) => {
      const year = validYear(m[2]);
      const month = Number(m[1]);
      return year && month >= 1 && month <= 12 ? [{ kind: 'month', year, due: lastDayOfMonth(year, month), period: null, from: null }] : null;
    },
  ],
  [
    /quý\s+(iv|i{1,3}|[1-4])\s*(?:[/.-]\s*|năm\s+)(\d{4})/iuy,
    (m) => {
      const year = validYear(m[2]);
      const quarter = ROMAN_QUARTERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      return year ? [{ kind: 'quarter', year, due: lastDayOfMonth(year, quarter * 3), period: null, from: null }] : null;
    },
  ],
  [/(?:quý\s+(?:iv|i{1,3}|[1-4])|tháng\s+\d{1,2})\s+(?:hằng|hàng)\s+năm/iuy, () => [undated('annual')]],
  [
    /(?:giai\s+đoạn\s+|từ\s+năm\s+|năm\s+)?(\d{4})\s*(?:[-–—]|đến(?:\s+năm)?)\s*(\d{4})/iuy,
    (m) => {
      const start = validYear(m[1]);
      const end = validYear(m[2]);
      return start && end && start < end && end - start <= 30
        ? [{ kind: 'period', year: end, due: `${end}-12-31`, period: { start, end }, from: null }]
        : null;
    },
  ],
  [
    // "năm 2023, 2024" / "năm 2023 và năm 2024": one deadline per year.
    /năm\s+(\d{4})((?:\s*(?:,|và|;)\s*(?:năm\s+)?\d{4}){0,20})/iuy,
    (m) => {
      const years = [m[1]!, ...(m[2]!.match(/\d{4}/g) ?? [])].map(validYear);
      return years.every((year) => year !== null) ? years.map((year) => yearReading(year!)) : null;
    },
  ],
  [/(?:định\s+kỳ\s+)?(?:thường\s+xuyên\s+)?(?:vào\s+)?(?:hằng|hàng)\s+năm/iuy, () => [undated('annual')]],
  [/thường\s+xuyên|liên\s+tục|(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:quý|tháng|tuần)/iuy, () => [undated('ongoing')]],
];

/** Words that lead into a deadline expression without changing it ("hoàn thành trong", "trước"). */
const LEAD_WORDS =
  /(?:(?:thực\s+hiện|hoàn\s+thành|hoàn\s+tất|triển\s+khai|xong|trong|trước|đến|chậm\s+nhất|vào|là|cuối|từ\s+nay\s+đến|dự\s+kiến|riêng)\s+){1,4}/iuy;
const CONDITIONAL = /sau\s+khi(?=\s)/iuy;
const EXPECTED_YEAR = /dự\s+kiến(?:\s+(?:trong|vào|hoàn\s+thành))?(?:\s+(?:năm|cuối\s+năm|quý\s+[ivx\d]+|tháng\s+\d{1,2})\s*[/.-]?)?\s*(\d{4})/iu;

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The expression at `at` (after lead words), with where it ends; null when none starts there. */
function expressionAt(text: string, at: number): { readings: Reading[]; end: number } | null {
  const lead = stickyAt(LEAD_WORDS, text, at);
  const from = lead ? at + lead[0].length : at;
  for (const [pattern, read] of EXPRESSIONS) {
    const match = stickyAt(pattern, text, from);
    if (!match) continue;
    const readings = read(match);
    if (readings) return { readings, end: from + match[0].length };
  }
  return null;
}

function conditional(text: string): Reading {
  const year = validYear(EXPECTED_YEAR.exec(text)?.[1]);
  return { kind: 'conditional', year, due: year ? `${year}-12-31` : null, period: null, from: null };
}

const SEPARATOR = /[\s,;.]*(?:(?:và|hoặc)\s+)?/iuy;
/** "… và những năm tiếp theo": the years after add no deadline. */
const LATER_YEARS = /(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)/iuy;

/**
 * Reads a text that must be deadlines from its first word to its last ("Năm 2021", "năm 2023,
 * 2024", "Quý II/2022", "sau khi …, dự kiến năm 2021"); null when any part is not one.
 */
function wholeExpression(text: string): Reading[] | null {
  const lead = stickyAt(LEAD_WORDS, text, 0);
  if (stickyAt(CONDITIONAL, text, lead ? lead[0].length : 0)) return [conditional(text)];
  const readings: Reading[] = [];
  let at = 0;
  while (at < text.length) {
    const expression = expressionAt(text, at);
    if (!expression) return null;
    readings.push(...expression.readings);
    at = expression.end;
    at += stickyAt(SEPARATOR, text, at)?.[0].length ?? 0;
    const later = stickyAt(LATER_YEARS, text, at);
    if (later) at += later[0].length + (stickyAt(SEPARATOR, text, at + later[0].length)?.[0].length ?? 0);
  }
  return readings.length > 0 ? readings : null;
}

/** A year-only reading adds nothing next to a more precise one of the same year ("năm 2020 … quý II/2020"). */
function dropSubsumedYears(readings: Reading[]): Reading[] {
  const preciseYears = new Set(readings.filter((reading) => reading.kind !== 'year' && reading.kind !== 'period').map((reading) => reading.year));
  return readings.filter((reading) => reading.kind !== 'year' || !preciseYears.has(reading.year));
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
const TRAILING = /[\s.;,]/u;

/**
 * Reads the value of a labelled field ("Thời gian thực hiện: Thực hiện định kỳ hằng năm; Riêng năm
 * 2020 hoàn thành trong quý II/2020."): the whole value is about time, so every deadline in it
 * counts. Offsets are in `value`; `text` of each is the whole value.
 */
export function readDeadlineField(value: string): DeadlineMatch[] {
  // Trailing punctuation is not part of the value (a loop: a regex anchored at the end would
  // retry from every position of a long run of separators).
  let end = value.length;
  while (end > 0 && TRAILING.test(value[end - 1]!)) end--;
  const body = value.slice(0, end);
  const text = normalizeSpace(body);
  const span = { text, start: body.length - body.trimStart().length, end: body.length, marker: 'field' as const, clause: null };
  if (text === '') return [];
  const lead = stickyAt(LEAD_WORDS, text, 0);
  if (stickyAt(CONDITIONAL, text, lead ? lead[0].length : 0)) return [{ ...conditional(text), ...span }];
  const readings: Reading[] = [];
  let skipTo = 0;
  for (const word of text.matchAll(WORD_START)) {
    if (word.index < skipTo) continue;
    const expression = expressionAt(text, word.index);
    if (!expression) continue;
    readings.push(...expression.readings);
    skipTo = expression.end;
  }
  // "Thực hiện thường xuyên hằng năm": the annual reading says it all.
  const annual = readings.some((reading) => reading.kind === 'annual');
  const seen = new Set<string>();
  const kept = dropSubsumedYears(readings).filter((reading) => {
    const key = `${reading.kind} ${reading.due} ${reading.from} ${reading.year}`;
    if ((annual && reading.kind === 'ongoing') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.map((reading) => ({ ...reading, ...span }));
}

// A deadline in running text only where a phrase marks it as one: "hoàn thành trước/trong …",
// "xong trong …", "chậm nhất …", "trước ngày …", or an inline field "Thời gian thực hiện: …".
const PHRASE_TRIGGER =
  /(?:hoàn\s+thành|hoàn\s+tất|xong)(?:\s+(?:xong|việc))?\s+(?:trước|trong|chậm\s+nhất(?:\s+(?:là|vào|trong|trước))?|vào)\s+|chậm\s+nhất(?:\s+(?:là|vào|trong|trước))?\s+|trước\s+(?=ngày\s+\d)|(thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*)/giu;
// An inline field value ends at the line, the next sentence or the next "- Field:".
const FIELD_VALUE_END = /\n|\.\s+(?=\p{Lu})|\s+-\s*(?=\p{Lu})|\s*\(/u;
const MAX_FIELD_VALUE = 400;
const MAX_PARENTHESIS = 300;

/**
 * Finds deadlines in a text: parenthesised markers ("(Năm 2021)", "(hàng năm)", "(Quý II/2022)",
 * "(sau khi …, dự kiến năm 2021)"), deadline phrases ("hoàn thành trong quý III/2020", "trước ngày
 * 30/6/2025") and inline "Thời gian thực hiện: …" fields. Other parentheses ("(khóa XII)") and
 * years in running text ("giai đoạn 2021-2025", "Nghị quyết số 08/2021", "đến năm 2025, tỷ lệ …")
 * are not deadlines. A marker naming several years ("(năm 2023, 2024)") gives one deadline per
 * year, all with the marker's text and offsets, so each year can be judged on its own. Results
 * are in text order.
 */
export function readDeadlines(text: string): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    if (match[1]!.length > MAX_PARENTHESIS) continue;
    const inner = normalizeSpace(match[1]!);
    const readings = wholeExpression(inner);
    const span = { text: inner, start: match.index, end: match.index + match[0].length, marker: 'parenthesis' as const };
    for (const reading of readings ?? []) found.push({ ...reading, ...span, clause: { start: 0, end: match.index } });
  }
  const parenthesised = found.length;
  let enclosing = 0;
  const triggers = [...text.matchAll(PHRASE_TRIGGER)];
  triggers.forEach((trigger, index) => {
    const at = trigger.index + trigger[0].length;
    // A phrase inside a parenthesised deadline ("(hoàn thành trong quý II/2022)") is read already.
    while (enclosing < parenthesised && found[enclosing]!.end <= trigger.index) enclosing++;
    if (enclosing < parenthesised && found[enclosing]!.start <= trigger.index) return;
    if (trigger[1]) {
      // The value ends before the next trigger at the latest, so each character is read once.
      const rest = text.slice(at, Math.min(at + MAX_FIELD_VALUE, triggers[index + 1]?.index ?? text.length));
      const valueEnd = rest.search(FIELD_VALUE_END);
      const value = valueEnd < 0 ? rest : rest.slice(0, valueEnd);
      for (const deadline of readDeadlineField(value)) {
        found.push({ ...deadline, start: at + deadline.start, end: at + deadline.end });
      }
      return;
    }
    const expression = expressionAt(text, at);
    if (!expression) return;
    const written = normalizeSpace(text.slice(at, expression.end));
    for (const reading of expression.readings) {
      found.push({ ...reading, text: written, start: at, end: expression.end, marker: 'phrase', clause: { start: 0, end: trigger.index } });
    }
  });
  found.sort((a, b) => a.start - b.start);
  findClauseStarts(text, found);
  return found;
}

// Where a clause can start: after ";" "!" "?" ":" or a sentence-ending "." and at a line break.
const CLAUSE_BOUNDARY = /[;!?:](?=\s)|\.(?=\s+[\p{Lu}\p{N}])|\n/gu;
const CLAUSE_LEAD = /[\s,.;:)\]\-–]/u;

/** Sets each clause's start in one pass over the boundaries (`found` sorted by start). */
function findClauseStarts(text: string, found: DeadlineMatch[]): void {
  const boundaries = Array.from(text.matchAll(CLAUSE_BOUNDARY), (boundary) => boundary.index + boundary[0].length);
  let next = 0;
  let previous: DeadlineMatch | undefined;
  for (const match of found) {
    const clause = match.clause;
    if (!clause) continue;
    if (previous && previous.start === match.start && previous.clause) {
      match.clause = { ...previous.clause };
      continue;
    }
    while (next < boundaries.length && boundaries[next]! <= clause.end) next++;
    let start = Math.max(next > 0 ? boundaries[next - 1]! : 0, previous && previous.end <= clause.end ? previous.end : 0);
    while (start < clause.end && CLAUSE_LEAD.test(text[start]!)) start++;
    while (clause.end > start && /\s/u.test(text[clause.end - 1]!)) clause.end--;
    clause.start = start;
    previous = match;
  }
}

