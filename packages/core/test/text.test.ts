import { describe, expect, test } from 'vitest';
import { excerpt, fold, normalizeSpace, slugify } from '../src/index.js';
import { pathOf } from '../src/json-path.js';

describe('slugify', () => {
  test('lowercase ASCII words joined by hyphens, đ included', () => {
    expect(slugify('Sở Công Thương')).toBe('so-cong-thuong');
    expect(slugify('Ban Quản lý các Khu công nghiệp tỉnh Đắk Lắk')).toBe('ban-quan-ly-cac-khu-cong-nghiep-tinh-dak-lak');
    expect(slugify('  --Nghị quyết số 08-NQ/TW!! ')).toBe('nghi-quyet-so-08-nq-tw');
    expect(slugify('…')).toBe('');
  });

  test('the same slug from NFC and NFD text', () => {
    expect(slugify('Ủy ban'.normalize('NFD'))).toBe(slugify('Ủy ban'));
  });
});

describe('excerpt', () => {
  test('a short text comes back with its whitespace collapsed', () => {
    expect(excerpt('  Xây dựng\n  đề án\tnăm 2021 ', 80)).toBe('Xây dựng đề án năm 2021');
    expect(excerpt('a'.repeat(10), 10)).toBe('a'.repeat(10));
  });

  test('a long text is cut to max characters, the last one an ellipsis', () => {
    const cut = excerpt('Phát triển công nghiệp chế biến, chế tạo theo hướng hiện đại', 20);
    expect(cut).toBe('Phát triển công ngh…');
    expect(cut).toHaveLength(20);
  });

  test('never cuts inside an emoji, its skin tone, a joined sequence or before a combining mark', () => {
    expect(excerpt(`${'a'.repeat(8)}👍🏽 và thêm`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(excerpt(`${'a'.repeat(7)}👍🏽 và thêm`, 12)).toBe(`${'a'.repeat(7)}👍🏽…`);
    expect(excerpt(`${'a'.repeat(6)}👩‍💻 và thêm`, 9)).toBe(`${'a'.repeat(6)}…`);
    expect(excerpt(`${'a'.repeat(8)}e\u0301 và thêm`, 10)).toBe(`${'a'.repeat(8)}…`);
    for (let max = 2; max < 20; max++) expect(excerpt(`👍🏽👩‍💻 Việt 🇻🇳 Nam`, max)).not.toMatch(/\p{Cs}/u);
  });

  test('control characters and lone surrogates are shown as U+FFFD', () => {
    expect(excerpt('a\u0000b\u001Bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });
});

test('fold and normalizeSpace', () => {
  expect(fold('Đổi mới Công Thương')).toBe('doi moi cong thuong');
  expect(normalizeSpace(' a \n\t b ')).toBe('a b');
});

test('pathOf writes keys as a JSON path, after a prefix', () => {
  expect(pathOf(['tasks', 3, 'deadlines', 0, 'year'])).toBe('tasks[3].deadlines[0].year');
  expect(pathOf(['year'], 'entries[2]')).toBe('entries[2].year');
  expect(pathOf([0, 'id'])).toBe('[0].id');
  expect(pathOf([])).toBe('(root)');
});
