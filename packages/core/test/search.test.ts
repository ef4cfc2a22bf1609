import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { filterTasks, fold, getReference, highlightRanges, loadSearchIndex, parseProgram, search, searchIndexJson, suggestQuery } from '../src/index.js';

const ids = (query: string) => search(program, query).map((result) => result.task.id);
const words = (text: string, ranges: Array<[number, number]>) => ranges.map(([start, end]) => text.slice(start, end));
const marked = (query: string, at = 0) => {
  const result = search(program, query)[at]!;
  return words(result.task.text, result.highlights).map((word) => word.toLowerCase());
};

/** A program of one block whose tasks are `tasks`, through the parser like the real one. */
function programOf(...tasks: string[]) {
  const text = [
    'Để thực hiện Nghị quyết số 01-NQ/TU, UBND tỉnh ban hành Chương trình giai đoạn 2021 - 2025:',
    'I. NHIỆM VỤ',
    '1. Một.',
    'Sở Y tế:',
    ...tasks.map((task) => `- ${task}`),
  ].join('\n');
  return parseProgram(text).program;
}

describe('search', () => {
  test('folds diacritics and đ: "cong thuong" finds "Công Thương"', () => {
    const folded = search(program, 'cong thuong');
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.some((result) => words(result.task.text, result.highlights).includes('Công Thương'))).toBe(true);
    expect(ids('dau tu').sort()).toEqual(ids('đầu tư').sort());
  });

  test('"chuyển đổi số": the task with the phrase first, the phrase highlighted, not "sở" or "đời sống"', () => {
    for (const result of search(program, 'chuyển đổi số')) {
      const highlighted = words(result.task.text, result.highlights).map((word) => word.toLowerCase());
      expect(highlighted).not.toContain('sống');
      expect(highlighted).not.toContain('sở');
    }
    const [first] = search(program, 'chuyển đổi số');
    expect(fold(first!.task.text)).toContain('chuyen doi so');
    expect(first!.phrase).toBe(true);
    const highlighted = marked('chuyển đổi số');
    expect(highlighted).toContain('chuyển đổi số');
    expect(highlighted).not.toContain('sở');
    expect(highlighted).not.toContain('đời');
    expect(highlighted).not.toContain('sống');
    for (const word of highlighted.flatMap((range) => range.split(' '))) expect(['chuyển', 'đổi', 'số']).toContain(word);
  });

  test('a phrase outranks the same words apart', () => {
    const small = programOf('Đổi mới cách làm, chuyển giao số liệu.', 'Đẩy mạnh chuyển đổi số.');
    expect(search(small, 'chuyển đổi số').map((result) => [result.task.text, result.phrase])).toEqual([
      ['Đẩy mạnh chuyển đổi số.', true],
      ['Đổi mới cách làm, chuyển giao số liệu.', false],
    ]);
  });

  test('words typed with diacritics rank tasks written that way first, and only those words are highlighted', () => {
    const small = programOf('Chăm lo cộng đồng dân cư.', 'Phát triển công nghệ số.');
    expect(search(small, 'công').map((result) => result.task.text)).toEqual(['Phát triển công nghệ số.', 'Chăm lo cộng đồng dân cư.']);
    expect(search(small, 'cộng')[0]!.task.text).toBe('Chăm lo cộng đồng dân cư.');
    const [, folded] = search(small, 'công');
    expect(folded!.highlights).toEqual([]);
    expect(search(small, 'cong').map((result) => words(result.task.text, result.highlights)).sort()).toEqual([['công'], ['cộng']]);
  });

  test('"nong thon moi" and "nông thôn mới" find the same tasks; only "mới" as written is highlighted', () => {
    expect(ids('nong thon moi').sort()).toEqual(ids('nông thôn mới').sort());
    expect(ids('nông thôn mới').length).toBeGreaterThan(0);
    for (const result of search(program, 'nông thôn mới')) {
      const highlighted = words(result.task.text, result.highlights).flatMap((range) => range.toLowerCase().split(/\s+/));
      expect(highlighted).not.toContain('môi');
    }
  });

  test('citation tokens stay exact, in any spelling', () => {
    const nq08 = program.references.find((reference) => reference.number === '08-NQ/TW')!;
    const citing = (id: string) => program.tasks.find((task) => task.id === id)!.text.includes(getReference(program, nq08.id)!.number);
    expect(citing(ids('nq 08')[0]!)).toBe(true);
    expect(ids('08-NQ/TW')[0]).toBe(ids('nq 08')[0]);
    expect(ids('107/2020/NĐ-CP')).toEqual(['task-10-2-a-2']);
    expect(ids('nd-cp 107')).toEqual(['task-10-2-a-2']);
    // A number is never the start of another: "08" does not find "080" or "2008".
    const small = programOf('Theo Quyết định số 080/QĐ-UBND.', 'Theo Nghị quyết số 08-NQ/TW.');
    expect(search(small, 'nq 08').map((result) => result.task.text)).toEqual(['Theo Nghị quyết số 08-NQ/TW.']);
  });

  test('stop words of administrative text do not decide what matches', () => {
    expect(ids('các dịch vụ của du lịch').sort()).toEqual(ids('dịch vụ du lịch').sort());
    expect(ids('tỉnh thực hiện chuyển đổi số').sort()).toEqual(ids('chuyển đổi số').sort());
    // Typed without diacritics, "cac" is only "các"; "so" is also "số", so it still counts.
    expect(ids('cac dich vu').sort()).toEqual(ids('dịch vụ').sort());
    expect(ids('chuyen doi so').sort()).toEqual(ids('chuyển đổi số').sort());
    // "sở" alone is no match for "số"; a query of stop words alone still searches them as written.
    const small = programOf('Sở Xây dựng hướng dẫn.', 'Phát triển kinh tế số.');
    expect(search(small, 'số').map((result) => result.task.text)).toEqual(['Phát triển kinh tế số.']);
    expect(search(small, 'sở').length).toBeGreaterThan(0);
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
    expect(search(program, 'du lịch', { limit: 2 }).map((result) => result.task.id)).toEqual(ids('du lịch').slice(0, 2));
    const filtered = search(program, 'du lịch', { filter: { area: '1.2' } });
    expect(filtered.length).toBeGreaterThan(0);
    const inSection = new Set(filterTasks(program, { area: '1.2' }).map((task) => task.id));
    for (const result of filtered) expect(inSection.has(result.task.id)).toBe(true);
    expect(search(program, '   ')).toEqual([]);
  });

  test('with a limit, the head of the whole ranking (kept in one pass when few of many are asked)', () => {
    for (const query of ['phát triển', 'cong', 'đầu tư công']) {
      const all = ids(query);
      expect(all.length).toBeGreaterThan(16);
      for (const limit of [1, 2, 5]) expect(search(program, query, { limit }).map((result) => result.task.id)).toEqual(all.slice(0, limit));
    }
  });

  test('highlights point at the matched words in the original text', () => {
    expect(marked('năng lượng tái tạo')).toContain('năng lượng tái tạo');
  });

  test('each result carries an excerpt around its match, with the highlights inside it', () => {
    for (const query of ['chuyển đổi số', 'nong thon moi', 'nq 08']) {
      for (const { task, highlights, excerpt } of search(program, query)) {
        expect(excerpt.text.length).toBeLessThanOrEqual(240);
        const inExcerpt = words(excerpt.text, excerpt.highlights);
        expect(inExcerpt.length).toBeGreaterThan(highlights.length > 0 ? 0 : -1);
        for (const word of inExcerpt) expect(words(task.text, highlights)).toContain(word);
        expect(task.text).toContain(excerpt.text.replace(/^…|…$/g, ''));
      }
    }
    const [first] = search(program, 'chuyển đổi số');
    expect(words(first!.excerpt.text, first!.excerpt.highlights)).toContain('chuyển đổi số');
  });
});

