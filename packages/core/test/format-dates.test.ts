import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEADLINE_KINDS, parseProgram, type Deadline } from '../src/index.js';
import { formatDate, formatDeadline, formatDeadlines, formatMonth, formatPeriod, formatQuarter, formatYear } from '../src/format/index.js';
import { program } from '../src/data.js';

describe('dates in official Vietnamese style and in English', () => {
  test('a day: "ngày 2 tháng 12 năm 2026", 02/12/2026; "2 December 2026", ISO', () => {
    expect(formatDate('2026-12-02', 'vi')).toBe('ngày 2 tháng 12 năm 2026');
    expect(formatDate('2026-12-02', 'vi', 'numeric')).toBe('02/12/2026');
    expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatDate('2026-12-02', 'en', 'numeric')).toBe('2026-12-02');
    expect(formatDate('2024-02-29', 'vi')).toBe('ngày 29 tháng 2 năm 2024');
  });

  test('a month, a quarter, a year and a period', () => {
    expect(formatMonth(2026, 12, 'vi')).toBe('tháng 12 năm 2026');
    expect(formatMonth(2026, 1, 'en')).toBe('January 2026');
    expect(formatQuarter(2026, 4, 'vi')).toBe('quý IV năm 2026');
    expect(formatQuarter(2020, 2, 'en')).toBe('Q2 2020');
    expect(formatYear(2021, 'vi')).toBe('năm 2021');
    expect(formatYear(2021, 'en')).toBe('2021');
    expect(formatPeriod({ start: 2021, end: 2025 })).toBe('2021–2025');
  });

  test('what is not a date, month or quarter is refused, naming it', () => {
    expect(() => formatDate('2026-02-30', 'vi')).toThrow('got "2026-02-30"');
    expect(() => formatDate('2/12/2026', 'en')).toThrow('expected a calendar date as YYYY-MM-DD');
    expect(() => formatMonth(2026, 13, 'vi')).toThrow('expected a month from 1 to 12; got 13');
    expect(() => formatQuarter(2026, 0, 'en')).toThrow('expected a quarter from 1 to 4; got 0');
  });
});

describe('deadline labels', () => {
  const cases: Array<[Pick<Deadline, 'kind' | 'year' | 'due' | 'period'>, string, string]> = [
    [{ kind: 'day', year: 2026, due: '2026-12-02', period: null }, 'Ngày 2 tháng 12 năm 2026', 'On 2 December 2026'],
    [{ kind: 'month', year: 2025, due: '2025-12-31', period: null }, 'Tháng 12 năm 2025', 'In December 2025'],
    [{ kind: 'quarter', year: 2026, due: '2026-09-30', period: null }, 'Quý III năm 2026', 'In Q3 2026'],
    [{ kind: 'year', year: 2021, due: '2021-12-31', period: null }, 'Năm 2021', 'In 2021'],
    [{ kind: 'period', year: 2025, due: '2025-12-31', period: { start: 2021, end: 2025 } }, 'Giai đoạn 2021–2025', 'Over 2021–2025'],
    [{ kind: 'annual', year: null, due: null, period: null }, 'Hằng năm', 'Every year'],
    [{ kind: 'ongoing', year: null, due: null, period: null }, 'Thường xuyên', 'Ongoing'],
    [{ kind: 'conditional', year: 2021, due: '2021-12-31', period: null }, 'Dự kiến năm 2021', 'Expected in 2021'],
    [{ kind: 'conditional', year: null, due: null, period: null }, 'Có điều kiện', 'Conditional'],
  ];

  test('every kind has its label in both languages', () => {
    expect(new Set(cases.map(([d]) => d.kind))).toEqual(new Set(DEADLINE_KINDS));
    for (const [d, vi, en] of cases) expect([formatDeadline(d, 'vi'), formatDeadline(d, 'en')]).toEqual([vi, en]);
  });

  test('a dated kind missing its precise field falls back to its year; one with no year at all is refused', () => {
    expect(formatDeadline({ kind: 'period', year: 2025, due: '2025-12-31', period: null }, 'vi')).toBe('Năm 2025');
    expect(() => formatDeadline({ kind: 'year', year: null, due: null, period: null }, 'en')).toThrow('expected a year for a deadline of kind "year"');
  });

  test('a task\'s deadlines on one line: each label once, later ones in lower case, no stray spaces', () => {
    const yearly = cases[3]![0];
    const expected = cases[7]![0];
    expect(formatDeadlines([yearly, yearly, expected, cases[5]![0]], 'vi')).toBe('Năm 2021; dự kiến năm 2021; hằng năm');
    expect(formatDeadlines([expected], 'en')).toBe('Expected in 2021');
    expect(formatDeadlines([], 'vi')).toBe('');
  });

  test('every deadline of the seed gets a clean label: capitalised, no doubled "dự kiến", no space before punctuation', () => {
    for (const task of program.tasks) {
      for (const lang of ['vi', 'en'] as const) {
        if (task.deadlines.length === 0) continue;
        const line = formatDeadlines(task.deadlines, lang);
        expect(line).toMatch(/^\p{Lu}/u);
        expect(line).not.toMatch(/\s[;,.]|dự kiến.*dự kiến|\s{2}/u);
      }
    }
  });

  test('the fixture programs\' deadlines (days, months, quarters, periods) label by their precision', () => {
    const directory = new URL('./fixtures/programs/', import.meta.url);
    const deadlines = readdirSync(directory)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => parseProgram(readFileSync(new URL(file, directory), 'utf8'), { sourceFile: file }).program.tasks.flatMap((task) => task.deadlines));
    expect(new Set(deadlines.map((d) => d.kind))).toEqual(new Set(['ongoing', 'annual', 'period', 'month', 'year', 'quarter', 'conditional']));
    const starts: Record<Deadline['kind'], RegExp> = {
      day: /^Ngày \d{1,2} tháng \d{1,2} năm \d{4}$/u,
      month: /^Tháng \d{1,2} năm \d{4}$/u,
      quarter: /^Quý (?:I|II|III|IV) năm \d{4}$/u,
      year: /^Năm \d{4}$/u,
      period: /^Giai đoạn \d{4}–\d{4}$/u,
      annual: /^Hằng năm$/u,
      ongoing: /^Thường xuyên$/u,
      conditional: /^(?:Dự kiến năm \d{4}|Có điều kiện)$/u,
    };
    for (const d of deadlines) expect(formatDeadline(d, 'vi')).toMatch(starts[d.kind]);
  });
});
