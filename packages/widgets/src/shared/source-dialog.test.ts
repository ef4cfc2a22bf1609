import { filterTasks } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { formatSourceLines, sourceExcerpt } from '@chuongtrinh/core/format';
import text from '@chuongtrinh/core/data/binh-thuan-2021-2025.txt';
import { describe, expect, test, vi as vitest } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, mount, part, parts, textOf } from '../../test/browser.js';
import '../index.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import type { CtTaskList } from '../task-list/task-list.js';

describe('"Văn bản gốc": the original lines of a task in a dialog', () => {
  test('the button names the lines; the dialog shows them around the task, its own marked, and closes with Esc', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong" limit="1"></ct-task-list>');
    const [task] = filterTasks(program, { agency: 'so-cong-thuong' });
    const button = part<HTMLButtonElement>(list, 'button[part~="source"]');
    expect(textOf(button)).toBe(vi.sourceLines(formatSourceLines(task!.source, 'vi')));
    expect(textOf(button)).toMatch(/^Văn bản gốc, dòng \d+(–\d+)?$/);
    expect(textOf(list.shadowRoot)).not.toContain('seeds/');

    button.focus();
    await userEvent.click(button);
    await vitest.waitFor(() => expect(parts(list, '.source-lines li')).not.toHaveLength(0));
    const dialog = part<HTMLDialogElement>(list, 'dialog[part~="source-dialog"]');
    expect(dialog.open).toBe(true);
    const excerpt = sourceExcerpt(text, task!.source, 4);
    const lines = parts<HTMLLIElement>(list, '.source-lines li');
    expect(lines.map((line) => [line.value, line.textContent])).toEqual(excerpt.lines.map((line) => [line.number, line.text]));
    expect(parts(list, '.source-lines li.cited mark').map((mark) => mark.textContent)).toEqual(excerpt.lines.filter((line) => line.cited).map((line) => line.text));
    expect(textOf(part(list, '#source-dialog-title'))).toBe(textOf(button));
    await expectNoAxeViolations();

    await userEvent.keyboard('{Escape}');
    await vitest.waitFor(() => expect(dialog.open).toBe(false));
    expect(list.shadowRoot?.activeElement).toBe(button);
  });

  test('in English', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong" limit="1" lang="en"></ct-task-list>');
    const [task] = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(textOf(part(list, '[part~="source"]'))).toBe(en.sourceLines(formatSourceLines(task!.source, 'en')));
  });

  test('a dataset with no text beside it: the line numbers only, no button', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(program)], { type: 'application/json' }));
    const list = await mount<CtTaskList>(`<ct-task-list src="${src}" agency="so-cong-thuong" limit="1"></ct-task-list>`);
    const [task] = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(parts(list, 'button[part~="source"]')).toEqual([]);
    expect(textOf(part(list, '[part~="source"]'))).toBe(vi.sourceLines(formatSourceLines(task!.source, 'vi')));
  });
});
