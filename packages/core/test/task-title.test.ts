import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProgram, type Task } from '../src/index.js';
import { TASK_TITLE_MAX, shortenAtWord, taskTitle } from '../src/format/index.js';
import { program } from '../src/data.js';

const fixtures = readdirSync(new URL('./fixtures/programs/', import.meta.url)).filter((file) => file.endsWith('.txt'));
const fixtureTasks = fixtures.flatMap(
  (file) => parseProgram(readFileSync(new URL(`./fixtures/programs/${file}`, import.meta.url), 'utf8'), { sourceFile: file }).program.tasks,
);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The title is a prefix of the text ending where a word ends, and title, separator and body give the text back. */
function expectSplitOf(text: string): void {
  const { title, body } = taskTitle(text);
  const head = title.replace(/…$/u, '');
  expect(title.length).toBeLessThanOrEqual(TASK_TITLE_MAX);
  expect(text.startsWith(head)).toBe(true);
  const rest = text.slice(head.length);
  expect(rest).toMatch(/^[.!?;:,]?(\s|$)/u);
  expect(rest.replace(/^[.!?;:,]?\s*/u, '')).toBe(body);
  // Never inside a word: the character after the title is not a letter or digit.
  expect(WORD_CHARACTER.test(text.charAt(head.length))).toBe(false);
}

describe('task titles', () => {
  test.each([
    ['the seed', program.tasks],
    ['the fixture programs', fixtureTasks],
  ] as Array<[string, Task[]]>)('every task of %s splits into a short title and the rest, nothing lost', (_, tasks) => {
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expectSplitOf(task.text);
  });

  test('the seed has 95 tasks, each with a title of at least a few words', () => {
    expect(program.tasks).toHaveLength(95);
    for (const task of program.tasks) expect(taskTitle(task.text).title.split(' ').length).toBeGreaterThanOrEqual(5);
  });

  test('a short task is all title, without its final full stop', () => {
    expect(taskTitle('Xây dựng Đề án phát triển kinh tế ban đêm tỉnh Bình Thuận (năm 2021).')).toEqual({
      title: 'Xây dựng Đề án phát triển kinh tế ban đêm tỉnh Bình Thuận (năm 2021)',
      body: '',
    });
  });

  const filler = 'nâng cao chất lượng và hiệu quả hoạt động của các cơ quan nhà nước trên địa bàn tỉnh';

  test('a long one: the first sentence when it fits', () => {
    const text = `Tăng cường liên kết, hợp tác trong hoạt động khoa học và công nghệ. Khuyến khích ${filler}, ${filler}.`;
    expect(taskTitle(text)).toEqual({
      title: 'Tăng cường liên kết, hợp tác trong hoạt động khoa học và công nghệ',
      body: `Khuyến khích ${filler}, ${filler}.`,
    });
  });

  test('else its clauses up to a semicolon, never one inside brackets', () => {
    const text = `Thực hiện tốt công tác tiếp dân (theo quy định; kịp thời) và giải quyết khiếu nại, tố cáo; ${filler} ${filler}.`;
    expect(taskTitle(text)).toEqual({
      title: 'Thực hiện tốt công tác tiếp dân (theo quy định; kịp thời) và giải quyết khiếu nại, tố cáo',
      body: `${filler} ${filler}.`,
    });
  });

  test('else up to a comma or a word, marked as continuing, and before a bracket still open', () => {
    const commas = taskTitle(`Tiếp tục ${filler}, ${filler} và ${filler}.`);
    expect(commas.title).toBe(`Tiếp tục ${filler}…`);
    const words = taskTitle(`Rà soát và đề nghị ký kết với các địa phương lân cận (${filler} ${filler}) về hợp tác.`);
    expect(words.title).toBe('Rà soát và đề nghị ký kết với các địa phương lân cận…');
    expectSplitOf(`Rà soát và đề nghị ký kết với các địa phương lân cận (${filler} ${filler}) về hợp tác.`);
  });
});

describe('shortening at a word boundary', () => {
  test('cuts before the word that does not fit and drops dangling punctuation', () => {
    expect(shortenAtWord('Tham mưu dự thảo Nghị quyết, về phát triển', 30)).toBe('Tham mưu dự thảo Nghị quyết…');
    expect(shortenAtWord('  ngắn  ', 30)).toBe('ngắn');
    expect(shortenAtWord('một hai', 6)).toBe('một…');
  });

  test('cuts inside a word only when one word fills most of the room', () => {
    expect(shortenAtWord('a https://example.org/very/long/path', 12)).toBe('a https://e…');
  });

  test('refuses a maximum that leaves no room', () => {
    expect(() => shortenAtWord('text', 1)).toThrow('expected a maximum length of at least 2; got 1');
  });
});
