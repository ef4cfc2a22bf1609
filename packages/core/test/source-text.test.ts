import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatSourceLines, sourceExcerpt } from '../src/format/index.js';
import { program } from '../src/data.js';

const text = readFileSync(new URL('../data/binh-thuan-2021-2025.txt', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the original text beside the dataset', () => {
  test('is the text the dataset was parsed from, published with the package', () => {
    expect(createHash('sha256').update(text).digest('hex')).toBe(program.source.sha256);
    expect(manifest.files).toContain('data');
    expect(manifest.exports['./data/binh-thuan-2021-2025.txt']).toBe('./data/binh-thuan-2021-2025.txt');
  });

  test('holds every line a task cites, so each opens where it stands', () => {
    const lines = text.split('\n');
    for (const task of program.tasks) {
      const excerpt = sourceExcerpt(text, task.source, 2);
      const cited = excerpt.lines.filter((line) => line.cited);
      expect(cited.map((line) => line.number)).toEqual(Array.from({ length: task.source.endLine - task.source.line + 1 }, (_, i) => task.source.line + i));
      expect(cited.map((line) => line.text)).toEqual(lines.slice(task.source.line - 1, task.source.endLine));
      // The task's own words are in its lines.
      const firstWords = task.text.split(' ').slice(0, 3).join(' ');
      expect(cited.map((line) => line.text).join(' ').replace(/\s+/g, ' ')).toContain(firstWords);
    }
  });
});

describe('source excerpts', () => {
  const small = 'một\r\nhai\nba\nbốn\nnăm\n';

  test('the cited lines with context on each side, fewer at the edges', () => {
    expect(sourceExcerpt(small, { line: 3, endLine: 3 }, 1)).toEqual({
      lines: [
        { number: 2, text: 'hai', cited: false },
        { number: 3, text: 'ba', cited: true },
        { number: 4, text: 'bốn', cited: false },
      ],
      source: { line: 3, endLine: 3 },
      more: { before: true, after: true },
    });
    const edges = sourceExcerpt(small, { line: 1, endLine: 5 }, 3);
    expect(edges.lines.map((line) => [line.number, line.cited])).toEqual([[1, true], [2, true], [3, true], [4, true], [5, true]]);
    expect(edges.lines[0]!.text).toBe('một');
    expect(edges.more).toEqual({ before: false, after: false });
    expect(sourceExcerpt(small, { line: 2, endLine: 2 }, 0).lines).toEqual([{ number: 2, text: 'hai', cited: true }]);
  });

  test('a span outside the text or a bad context is refused, naming it', () => {
    expect(() => sourceExcerpt(small, { line: 4, endLine: 6 })).toThrow('source: lines 4–6 are not inside the text, which has 5 lines');
    expect(() => sourceExcerpt(small, { line: 3, endLine: 2 })).toThrow('source: lines 3–2');
    expect(() => sourceExcerpt(small, { line: 1, endLine: 1 }, -1)).toThrow('context: expected a whole number of lines ≥ 0; got -1');
  });

  test('the cited lines as a reader names them', () => {
    expect(formatSourceLines({ line: 31, endLine: 60 }, 'vi')).toBe('dòng 31–60');
    expect(formatSourceLines({ line: 31, endLine: 31 }, 'vi')).toBe('dòng 31');
    expect(formatSourceLines({ line: 31, endLine: 60 }, 'en')).toBe('lines 31–60');
    expect(formatSourceLines({ line: 7, endLine: 7 }, 'en')).toBe('line 7');
  });
});
