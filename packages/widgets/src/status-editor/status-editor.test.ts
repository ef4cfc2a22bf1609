import { formatDate, formatDeadlines } from '@chuongtrinh/core/format';
import { agencyTasks } from '@chuongtrinh/core/report';
import { program } from '@chuongtrinh/core/data';
import { afterEach, describe, expect, test, vi as vitest } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectNoAxeViolations, mount, part, parts, textOf } from '../../test/browser.js';
import type { CtStatusEditor } from './status-editor.js';
import './status-editor.js';
import { en, vi } from './status-editor.translations.js';

const AGENCY = 'so-noi-vu';
const AS_OF = '2024-12-31';
const tasks = agencyTasks(program, AGENCY).map((item) => item.task);
const markup = (extra = '') => `<ct-status-editor agency="${AGENCY}" as-of="${AS_OF}"${extra}></ct-status-editor>`;

const fieldset = (editor: CtStatusEditor, taskId: string) => part<HTMLFieldSetElement>(editor, `fieldset[data-task="${taskId}"]`);
const within = <T extends Element>(editor: CtStatusEditor, taskId: string, selector: string) => {
  const found = fieldset(editor, taskId).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${taskId}`);
  return found;
};

async function choose(editor: CtStatusEditor, taskId: string, status: string) {
  await userEvent.selectOptions(within<HTMLSelectElement>(editor, taskId, 'select[name="status"]'), status);
  await editor.updateComplete;
}

/** A reload as far as the draft is concerned: the element is gone, a new one reads the browser's storage. */
async function remount(editor: CtStatusEditor, extra = ''): Promise<CtStatusEditor> {
  editor.closest('main')!.remove();
  return mount<CtStatusEditor>(markup(extra));
}

/** The files the editor hands to the browser's download, read back. */
function captureDownloads() {
  const files: Blob[] = [];
  const create = vitest.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:captured';
  });
  vitest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { files, create };
}

afterEach(() => {
  localStorage.clear();
  vitest.restoreAllMocks();
});

describe('<ct-status-editor>', () => {
  test('shows each of the agency’s tasks with its role and deadlines; axe finds nothing', async () => {
    const editor = await mount<CtStatusEditor>(markup());
    expect(parts(editor, 'fieldset.task').map((item) => item.dataset.task)).toEqual(tasks.map((task) => task.id));
    expect(textOf(part(editor, '.count'))).toBe(vi.tasks(tasks.length));
    const dated = tasks.find((task) => task.deadlines.length > 0)!;
    expect(textOf(within(editor, dated.id, '.deadlines'))).toBe(`${vi.deadlines}: ${formatDeadlines(dated.deadlines, 'vi')}`);
    await choose(editor, tasks[0]!.id, 'done');
    await expectNoAxeViolations();
  });

  test('statuses filled in are all there after a reload', async () => {
    let editor = await mount<CtStatusEditor>(markup());
    const statuses = ['done', 'in-progress', 'cancelled'] as const;
    for (const [index, status] of statuses.entries()) await choose(editor, tasks[index]!.id, status);
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="completedOn"]'), '2024-05-02');
    editor = await remount(editor);
    for (const [index, status] of statuses.entries()) {
      expect(within<HTMLSelectElement>(editor, tasks[index]!.id, 'select[name="status"]').value).toBe(status);
    }
    expect(within<HTMLInputElement>(editor, tasks[0]!.id, 'input[name="completedOn"]').value).toBe('2024-05-02');
  });

  test('text typed and not yet left is there after the page is closed', async () => {
    let editor = await mount<CtStatusEditor>(markup());
    await choose(editor, tasks[0]!.id, 'in-progress');
    const note = within<HTMLTextAreaElement>(editor, tasks[0]!.id, 'textarea[name="note"]');
    note.focus();
    await userEvent.keyboard('Đã trình dự thảo');
    // Closed mid-typing: no change or blur event ever fires.
    editor = await remount(editor);
    expect(within<HTMLTextAreaElement>(editor, tasks[0]!.id, 'textarea[name="note"]').value).toBe('Đã trình dự thảo');
  });

  test('a typo in the evidence document is caught; a good citation is read', async () => {
    const editor = await mount<CtStatusEditor>(markup());
    await choose(editor, tasks[0]!.id, 'done');
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="evidenceDocument"]'), 'Quyết dinh số 123/QĐ-UBND ngày 05/3/2024');
    await editor.updateComplete;
    expect(textOf(within(editor, tasks[0]!.id, '.entry-problems'))).toMatch(/evidenceDocument: expected the document type first/);
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="evidenceDocument"]'), 'Quyết định số 123/QĐ-UBND ngày 31/2/2024');
    await editor.updateComplete;
    expect(textOf(within(editor, tasks[0]!.id, '.entry-problems'))).toContain('is not a date');
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="evidenceDocument"]'), 'Quyết định số 123/QĐ-UBND ngày 05/3/2024');
    await editor.updateComplete;
    expect(fieldset(editor, tasks[0]!.id).querySelector('.entry-problems')).toBeNull();
    expect(textOf(within(editor, tasks[0]!.id, '.reading'))).toBe(vi.documentRead('123/QĐ-UBND', formatDate('2024-03-05', 'vi')));
    expect(textOf(within(editor, tasks[0]!.id, '.reading'))).toBe('Đã nhận: văn bản số 123/QĐ-UBND ngày 5 tháng 3 năm 2024');
    await expectNoAxeViolations();
  });

  test('an imported overlay: every bad entry named by its path, the good ones kept', async () => {
    const editor = await mount<CtStatusEditor>(markup());
    const overlay = {
      formatVersion: 1,
      programId: program.id,
      asOf: '2023-12-31',
      reporter: AGENCY,
      entries: [
        { taskId: tasks[0]!.id, status: 'done', updated: '2023-06-01', completedOn: '2023-05-30', note: 'năm trước' },
        { taskId: tasks[1]!.id, status: 'finished', updated: '2023-06-01' },
        { taskId: 'task-99-z-9', status: 'done', updated: '2023-06-01' },
        { taskId: tasks[2]!.id, status: 'in-progress', updated: '2023-06-01', evidenceUrl: 'ftp://example.org/x' },
      ],
    };
    const file = new File([JSON.stringify(overlay)], 'nam-2023.json', { type: 'application/json' });
    await userEvent.upload(part<HTMLInputElement>(editor, 'input[name="import"]'), file);
    await vitest.waitFor(() => expect(editor.shadowRoot!.querySelector('[part="problems"]')).not.toBeNull());
    const items = parts(editor, '[part="problems"] li').map(textOf);
    expect(items).toEqual([
      expect.stringMatching(/^entries\[1\]\.status: /),
      expect.stringMatching(/^entries\[2\]\.taskId: no task has id "task-99-z-9"/),
      expect.stringMatching(/^entries\[3\]\.evidenceUrl: /),
    ]);
    expect(textOf(part(editor, '[part="problems"] p'))).toBe(vi.imported(1, 3));
    expect(within<HTMLSelectElement>(editor, tasks[0]!.id, 'select[name="status"]').value).toBe('done');
    expect(within<HTMLTextAreaElement>(editor, tasks[0]!.id, 'textarea[name="note"]').value).toBe('năm trước');
    expect(within<HTMLSelectElement>(editor, tasks[1]!.id, 'select[name="status"]').value).toBe('');
    await expectNoAxeViolations();
  });

  test('downloads an overlay that `chuongtrinh status validate` accepts', async () => {
    const { files } = captureDownloads();
    const editor = await mount<CtStatusEditor>(markup());
    await choose(editor, tasks[0]!.id, 'done');
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="evidenceDocument"]'), 'Quyết định số 123/QĐ-UBND ngày 05/3/2024');
    await choose(editor, tasks[1]!.id, 'in-progress');
    await userEvent.fill(within(editor, tasks[1]!.id, 'input[name="evidenceUrl"]'), 'https://example.org/bao-cao');
    await userEvent.click(part(editor, 'button[name="export-overlay"]'));
    expect(files).toHaveLength(1);
    const text = await files[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ programId: program.id, asOf: AS_OF, reporter: AGENCY, entries: [{ taskId: tasks[0]!.id }, { taskId: tasks[1]!.id }] });
    const result = await commands.statusValidate(text);
    expect(result.stdout).toContain(`2 entries valid, 0 problems, 0 conflicts (as of ${AS_OF})`);
    expect(result.code).toBe(0);
  });

  test('an invalid draft is not downloaded; each problem is shown', async () => {
    const { files } = captureDownloads();
    const editor = await mount<CtStatusEditor>(markup());
    await choose(editor, tasks[0]!.id, 'in-progress');
    await userEvent.fill(within(editor, tasks[0]!.id, 'input[name="evidenceUrl"]'), 'not a link');
    await userEvent.click(part(editor, 'button[name="export-overlay"]'));
    expect(files).toHaveLength(0);
    expect(textOf(part(editor, '[part="problems"]'))).toContain(vi.exportBlocked);
    expect(textOf(part(editor, '[part="problems"] li'))).toMatch(/evidenceUrl/);
  });

  test('two tabs on one draft: the one behind is told and does not overwrite', async () => {
    const first = await mount<CtStatusEditor>(markup());
    const second = await mount<CtStatusEditor>(markup());
    await choose(first, tasks[0]!.id, 'done');
    await vitest.waitFor(() => expect(textOf(part(second, '[part="notice"]'))).toContain(vi.otherTab));
    await choose(second, tasks[1]!.id, 'cancelled');
    expect(JSON.parse(localStorage.getItem(`ct-status-editor:${program.id}:${AGENCY}:${AS_OF}`)!).entries).toEqual({
      [tasks[0]!.id]: expect.objectContaining({ status: 'done' }),
    });
    await userEvent.click(part(second, 'button[name="load-other-tab"]'));
    await second.updateComplete;
    expect(within<HTMLSelectElement>(second, tasks[0]!.id, 'select[name="status"]').value).toBe('done');
    expect(textOf(part(second, '[part="notice"]'))).toBe(vi.saved);
    first.closest('main')!.remove(); // one page per tab, as axe expects of a page
    await expectNoAxeViolations();
  });

  test('the agency’s own report as HTML, from the lazy part', async () => {
    const { files } = captureDownloads();
    const editor = await mount<CtStatusEditor>(markup(), { lang: 'en' });
    await choose(editor, tasks[0]!.id, 'in-progress');
    await userEvent.click(part(editor, 'button[name="report-html"]'));
    await vitest.waitFor(() => expect(files).toHaveLength(1));
    const page = await files[0]!.text();
    expect(page).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(page.match(/<tr class="task">/g)).toHaveLength(tasks.length);
    expect(textOf(part(editor, 'h2'))).toBe(en.title);
  });

  test('without an agency, the officer picks one', async () => {
    const editor = await mount<CtStatusEditor>(`<ct-status-editor as-of="${AS_OF}"></ct-status-editor>`);
    expect(parts(editor, 'fieldset.task')).toHaveLength(0);
    await userEvent.selectOptions(part<HTMLSelectElement>(editor, 'select[name="agency"]'), AGENCY);
    await editor.updateComplete;
    expect(parts(editor, 'fieldset.task')).toHaveLength(tasks.length);
    await expectNoAxeViolations();
  });
});