describe('suggestQuery', () => {
  test('"chuyen doi s0" suggests "chuyển đổi số", spelled as the program writes it', () => {
    expect(search(program, 'chuyen doi s0')).toEqual([]);
    expect(suggestQuery(program, 'chuyen doi s0')).toBe('chuyển đổi số');
    expect(search(program, 'chuyển đổi số').length).toBeGreaterThan(0);
  });

  test('a word that is no word of the program is corrected or left out, so the suggestion finds tasks', () => {
    const suggestion = suggestQuery(program, 'nong thon mơii');
    expect(suggestion).toBeDefined();
    expect(search(program, suggestion!).length).toBeGreaterThan(0);
    expect(search(program, suggestQuery(program, 'điện zzzzzz')!).length).toBeGreaterThan(0);
  });

  test('nothing to suggest for a query that finds tasks, or an empty one', () => {
    expect(suggestQuery(program, 'du lịch')).toBeUndefined();
    expect(suggestQuery(program, '  ')).toBeUndefined();
  });
});

test('highlightRanges folds both sides and matches whole words only', () => {
  const text = 'Sở Công Thương và công thương nghiệp; không phải congthuong.';
  expect(words(text, highlightRanges(text, ['cong', 'thuong']))).toEqual(['Công', 'Thương', 'công', 'thương']);
  expect(highlightRanges(text, [])).toEqual([]);
});

