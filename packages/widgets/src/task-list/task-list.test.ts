import { AGENCY_ROLES, filterTasks, search, taskDetails, validateFilter, validateProgram, type TaskFilter } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test, vi as vitest } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, settled, textOf } from '../../test/browser.js';
import type { FilterChangeDetail } from '../events.js';
import '../index.js';
import { defineElement } from '../shared/define.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import { CtTaskList, LONG_TEXT } from './task-list.js';

const shownIds = (list: CtTaskList) => parts(list, '[part~="task"]').map((task) => task.id);
const problemsText = (list: CtTaskList) => textOf(part(list, '[part~="problems"]'));

/** A blob: URL serving `body`, as a page author's own dataset file would be. */
function served(body: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([body], { type }));
}

/** An agency and a year with no task between them, found through core. */
function emptyCombination(): { agency: string; year: number } {
  for (const agency of program.agencies) {
    for (let year = program.period.start; year <= program.period.end; year++) {
      if (filterTasks(program, { agency: agency.id, year }).length === 0) return { agency: agency.id, year };
    }
  }
  throw new Error('every agency has a task in every year');
}

const SELECTIONS: Array<{ attributes: string; filter: TaskFilter }> = [
  { attributes: '', filter: {} },
  { attributes: 'agency="so-cong-thuong"', filter: { agency: 'so-cong-thuong' } },
  { attributes: 'agency="so-cong-thuong" agency-role="lead"', filter: { agency: 'so-cong-thuong', role: 'lead' } },
  { attributes: 'agency="so-thong-tin-va-truyen-thong" agency-role="coordinating"', filter: { agency: 'so-thong-tin-va-truyen-thong', role: 'coordinating' } },
  { attributes: 'area="1.2"', filter: { area: '1.2' } },
  { attributes: 'area="6"', filter: { area: '6' } },
  { attributes: 'year="2021"', filter: { year: 2021 } },
];

describe('what it lists', () => {
  test.each(SELECTIONS)('the tasks core selects for <ct-task-list $attributes>', async ({ attributes, filter }) => {
    const list = await mount<CtTaskList>(`<ct-task-list ${attributes}></ct-task-list>`);
    const expected = filterTasks(program, filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(shownIds(list)).toEqual(expected.map((task) => task.id));
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.tasks(expected.length));
  });

  test('at most `limit` tasks, and says how many there are in all', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong" limit="2"></ct-task-list>');
    const expected = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(shownIds(list)).toEqual(expected.slice(0, 2).map((task) => task.id));
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.shownOfTotal(2, expected.length));
  });

  test('search results in core\'s order, with the matched words highlighted', async () => {
    const list = await mount<CtTaskList>('<ct-task-list query="năng lượng"></ct-task-list>');
    const results = search(program, 'năng lượng');
    expect(results.length).toBeGreaterThan(0);
    expect(shownIds(list)).toEqual(results.map((result) => result.task.id));
    for (const [index, task] of parts(list, '[part~="task"]').entries()) {
      const { task: record, highlights } = results[index]!;
      const marks = [...task.querySelectorAll('mark[part~="highlight"]')].map((mark) => mark.textContent);
      expect(marks).toEqual(highlights.map(([start, end]) => record.text.slice(start, end)));
    }
    await expectNoAxeViolations();
  });

  test('each task with its text, agencies and roles, deadlines, citations and source lines', async () => {
    const list = await mount<CtTaskList>('<ct-task-list year="2021"></ct-task-list>');
    for (const element of parts(list, '[part~="task"]')) {
      const details = taskDetails(program, element.id)!;
      const { task } = details;
      expect(textOf(element.querySelector('[part~="task-text"]'))).toBe(task.text);
      expect(element.querySelector('[part~="task-text"]')?.getAttribute('lang')).toBe('vi');
      const agencies = details.agencies.map(({ agency, role }) => `${agency.name} (${vi.roles[role]})`);
      expect([...element.querySelectorAll('[part~="agencies"] li')].map(textOf)).toEqual(agencies);
      const deadlines = [...element.querySelectorAll('[part~="deadlines"] li')].map(textOf);
      expect(deadlines).toEqual(
        task.deadlines.map((deadline) =>
          deadline.kind === 'conditional' ? `${vi.deadline(deadline.kind, deadline.year)}: ${deadline.text}` : vi.deadline(deadline.kind, deadline.year),
        ),
      );
      for (const reference of details.references) expect(textOf(element)).toContain(reference.number);
      expect(textOf(element.querySelector('[part~="citation"]'))).toBe(vi.source(program.source.file, task.source.line, task.source.endLine));
    }
  });

  test('the role select offers core\'s roles, in core\'s order', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls agency="so-y-te"></ct-task-list>');
    const options = [...part<HTMLSelectElement>(list, 'select[name="agency-role"]').options].map((option) => option.value);
    expect(options.filter(Boolean)).toEqual([...AGENCY_ROLES]);
  });
});

