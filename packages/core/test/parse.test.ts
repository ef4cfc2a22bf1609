import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProgram, validateProgram } from '../src/index.js';

const seed = readFileSync(new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url), 'utf8');

/** A small program of the same genre, written for one test at a time. */
function program(...body: string[]): string {
  return [
    'Để thực hiện Nghị quyết số 01-NQ/TU ngày 02/03/2021 của Tỉnh ủy, UBND tỉnh ban hành Chương',
    '',
    'trình hành động giai đoạn 2021 - 2025 như sau:',
    'I. NHỮNG NHIỆM VỤ CỤ THỂ',
    ...body,
  ].join('\n');
}

describe('bad input gives diagnostics, never an exception', () => {
  test('an empty string', () => {
    const { program: result, diagnostics } = parseProgram('');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'empty-input' })]);
    expect(result.tasks).toEqual([]);
    // No text, no period: validation refuses the period 0–0 and nothing else.
    expect(issuesBesidesPeriod(result)).toEqual([]);
  });

  test('random text', () => {
    const { program: result, diagnostics } = parseProgram('lorem ipsum dolor\n\nsit amet, 12 34\n- a dash\nb) a letter');
    expect(diagnostics.map((d) => d.code)).toContain('no-areas');
    expect(diagnostics.find((d) => d.code === 'no-areas')).toMatchObject({ line: 1, excerpt: 'lorem ipsum dolor' });
    expect(result.areas).toEqual([]);
  });

  test('a binary file', () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    const { program: result, diagnostics } = parseProgram(new TextDecoder().decode(bytes));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'not-text', line: 1 })]);
    expect(diagnostics[0]!.excerpt).not.toMatch(/[\u0000-\u0008]/);
    expect(result.tasks).toEqual([]);
  });

  test('a value that is not a string, from untyped callers', () => {
    expect(parseProgram(undefined as unknown as string).diagnostics).toEqual([
      expect.objectContaining({ code: 'not-a-string', message: 'expected the program text as a string, got undefined' }),
    ]);
  });

  test('any run of lines cut out of the seed still yields a valid dataset', () => {
    const lines = seed.split('\n');
    for (let start = 0; start < lines.length; start += 97) {
      for (const length of [1, 13, 250]) {
        const { program: result } = parseProgram(lines.slice(start, start + length).join('\n'));
        expect(issuesBesidesPeriod(result)).toEqual([]);
      }
    }
  });

  test('diagnostics are capped so a huge bad input stays readable', () => {
    const { diagnostics } = parseProgram(program('1. Khu vực', ...Array.from({ length: 500 }, () => 'a) Sở Y tế chủ trì:')));
    expect(diagnostics.length).toBeLessThanOrEqual(201);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'too-many-diagnostics' });
  });
});

describe('structure', () => {
  test('a task that names no agency is kept in a block of its own and reported, with its line and text', () => {
    const { program: result, diagnostics } = parseProgram(program('1. Phát triển kinh tế.', '- Làm việc không giao cho ai.'));
    expect(result.blocks).toEqual([expect.objectContaining({ id: 'block-1', assignments: [], letter: null })]);
    expect(result.tasks.map((task) => task.blockId)).toEqual(['block-1']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unassigned-block', line: 6, excerpt: 'Làm việc không giao cho ai.' }),
      expect.objectContaining({ severity: 'error', code: 'no-assignments' }),
    ]);
  });

  test('an unknown agency is kept with a slug id and no English name, and reported', () => {
    const { program: result, diagnostics } = parseProgram(
      program('1. Phát triển kinh tế.', 'a) Sở Xúc tiến Thương mại chủ trì, phối hợp với Sở Y tế:', '- Đón đoàn (năm 2022).'),
    );
    expect(result.agencies).toEqual([
      { id: 'so-xuc-tien-thuong-mai', name: 'Sở Xúc tiến Thương mại', nameEn: null, aliases: ['Sở Xúc tiến Thương mại'], kind: 'department' },
      expect.objectContaining({ id: 'so-y-te', nameEn: 'Department of Health' }),
    ]);
    expect(result.blocks[0]!.assignments).toEqual([
      { agencyId: 'so-xuc-tien-thuong-mai', role: 'lead' },
      { agencyId: 'so-y-te', role: 'coordinating' },
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'unknown-agency', line: 6 })]);
    expect(result.tasks[0]!.deadlines).toEqual([
      { kind: 'year', year: 2022, due: '2022-12-31', period: null, text: 'năm 2022', clause: 'Đón đoàn', source: { line: 7, endLine: 7 } },
    ]);
  });

  test('a lettered header without its colon is read alone', () => {
    const { program: result, diagnostics } = parseProgram(program('1. Phát triển.', 'a) Sở Y tế chủ trì', '- Việc một.'));
    expect(result.blocks[0]!.assignments).toEqual([{ agencyId: 'so-y-te', role: 'lead' }]);
    expect(result.tasks.map((task) => task.text)).toEqual(['Việc một.']);
    expect(diagnostics).toEqual([]);
  });

  test('a lettered header that names no agency is reported', () => {
    const { diagnostics } = parseProgram(program('1. Phát triển.', 'a) Phát triển công nghiệp chế biến', '- Việc một.'));
    expect(diagnostics.map((d) => d.code)).toContain('unterminated-header');
  });

  test('a skipped area number is accepted and reported; a year at line start is not a heading', () => {
    const { program: result, diagnostics } = parseProgram(
      program('1. Một.', 'Sở Y tế:', '- Việc đến năm', '2022. Tiếp tục.', '3. Ba.', 'Sở Nội vụ:', '- Việc ba.'),
    );
    expect(result.areas.map((area) => area.number)).toEqual([1, 3]);
    expect(result.tasks[0]!.text).toBe('Việc đến năm 2022. Tiếp tục.');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'skipped-number', message: 'expected priority area 2, found 3' })]);
  });

  test('the basis, period and issuer come from the preamble', () => {
    const { program: result } = parseProgram(program('1. Một.', 'Sở Y tế:', '- Việc.'));
    expect(result.basis).toEqual({
      text: 'Nghị quyết số 01-NQ/TU ngày 02/03/2021 của Tỉnh ủy',
      referenceId: 'nghi-quyet-01-nq-tu',
    });
    expect(result.period).toEqual({ start: 2021, end: 2025 });
    expect(result.issuer).toBe('UBND tỉnh');
  });

  test('Windows line endings and a byte-order mark change nothing but the hash', () => {
    const plain = parseProgram(seed).program;
    const windows = parseProgram(`\uFEFF${seed.replace(/\n/g, '\r\n')}`).program;
    expect({ ...windows, source: null }).toEqual({ ...plain, source: null });
  });
});

/** What validation finds beyond the period, which a cut of the text may not name (validation bounds it to real years). */
function issuesBesidesPeriod(result: unknown) {
  const checked = validateProgram(result);
  return checked.success ? [] : checked.issues.filter((issue) => !issue.path.startsWith('period.'));
}