describe('a prebuilt search index', () => {
  test('loads back to the same results as the index search builds', () => {
    const json = searchIndexJson(program);
    const copy = structuredClone(program);
    loadSearchIndex(copy, json);
    for (const query of ['chuyển đổi số', 'nong thon moi', 'nq 08', 'Sở Y tế', 'điện gi']) {
      const loaded = search(copy, query);
      const built = search(program, query);
      expect(loaded.map((result) => result.task.id)).toEqual(built.map((result) => result.task.id));
      // Field lengths are averaged in another order when loaded: scores agree to the last bits.
      loaded.forEach((result, i) => expect(result.score).toBeCloseTo(built[i]!.score, 9));
    }
    expect(suggestQuery(copy, 'chuyen doi s0')).toBe(suggestQuery(program, 'chuyen doi s0'));
  });

  test('is refused, with what was wrong, if it is not one or was built from other text', () => {
    const copy = structuredClone(program);
    expect(() => loadSearchIndex(copy, '{')).toThrow(/search index: not JSON/);
    expect(() => loadSearchIndex(copy, '{"format":"other"}')).toThrow(/expected "format": "chuongtrinh-search-index", found "other"/);
    const edited = { ...copy, tasks: copy.tasks.map((task, i) => (i === 0 ? { ...task, text: `${task.text} Thêm.` } : task)) };
    expect(() => loadSearchIndex(edited, searchIndexJson(program))).toThrow(/built from other program text/);
    const json = JSON.parse(searchIndexJson(program)) as { version: number; tasks: { counts: number[]; tokens: number[] } };
    expect(() => loadSearchIndex(copy, JSON.stringify({ ...json, version: 1 }))).toThrow(/expected "version": 2, found 1; rebuild it/);
    const { counts, tokens } = json.tasks;
    expect(() => loadSearchIndex(copy, JSON.stringify({ ...json, tasks: { counts: counts.slice(1), tokens } }))).toThrow(/"tasks.counts" has 94 entries, the program 95/);
    expect(() => loadSearchIndex(copy, JSON.stringify({ ...json, tasks: { counts, tokens: [...tokens.slice(1), 2 ** 30] } }))).toThrow(/"tasks.tokens\[\d+\]" names no form: 1073741824/);
    expect(() => loadSearchIndex(copy, JSON.stringify({ ...json, tasks: { counts, tokens: tokens.slice(1) } }))).toThrow(/"tasks.counts" add up to \d+, "tasks.tokens" has \d+/);
    // Refused whole: the program keeps the index search builds.
    expect(search(copy, 'chuyển đổi số').map((result) => result.task.id)).toEqual(ids('chuyển đổi số'));
  });
});