describe('visitors', () => {
  test('filter with the selects, and each change is announced with a ct-filter-change event', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const changes: FilterChangeDetail[] = [];
    document.addEventListener('ct-filter-change', (event) => changes.push(event.detail));
    const select = (name: string) => part<HTMLSelectElement>(list, `select[name="${name}"]`);

    expect(select('agency-role').disabled).toBe(true);
    await userEvent.selectOptions(select('agency'), 'so-cong-thuong');
    await list.updateComplete;
    expect(shownIds(list)).toEqual(filterTasks(program, { agency: 'so-cong-thuong' }).map((task) => task.id));
    expect(select('agency-role').disabled).toBe(false);

    await userEvent.selectOptions(select('agency-role'), 'lead');
    await userEvent.selectOptions(select('year'), '2021');
    await list.updateComplete;
    const filter: TaskFilter = { agency: 'so-cong-thuong', role: 'lead', year: 2021 };
    expect(shownIds(list)).toEqual(filterTasks(program, filter).map((task) => task.id));
    expect(changes).toEqual([
      { agency: 'so-cong-thuong' },
      { agency: 'so-cong-thuong', role: 'lead' },
      { agency: 'so-cong-thuong', role: 'lead', year: 2021 },
    ]);
    await expectNoAxeViolations();

    await userEvent.click(part(list, 'form [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toHaveLength(program.tasks.length);
    expect(changes.at(-1)).toEqual({});
  });

  test('search from the keyboard: Tab reaches the search box first, typing narrows the list', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls area="1"></ct-task-list>');
    await userEvent.tab();
    expect(list.shadowRoot?.activeElement).toBe(part(list, '[part~="search-input"]'));
    await userEvent.keyboard('cong nghiep');
    await settled(list);
    const expected = search(program, 'cong nghiep', { filter: { area: '1' } });
    expect(expected.length).toBeGreaterThan(0);
    expect(shownIds(list)).toEqual(expected.map((result) => result.task.id));
    expect(parts(list, 'mark').length).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });

  test('a search that finds nothing says so and offers to clear, without logging: it is not a page error', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    await userEvent.type(part(list, '[part~="search-input"]'), 'zzqxw');
    await settled(list);
    expect(textOf(part(list, '[part~="empty"]'))).toContain(vi.noMatchingTasks);
    await expectNoAxeViolations();
    await userEvent.click(part(list, '[part~="empty"] [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toHaveLength(program.tasks.length);
    expect(part<HTMLInputElement>(list, '[part~="search-input"]').value).toBe('');
  });

  test('a long text opens with its "show more" button, from the keyboard', async () => {
    const list = await mount<CtTaskList>('<ct-task-list area="1.1"></ct-task-list>');
    const long = filterTasks(program, { area: '1.1' }).find((task) => task.text.length > LONG_TEXT);
    expect(long).toBeDefined();
    const task = part(list, `[id="${long!.id}"]`);
    const button = task.querySelector<HTMLButtonElement>('[part~="show-more"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(task.querySelector('[part~="task-text"]')?.classList.contains('collapsed')).toBe(true);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(button)).toBe(vi.showLess);
    expect(task.querySelector('[part~="task-text"]')?.classList.contains('collapsed')).toBe(false);
    await expectNoAxeViolations();
  });

  test('following a task\'s link fires ct-task-select and highlights the task', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong"></ct-task-list>');
    const [first] = filterTasks(program, { agency: 'so-cong-thuong' });
    const selected: string[] = [];
    document.addEventListener('ct-task-select', (event) => selected.push(event.detail.taskId));
    try {
      await userEvent.click(part(list, `[id="${first!.id}"] [part~="permalink"]`));
      await vitest.waitFor(() => expect(part(list, `[id="${first!.id}"]`).classList.contains('targeted')).toBe(true));
      expect(selected).toEqual([first!.id]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  test('page.html#<task id> scrolls to, focuses and highlights the task', async () => {
    const target = filterTasks(program, { area: '6' }).at(-1)!;
    history.replaceState(null, '', `#${target.id}`);
    try {
      const list = await mount<CtTaskList>('<ct-task-list area="6"></ct-task-list>');
      await list.updateComplete;
      const task = part(list, `[id="${target.id}"]`);
      expect(task.classList.contains('targeted')).toBe(true);
      expect(list.shadowRoot?.activeElement).toBe(task);
      expect(task.querySelector('[part~="task-text"]')?.classList.contains('collapsed')).toBe(false);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  test('setting properties from code fires no event', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const listener = vitest.fn();
    document.addEventListener('ct-filter-change', listener);
    list.agency = 'so-cong-thuong';
    list.query = 'điện';
    await settled(list);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('language', () => {
  test('Vietnamese by default, even on a page without lang', async () => {
    document.documentElement.removeAttribute('lang');
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong"></ct-task-list>');
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.tasks(shownIds(list).length));
  });

  test('English with lang="en"; the program text stays Vietnamese', async () => {
    const list = await mount<CtTaskList>('<ct-task-list lang="en" agency="so-cong-thuong" controls></ct-task-list>');
    const count = filterTasks(program, { agency: 'so-cong-thuong' }).length;
    expect(textOf(part(list, '[part~="summary"]'))).toBe(en.tasks(count));
    expect(part(list, '[part~="task-text"]').getAttribute('lang')).toBe('vi');
    expect(textOf(part(list, 'label'))).toBe(en.searchLabel);
    await expectNoAxeViolations();
  });

  test('follows the page\'s lang, and switches when the page switches', async () => {
    const list = await mount<CtTaskList>('<ct-task-list area="2"></ct-task-list>', { lang: 'en-GB' });
    const count = filterTasks(program, { area: '2' }).length;
    expect(textOf(part(list, '[part~="summary"]'))).toBe(en.tasks(count));
    list.closest('main')!.lang = 'vi';
    await vitest.waitFor(() => expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.tasks(count)));
  });

  test('its own lang wins over the page\'s, and can be switched from code', async () => {
    const list = await mount<CtTaskList>('<ct-task-list lang="vi" area="2"></ct-task-list>', { lang: 'en' });
    const count = filterTasks(program, { area: '2' }).length;
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.tasks(count));
    list.lang = 'en';
    await list.updateComplete;
    expect(textOf(part(list, '[part~="summary"]'))).toBe(en.tasks(count));
  });

  test('a language it does not speak gives Vietnamese', async () => {
    const list = await mount<CtTaskList>('<ct-task-list area="2"></ct-task-list>', { lang: 'fr' });
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.tasks(filterTasks(program, { area: '2' }).length));
  });
});

describe('bad input: shown in the widget, logged once', () => {
  const FILTER_MISTAKES: Array<{ attributes: string; filter: TaskFilter }> = [
    { attributes: 'agency="so-cong-thong"', filter: { agency: 'so-cong-thong' } },
    { attributes: 'agency="so-cong-thuong" agency-role="chu-tri"', filter: { agency: 'so-cong-thuong', role: 'chu-tri' as never } },
    { attributes: 'area="11"', filter: { area: '11' } },
    { attributes: 'area="1.9"', filter: { area: '1.9' } },
    { attributes: 'year="2030"', filter: { year: 2030 } },
  ];

  test.each(FILTER_MISTAKES)('<ct-task-list $attributes> explains core\'s problem and lists nothing', async ({ attributes, filter }) => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>(`<ct-task-list ${attributes}></ct-task-list>`);
    const [problem] = validateFilter(program, filter);
    expect(problem).toBeDefined();
    expect(problemsText(list)).toContain(vi.problem(problem!));
    expect(parts(list, '[part~="task"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(vi.problem(problem!));
    await expectNoAxeViolations();
  });

  test('an unknown agency suggests the closest ids, in the page language', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list lang="en" agency="so-cong-thong" controls></ct-task-list>');
    const [problem] = validateFilter(program, { agency: 'so-cong-thong' });
    if (problem?.code !== 'unknown-agency') throw new Error('core did not report an unknown agency');
    expect(problem.suggestions.map((agency) => agency.id)).toContain('so-cong-thuong');
    for (const agency of problem.suggestions) expect(problemsText(list)).toContain(`"${agency.id}"`);
    expect(problemsText(list)).toContain('Did you mean');
    // The visitor can still choose an agency.
    await userEvent.selectOptions(part<HTMLSelectElement>(list, 'select[name="agency"]'), 'so-cong-thuong');
    await list.updateComplete;
    expect(list.shadowRoot?.querySelector('[part~="problems"]')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a year that is not a year', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list year="năm 2021"></ct-task-list>');
    expect(problemsText(list)).toContain(vi.problem({ code: 'malformed-attribute', field: 'year', value: 'năm 2021' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a limit that is not a positive number is reported, and the whole list shown', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list area="2" limit="0"></ct-task-list>');
    expect(problemsText(list)).toContain(vi.problem({ code: 'malformed-attribute', field: 'limit', value: '0' }));
    expect(shownIds(list)).toEqual(filterTasks(program, { area: '2' }).map((task) => task.id));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a filter that matches nothing says so and offers to clear the filters', async () => {
    const warn = allowWarnings();
    const { agency, year } = emptyCombination();
    const list = await mount<CtTaskList>(`<ct-task-list agency="${agency}" year="${year}"></ct-task-list>`);
    expect(textOf(part(list, '[part~="empty"]'))).toContain(vi.noMatchingTasks);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`agency="${agency}" year="${year}"`);
    await expectNoAxeViolations();
    const changes: FilterChangeDetail[] = [];
    document.addEventListener('ct-filter-change', (event) => changes.push(event.detail));
    await userEvent.click(part(list, '[part~="empty"] [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toHaveLength(program.tasks.length);
    expect(changes).toEqual([{}]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('src that answers 404', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list src="/fixtures/missing.json"></ct-task-list>');
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(problemsText(list)).toContain(vi.problem({ code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src that is not JSON shows how it starts', async () => {
    const warn = allowWarnings();
    const src = served('<!doctype html><html><body>Trang không tồn tại</body></html>', 'text/html');
    const list = await mount<CtTaskList>(`<ct-task-list src="${src}"></ct-task-list>`);
    expect(problemsText(list)).toContain('"<!doctype html><html><body>Trang không tồn tại</body></html>"');
    expect(problemsText(list)).toContain(src);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src that fails the schema names the field, in the words of core\'s validation', async () => {
    const warn = allowWarnings();
    const broken = structuredClone(program) as unknown as { tasks: Array<{ deadlines: Array<{ year: unknown }> }> };
    const index = broken.tasks.findIndex((task) => task.deadlines.length > 0);
    broken.tasks[index]!.deadlines[0]!.year = 'năm 2021';
    const list = await mount<CtTaskList>(`<ct-task-list src="${served(JSON.stringify(broken))}"></ct-task-list>`);
    const checked = validateProgram(broken);
    if (checked.success) throw new Error('core accepted the broken dataset');
    expect(checked.issues[0]?.path).toBe(`tasks[${index}].deadlines[0].year`);
    expect(problemsText(list)).toContain(`${checked.issues[0]!.path}: ${checked.issues[0]!.message}`);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src with a valid dataset is shown instead of the bundled one', async () => {
    const other = structuredClone(program);
    other.tasks[0]!.text = 'Nhiệm vụ thử nghiệm từ một tập dữ liệu khác.';
    const list = await mount<CtTaskList>(`<ct-task-list src="${served(JSON.stringify(other))}" limit="1"></ct-task-list>`);
    expect(textOf(part(list, '[part~="task-text"]'))).toBe(other.tasks[0]!.text);
  });
});

describe('on any page', () => {
  test('registering the elements again does not throw or replace them', async () => {
    expect(() => defineElement('ct-task-list', class extends CtTaskList {})).not.toThrow();
    expect(customElements.get('ct-task-list')).toBe(CtTaskList);
    // A second copy of the module, as when a page loads the script from two URLs: its own class
    // meets a taken tag.
    const copy = './task-list.js?second-copy';
    const second = (await import(/* @vite-ignore */ copy)) as typeof import('./task-list.js');
    expect(second.CtTaskList).not.toBe(CtTaskList);
    expect(customElements.get('ct-task-list')).toBe(CtTaskList);
  });

  test('printed: no controls, no buttons, every text whole', async () => {
    const list = await mount<CtTaskList>('<ct-task-list area="1.1" controls></ct-task-list>');
    const long = parts(list, '[part~="task-text"].collapsed')[0];
    expect(long).toBeDefined();
    await commands.emulateMedia('print');
    try {
      expect(getComputedStyle(part(list, '[part~="controls"]')).display).toBe('none');
      expect(getComputedStyle(part(list, '[part~="show-more"]')).display).toBe('none');
      expect(getComputedStyle(long!).overflow).toBe('visible');
      expect(getComputedStyle(long!).display).toBe('block');
    } finally {
      await commands.emulateMedia('screen');
    }
  });
});
