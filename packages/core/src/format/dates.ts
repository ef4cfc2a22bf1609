import type { Deadline } from '../schema.js';
import type { ReaderLanguage } from './language.js';

/**
 * Dates and deadlines as a reader expects them: Vietnamese in the official style of administrative
 * documents (Decree 30/2020/NĐ-CP: "ngày 2 tháng 12 năm 2026", or 02/12/2026 in tables), English in
 * British style ("2 December 2026"). Written out by hand rather than with `Intl.DateTimeFormat`,
 * whose `vi` output ("2 tháng 12, 2026", "20 thg 12, 2021") is not the official style and differs
 * between browsers. Takes only types from the schema, so browsers load no zod for it.
 */

/** `long`: "ngày 2 tháng 12 năm 2026" / "2 December 2026"; `numeric`: "02/12/2026" / "2026-12-02". */
export type DateStyle = 'long' | 'numeric';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The parts of a `YYYY-MM-DD` date; a RangeError naming the text when it is not a real calendar date. */
function calendarDate(iso: string): CalendarDate {
  const parts = ISO_DATE.exec(iso);
  const [year, month, day] = parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [0, 0, 0];
  const lastDay = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (!parts || day < 1 || day > lastDay) throw new RangeError(`expected a calendar date as YYYY-MM-DD, such as 2026-12-02; got "${iso}"`);
  return { year, month, day };
}

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`expected a month from 1 to 12; got ${month}`);
}

function checkQuarter(quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`expected a quarter from 1 to 4; got ${quarter}`);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A day: "ngày 2 tháng 12 năm 2026" or "02/12/2026"; "2 December 2026" or "2026-12-02". */
export function formatDate(iso: string, lang: ReaderLanguage, style: DateStyle = 'long'): string {
  const { year, month, day } = calendarDate(iso);
  if (style === 'numeric') return lang === 'vi' ? `${pad(day)}/${pad(month)}/${year}` : iso;
  return lang === 'vi' ? `ngày ${day} tháng ${month} năm ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** A month (1–12): "tháng 12 năm 2026" / "December 2026". */
export function formatMonth(year: number, month: number, lang: ReaderLanguage): string {
  checkMonth(month);
  return lang === 'vi' ? `tháng ${month} năm ${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** A quarter (1–4), in Roman numerals as the programs write it ("quý II/2020"): "quý IV năm 2026" / "Q4 2026". */
export function formatQuarter(year: number, quarter: number, lang: ReaderLanguage): string {
  checkQuarter(quarter);
  return lang === 'vi' ? `quý ${ROMAN_QUARTERS[quarter - 1]} năm ${year}` : `Q${quarter} ${year}`;
}

/** A year: "năm 2021" / "2021". */
export function formatYear(year: number, lang: ReaderLanguage): string {
  return lang === 'vi' ? `năm ${year}` : String(year);
}

/** A span of years with an en dash: "2021–2025" (the same in both languages). */
export function formatPeriod(period: { start: number; end: number }): string {
  return `${period.start}–${period.end}`;
}

type DeadlineWhen = Pick<Deadline, 'kind' | 'year' | 'due' | 'period'>;

/** The deadline as a phrase that can stand inside a sentence: "năm 2021", "hằng năm", "in December 2025". */
function deadlinePhrase(deadline: DeadlineWhen, lang: ReaderLanguage): string {
  const vi = lang === 'vi';
  const due = deadline.due === null ? null : calendarDate(deadline.due);
  const year = deadline.year ?? due?.year ?? null;
  switch (deadline.kind) {
    case 'annual':
      return vi ? 'hằng năm' : 'every year';
    case 'ongoing':
      return vi ? 'thường xuyên' : 'ongoing';
    case 'conditional':
      if (year === null) return vi ? 'có điều kiện' : 'conditional';
      return vi ? `dự kiến ${formatYear(year, lang)}` : `expected in ${year}`;
    case 'day':
      if (deadline.due) return vi ? formatDate(deadline.due, lang) : `on ${formatDate(deadline.due, lang)}`;
      break;
    case 'month':
      if (due) return vi ? formatMonth(due.year, due.month, lang) : `in ${formatMonth(due.year, due.month, lang)}`;
      break;
    case 'quarter':
      if (due) return vi ? formatQuarter(due.year, Math.ceil(due.month / 3), lang) : `in ${formatQuarter(due.year, Math.ceil(due.month / 3), lang)}`;
      break;
    case 'period':
      if (deadline.period) return vi ? `giai đoạn ${formatPeriod(deadline.period)}` : `over ${formatPeriod(deadline.period)}`;
      break;
  }
  // A dated kind whose precise field is missing still has its year (the schema's validator requires it).
  if (year === null) throw new RangeError(`expected a year for a deadline of kind "${deadline.kind}"; got none`);
  return vi ? formatYear(year, lang) : `in ${year}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A deadline as a label: "Năm 2021", "Tháng 12 năm 2025", "Quý IV năm 2026", "Ngày 2 tháng 12 năm
 * 2026", "Giai đoạn 2021–2025", "Hằng năm", "Thường xuyên", "Dự kiến năm 2021", "Có điều kiện";
 * "In 2021", "On 2 December 2026", "Every year", "Expected in 2021". For a conditional one the
 * condition itself is the deadline's `text`; the label only says when.
 */
export function formatDeadline(deadline: DeadlineWhen, lang: ReaderLanguage): string {
  return capitalize(deadlinePhrase(deadline, lang));
}

/**
 * A task's deadlines as one line, each label once, in text order: "Năm 2021; năm 2024",
 * "Hằng năm; dự kiến năm 2021". Empty for a task without deadlines.
 */
export function formatDeadlines(deadlines: readonly DeadlineWhen[], lang: ReaderLanguage): string {
  const phrases = [...new Set(deadlines.map((deadline) => deadlinePhrase(deadline, lang)))];
  return capitalize(phrases.join('; '));
}
