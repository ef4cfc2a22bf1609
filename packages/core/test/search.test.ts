import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { filterTasks, fold, highlightRanges, parseProgram, search } from '../src/index.js';

const ids = (query: string) => search(program, query).map((result) => result.task.id);
const words = (text: string, ranges: Array<[number, number]>) => ranges.map(([start, end]) => text.slice(start, end));

describe('search', () => {
  test('folds diacritics and đ: "cong thuong" finds "Công Thương"', () => {
    const folded = search(program, 'cong thuong');
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.some((result) => words(result.task.text, result.highlights).includes('Công'))).toBe(true);
    expect(ids('dau tu').sort()).toEqual(ids('đầu tư').sort());
  });

  test('ranks a match with the diacritics the user typed above a folded one', () => {
    const text = [
      'Để thực hiện Nghị quyết số 01-NQ/TU, UBND tỉnh ban hành Chương trình giai đoạn 2021 - 2025:',
      'I. NHIỆM VỤ',
      '1. Một.',
      'Sở Y tế:',
      '- Chăm lo cộng đồng dân cư.',
      '- Phát triển công nghệ số.',
    ].join('\n');
    const { program: small } = parseProgram(text);
    expect(search(small, 'công').map((result) => result.task.text)).toEqual([
      'Phát triển công nghệ số.',
      'Chăm lo cộng đồng dân cư.',
    ]);
    expect(search(small, 'cộng')[0]!.task.text).toBe('Chăm lo cộng đồng dân cư.');
  });

  test('citation tokens work in any spelling', () => {
    expect(ids('08-NQ/TW')[0]).toBe('task-1-2-a-1');
    expect(ids('nq 08')[0]).toBe('task-1-2-a-1');
    expect(ids('107/2020/NĐ-CP')).toEqual(['task-10-2-a-2']);
    expect(ids('nd-cp 107')).toEqual(['task-10-2-a-2']);
  });

  test('needs every word, matching the last one as a prefix', () => {
    const results = search(program, 'điện gi');
    expect(results[0]!.task.text).toMatch(/điện gió/);
    for (const result of results) expect(fold(result.task.text)).toMatch(/dien/);
    expect(search(program, 'điện zzzz')).toEqual([]);
  });

  test('also finds tasks by the agencies in their block header', () => {
    const health = new Set(filterTasks(program, { agency: 'so-y-te' }).map((task) => task.id));
    expect(ids('Sở Y tế').slice(0, health.size).every((id) => health.has(id))).toBe(true);
  });

  test('respects limit and filter; an empty query finds nothing', () => {
    expect(search(program, 'du lịch', { limit: 2 })).toHaveLength(2);
    const filtered = search(program, 'du lịch', { filter: { area: '1.2' } });
    expect(filtered.length).toBeGreaterThan(0);
    const inSection = new Set(filterTasks(program, { area: '1.2' }).map((task) => task.id));
    for (const result of filtered) expect(inSection.has(result.task.id)).toBe(true);
    expect(search(program, '   ')).toEqual([]);
  });

  test('highlights point at the matched words in the original text', () => {
    const [first] = search(program, 'năng lượng tái tạo');
    const highlighted = words(first!.task.text, first!.highlights).map((word) => word.toLowerCase());
    expect(highlighted).toEqual(expect.arrayContaining(['năng', 'lượng', 'tái', 'tạo']));
  });
});

test('highlightRanges folds both sides and matches whole words only', () => {
  const text = 'Sở Công Thương và công thương nghiệp; không phải congthuong.';
  expect(words(text, highlightRanges(text, ['cong', 'thuong']))).toEqual(['Công', 'Thương', 'công', 'thương']);
  expect(highlightRanges(text, [])).toEqual([]);
});
