import { describe, expect, test } from 'vitest';
import { readAgencyList } from '../src/parse/agencies.js';
import { readDeadlineField, readDeadlines } from '../src/parse/deadlines.js';
import { readCitation, readReferences } from '../src/parse/references.js';
import { classifyAgencyName } from '../src/register/register.js';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');

// Shapes that would make a re-scanning reader quadratic: unclosed parentheses, chains of lead
// words and labels, endless year lists and numbers, lists of names, runs of separators and capitals.
const HOSTILE = [
  '(',
  '(năm 2021',
  'hoàn thành trong ',
  'Thời gian thực hiện: ',
  'năm 2020, ',
  'Quyết định số 1/',
  'Sở X, ',
  ',',
  'Công an tỉnh A ',
  'Sở Văn hóa, Thể thao và Du lịch (Quý II/2022) Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; ',
];

const inputs: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', ' \n\t\u00a0\u2028'],
  ['binary', binary],
  ['lone surrogates', '\ud800Sở \udfffTư pháp (năm \ud8002021)'],
  ['NFD', 'Sở Văn hóa, Thể thao và Du lịch (Năm 2021) Nghị quyết số 57-NQ/TW'.normalize('NFD')],
  ...HOSTILE.map((unit): [string, string] => [`100 KB of "${unit.slice(0, 20)}"`, fill(unit, 100_000)]),
  ['100 KB of separators, then a word', `${fill(', ;.', 100_000)}x`],
  ['100 KB of spaces inside parentheses', `(năm${' '.repeat(100_000)}2021)`],
  ['1 MB of mixed text', fill(HOSTILE.at(-1)!, 1_000_000)],
  ['1 MB without a line break', fill('Sở X0 và ', 1_000_000)],
];

const withinBounds = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) =>
  spans.every((span) => span.start >= 0 && span.start <= span.end && span.end <= text.length);

describe('every reader reads any string without throwing', () => {
  // A generous limit: this guards against hangs; speed is measured by benchmarks, not asserted here.
  test.each(inputs)('%s', { timeout: 60_000 }, (_, text) => {
    const list = readAgencyList(text);
    expect(withinBounds(text, [...list.mentions, ...list.rejected])).toBe(true);
    expect(withinBounds(text, readDeadlines(text))).toBe(true);
    expect(withinBounds(text, readDeadlineField(text))).toBe(true);
    expect(withinBounds(text, readReferences(text))).toBe(true);
    expect(typeof readCitation(text).ok).toBe('boolean');
    expect(classifyAgencyName(text)).toBeTypeOf('object');
  });
});
