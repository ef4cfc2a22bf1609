import {
  AGENCY_ROLES,
  applyStatus,
  filterTasks,
  getAgency,
  matchesStatus,
  resolveArea,
  search,
  searchIndexJson,
  suggestQuery,
  STATUS_FILTERS,
  taskDetails,
  tasksToIcs,
  TIMELINESS,
  validateFilter,
  validateProgram,
  type TaskFilter,
} from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import ICAL from 'ical.js';
import { formatDate, formatDeadline, formatDeadlines, formatSourceLines, taskTitle } from '@chuongtrinh/core/format';
import { afterEach, describe, expect, test, vi as vitest } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, listen, mount, part, parts, settled, textOf } from '../../test/browser.js';
import { AS_OF, everyClass, overlay, served } from '../../test/overlays.js';
import { everyPrecisionProgram } from '../../test/precisions.js';
import type { DownloadDetail, FilterChangeDetail } from '../events.js';
import '../index.js';
import { defineElement } from '../shared/define.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import { CtTaskList, PAGE_SIZE } from './task-list.js';
import { problemVi } from '../translations/problems.vi.js';
import { problemEn } from '../translations/problems.en.js';

const shownIds = (list: CtTaskList) => parts(list, '[part~="task"]').map((task) => task.id);
const problemsText = (list: CtTaskList) => textOf(part(list, '[part~="problems"]'));
/** The ids of the first page of `tasks`. */
const firstPage = (tasks: ReadonlyArray<{ id: string }>) => tasks.slice(0, PAGE_SIZE).map((task) => task.id);
/** What the summary says of `total` tasks on the first page. */
const firstPageSummary = (total: number) => (total > PAGE_SIZE ? vi.shownOfTotal(PAGE_SIZE, total) : vi.tasks(total));
/** A task's title and body as the list shows them, one text. */
const titleAndBody = (element: Element) => [element.querySelector('[part~="task-title"]'), element.querySelector('[part~="task-text"]')].map(textOf).filter(Boolean).join(' ');

/** Opens the "filters" disclosure, closed by default in the test page's narrow frame. */
async function openFilters(list: CtTaskList): Promise<void> {
  const filters = part<HTMLDetailsElement>(list, '[part~="filters"]');
  if (!filters.open) await userEvent.click(filters.querySelector('summary')!);
  await vitest.waitFor(() => expect(filters.open).toBe(true));
}

// Lists with controls mirror their filters in the page's URL: each test starts from the page's own.
const pageUrl = location.href;
afterEach(() => history.replaceState(null, '', pageUrl));

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
    expect(shownIds(list)).toEqual(firstPage(expected));
    expect(textOf(part(list, '[part~="summary"]'))).toBe(firstPageSummary(expected.length));
  });

  test('at most `limit` tasks, and says how many there are in all', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong" limit="2"></ct-task-list>');
    const expected = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(shownIds(list)).toEqual(expected.slice(0, 2).map((task) => task.id));
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.shownOfTotal(2, expected.length));
  });

  test('search results in core\'s order, each showing core\'s excerpt with the matches highlighted', async () => {
    const list = await mount<CtTaskList>('<ct-task-list query="chuyển đổi số"></ct-task-list>');
    const results = search(program, 'chuyển đổi số');
    expect(results.length).toBeGreaterThan(0);
    expect(shownIds(list)).toEqual(firstPage(results.map((result) => result.task)));
    for (const [index, task] of parts(list, '[part~="task"]').entries()) {
      const { excerpt, task: found, highlights } = results[index]!;
      const { title } = taskTitle(found.text);
      const marks = [...task.querySelectorAll('mark[part~="highlight"]')].map((mark) => mark.textContent);
      if (excerpt.text === found.text) {
        // A text short enough to be whole: its title and body, highlighted where they match.
        expect(titleAndBody(task)).toBe(`${title} ${taskTitle(found.text).body}`.trim());
        expect(marks.join('')).toBe(highlights.map(([start, end]) => found.text.slice(start, end)).join(''));
      } else {
        expect(textOf(task.querySelector('[part~="task-text"]'))).toBe(excerpt.text);
        const inTitle = highlights.filter(([start]) => start < title.length).map(([start, end]) => found.text.slice(start, Math.min(end, title.length)));
        expect(marks).toEqual([...inTitle, ...excerpt.highlights.map(([start, end]) => excerpt.text.slice(start, end))]);
      }
    }
    await expectNoAxeViolations();
  });

  test('a search result expands from its excerpt to the whole text, still highlighted', async () => {
    const list = await mount<CtTaskList>('<ct-task-list query="chuyển đổi số"></ct-task-list>');
    const [first] = search(program, 'chuyển đổi số');
    expect(first!.excerpt.text).not.toBe(first!.task.text);
    const task = part(list, `[id="${first!.task.id}"]`);
    await userEvent.click(task.querySelector<HTMLButtonElement>('[part~="show-more"]')!);
    await list.updateComplete;
    expect(titleAndBody(task)).toBe(Object.values(taskTitle(first!.task.text)).join(' ').trim());
    const marks = [...task.querySelectorAll('mark[part~="highlight"]')].map((mark) => mark.textContent);
    expect(marks.join('')).toBe(first!.highlights.map(([start, end]) => first!.task.text.slice(start, end)).join(''));
  });

  test('search-index-src: the prebuilt index is loaded and gives core\'s results', async () => {
    const list = await mount<CtTaskList>(`<ct-task-list debug query="nong thon moi" search-index-src="${served(searchIndexJson(program))}"></ct-task-list>`);
    await settled(list);
    expect(shownIds(list)).toEqual(firstPage(search(program, 'nong thon moi').map((result) => result.task)));
    expect(list.shadowRoot?.querySelector('[part~="problems"]')).toBeNull();
  });

  test('a search index that cannot be used is reported with why, and search still works', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>(`<ct-task-list debug query="nong thon moi" search-index-src="${served('{"format":"other"}')}"></ct-task-list>`);
    await settled(list);
    expect(problemsText(list)).toContain('search-index-src');
    expect(problemsText(list)).toContain('expected "format": "chuongtrinh-search-index"');
    expect(shownIds(list)).toEqual(firstPage(search(program, 'nong thon moi').map((result) => result.task)));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a mistyped search offers core\'s suggestion, and choosing it searches for it', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    await userEvent.type(part(list, '[part~="search-input"]'), 'chuyen doi s0');
    await settled(list);
    const suggestion = suggestQuery(program, 'chuyen doi s0')!;
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.noMatchingTasks);
    expect(textOf(part(list, '[part~="empty"]'))).toContain(`${vi.didYouMean} ${suggestion}`);
    await expectNoAxeViolations();
    await userEvent.click(part(list, '[part~="suggestion"]'));
    await settled(list);
    expect(part<HTMLInputElement>(list, '[part~="search-input"]').value).toBe(suggestion);
    expect(shownIds(list)).toEqual(firstPage(search(program, suggestion).map((result) => result.task)));
  });

  test('each task with its title and body, section, agencies and roles, deadlines, citations and source lines', async () => {
    const list = await mount<CtTaskList>('<ct-task-list year="2021" limit="100"></ct-task-list>');
    expect(shownIds(list)).toEqual(filterTasks(program, { year: 2021 }).map((task) => task.id));
    for (const element of parts(list, '[part~="task"]')) {
      const details = taskDetails(program, element.id)!;
      const { task } = details;
      const { title, body } = taskTitle(task.text);
      expect(textOf(element.querySelector('[part~="task-title"]'))).toBe(title);
      expect(textOf(element.querySelector('[part~="task-text"]'))).toBe(body);
      expect(element.querySelector('[part~="task-title"]')?.getAttribute('lang')).toBe('vi');
      const section = details.section?.title ?? details.area.title;
      expect(section.startsWith(textOf(element.querySelector('[part~="area"]')).replace(/…$/, ''))).toBe(true);
      const agencies = details.agencies.map(({ agency, role }) => `${agency.name} (${vi.roles[role]})`);
      expect([...element.querySelectorAll('[part~="agencies"] li')].map(textOf)).toEqual(agencies);
      const deadlines = textOf(element.querySelector('[part~="deadlines"]'));
      expect(deadlines).toBe(`${vi.deadlinesLabel}: ${task.deadlines.length > 0 ? formatDeadlines(task.deadlines, 'vi') : vi.noDeadline}`);
      for (const reference of details.references) expect(textOf(element)).toContain(reference.number);
      expect(textOf(element.querySelector('[part~="citation"]'))).toBe(vi.sourceLines(formatSourceLines(task.source, 'vi')));
    }
  });

  test('a deadline reads at its precision, in Vietnamese and in English', async () => {
    const precise = everyPrecisionProgram();
    const words = (lang: string) =>
      mount<CtTaskList>(`<ct-task-list src="${served(JSON.stringify(precise))}" lang="${lang}"></ct-task-list>`).then((list) => parts(list, '[part~="deadlines"]').map(textOf));
    for (const lang of ['vi', 'en'] as const) {
      const label = lang === 'vi' ? vi.deadlinesLabel : en.deadlinesLabel;
      expect(await words(lang)).toEqual(
        precise.tasks.map((task) => `${label}: ${task.deadlines.length > 0 ? formatDeadlines(task.deadlines, lang) : (lang === 'vi' ? vi : en).noDeadline}`),
      );
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
    listen('ct-filter-change', (event) => changes.push(event.detail));
    const select = (name: string) => part<HTMLSelectElement>(list, `select[name="${name}"]`);
    await openFilters(list);

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
    expect(shownIds(list)).toEqual(firstPage(program.tasks));
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
    expect(shownIds(list)).toEqual(firstPage(expected.map((result) => result.task)));
    expect(parts(list, 'mark').length).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });

  test('a search that finds nothing is announced by the live region, which stays; clearing from the message keeps focus in the widget', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const summary = part(list, '[part~="summary"]');
    expect(summary.getAttribute('role')).toBe('status');
    await userEvent.type(part(list, '[part~="search-input"]'), 'zzqxw');
    await settled(list);
    // The same element, so assistive technology announces its new text.
    expect(part(list, '[part~="summary"]')).toBe(summary);
    expect(textOf(summary)).toBe(vi.noMatchingTasks);
    expect(parts(list, '[part~="task"]')).toHaveLength(0);
    await expectNoAxeViolations();
    await userEvent.click(part(list, '[part~="empty"] [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toEqual(firstPage(program.tasks));
    expect(textOf(summary)).toBe(firstPageSummary(program.tasks.length));
    expect(part<HTMLInputElement>(list, '[part~="search-input"]').value).toBe('');
    expect(document.activeElement).toBe(list);
    expect(list.shadowRoot?.activeElement).toBe(part(list, '[part~="search-input"]'));
  });

  test('without controls, clearing from the empty message moves focus to the summary', async () => {
    const warn = allowWarnings();
    const { agency, year } = emptyCombination();
    const list = await mount<CtTaskList>(`<ct-task-list agency="${agency}" year="${year}"></ct-task-list>`);
    await userEvent.click(part(list, '[part~="empty"] [part~="clear-button"]'));
    await list.updateComplete;
    expect(list.shadowRoot?.activeElement).toBe(part(list, '[part~="summary"]'));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('"show more" only on texts that are clamped, and it opens from the keyboard', async () => {
    // Wide enough that some bodies fit in four lines and others do not.
    const list = await mount<CtTaskList>('<ct-task-list area="1.1" style="width: 1000px"></ct-task-list>');
    const tasks = parts(list, '[part~="task"]');
    const overflows = (task: Element) => {
      const text = task.querySelector<HTMLElement>('[part~="task-text"]');
      return text !== null && text.scrollHeight > text.clientHeight + 1;
    };
    const withBody = tasks.filter((task) => task.querySelector('[part~="task-text"]'));
    expect(withBody.filter(overflows).length).toBeGreaterThan(0);
    expect(withBody.filter((task) => !overflows(task)).length).toBeGreaterThan(0);
    await vitest.waitFor(() => {
      for (const element of tasks) expect(element.querySelector('[part~="show-more"]') !== null).toBe(overflows(element));
    });
    const task = tasks.find(overflows)!;
    const button = task.querySelector<HTMLButtonElement>('[part~="show-more"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(task.querySelector('[part~="task-text"]')?.classList.contains('collapsed')).toBe(true);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(button)).toBe(`${vi.showLess}: ${taskTitle(taskDetails(program, task.id)!.task.text).title}`);
    expect(task.querySelector('[part~="task-text"]')?.classList.contains('collapsed')).toBe(false);
    await expectNoAxeViolations();
  });

  test('following a task\'s link fires ct-task-select and highlights the task', async () => {
    const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong"></ct-task-list>');
    const [first] = filterTasks(program, { agency: 'so-cong-thuong' });
    const selected: string[] = [];
    listen('ct-task-select', (event) => selected.push(event.detail.taskId));
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

  test.each(['#%', '#%E0%A4%A', '#%C0%AF'])('a fragment that is not valid percent-encoding (%s) leaves the list working', async (hash) => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    history.replaceState(null, '', hash);
    try {
      const list = await mount<CtTaskList>('<ct-task-list area="6"></ct-task-list>');
      expect(shownIds(list)).toEqual(filterTasks(program, { area: '6' }).map((task) => task.id));
      expect(part(list, '[part~="base"]').getAttribute('aria-busy')).toBe('false');
      const target = filterTasks(program, { area: '6' }).at(-1)!;
      location.hash = '#%E0%A4';
      location.hash = `#${target.id}`;
      await vitest.waitFor(() => expect(part(list, `[id="${target.id}"]`).classList.contains('targeted')).toBe(true));
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  test('setting properties from code fires no event', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const listener = vitest.fn();
    listen('ct-filter-change', listener);
    list.agency = 'so-cong-thuong';
    list.query = 'điện';
    await settled(list);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('every task within reach: pages, links to a task, the filters in the URL', () => {
  const moreButton = (list: CtTaskList) => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');

  test('"Xem thêm nhiệm vụ" shows the next page, says how many, and moves focus to its first task, until every task core has is shown', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const all = program.tasks.map((task) => task.id);
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    expect(shownIds(list)).toEqual(all.slice(0, PAGE_SIZE));
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.shownOfTotal(PAGE_SIZE, all.length));
    let clicks = 0;
    while (moreButton(list)) {
      const before = shownIds(list).length;
      expect(textOf(moreButton(list))).toBe(vi.moreTasks);
      await userEvent.click(moreButton(list)!);
      await list.updateComplete;
      const shown = Math.min(before + PAGE_SIZE, all.length);
      expect(shownIds(list)).toEqual(all.slice(0, shown));
      expect(list.shadowRoot?.activeElement).toBe(part(list, `[id="${all[before]}"]`));
      expect(textOf(part(list, '[part~="summary"]'))).toBe(shown < all.length ? vi.shownOfTotal(shown, all.length) : vi.tasks(all.length));
      if (clicks++ === 0) await expectNoAxeViolations();
    }
    expect(clicks).toBe(Math.ceil(all.length / PAGE_SIZE) - 1);
    await expectNoAxeViolations();
  });

  test('`limit` is the page size; a new filter starts again on the first page', async () => {
    const list = await mount<CtTaskList>('<ct-task-list area="1" limit="7"></ct-task-list>');
    const area = filterTasks(program, { area: '1' }).map((task) => task.id);
    expect(area.length).toBeGreaterThan(14);
    expect(shownIds(list)).toEqual(area.slice(0, 7));
    await userEvent.click(moreButton(list)!);
    await list.updateComplete;
    expect(shownIds(list)).toEqual(area.slice(0, 14));
    list.area = '6';
    await list.updateComplete;
    expect(shownIds(list)).toEqual(
      filterTasks(program, { area: '6' })
        .slice(0, 7)
        .map((task) => task.id),
    );
  });

  test('#task-10-3-1, past the first page, opens the page it is on, then scrolls to and focuses it', async () => {
    const index = program.tasks.findIndex((task) => task.id === 'task-10-3-1');
    expect(index).toBeGreaterThanOrEqual(PAGE_SIZE);
    history.replaceState(null, '', '#task-10-3-1');
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    await list.updateComplete;
    const task = part(list, '[id="task-10-3-1"]');
    expect(shownIds(list)).toEqual(program.tasks.slice(0, Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE).map((item) => item.id));
    expect(task.classList.contains('targeted')).toBe(true);
    expect(list.shadowRoot?.activeElement).toBe(task);
    const { top } = task.getBoundingClientRect();
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(window.innerHeight);
    await expectNoAxeViolations();
  });

  test('a link to a later page followed after loading (hashchange) opens that page too', async () => {
    const list = await mount<CtTaskList>('<ct-task-list></ct-task-list>');
    const last = program.tasks.at(-1)!;
    expect(shownIds(list)).not.toContain(last.id);
    location.hash = `#${last.id}`;
    await vitest.waitFor(() => expect(list.shadowRoot?.activeElement).toBe(part(list, `[id="${last.id}"]`)));
    expect(shownIds(list)).toEqual(program.tasks.map((task) => task.id));
  });

  test('the search and filters are mirrored in the URL without new history entries, and a reload restores them', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    const entries = history.length;
    await openFilters(list);
    await userEvent.selectOptions(part<HTMLSelectElement>(list, 'select[name="agency"]'), 'so-cong-thuong');
    await userEvent.type(part(list, '[part~="search-input"]'), 'điện');
    await settled(list);
    const query = new URLSearchParams(location.search);
    expect(query.get('co-quan')).toBe('so-cong-thuong');
    expect(query.get('q')).toBe('điện');
    expect(history.length).toBe(entries);

    list.closest('main')!.remove();
    const reloaded = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    expect(part<HTMLSelectElement>(reloaded, 'select[name="agency"]').value).toBe('so-cong-thuong');
    expect(part<HTMLInputElement>(reloaded, '[part~="search-input"]').value).toBe('điện');
    const expected = search(program, 'điện', { filter: { agency: 'so-cong-thuong' } });
    expect(expected.length).toBeGreaterThan(0);
    expect(shownIds(reloaded)).toEqual(firstPage(expected.map((result) => result.task)));
    await expectNoAxeViolations();
  });

  test('the host\'s attributes stay the defaults: the URL says only what a visitor changed', async () => {
    expect(filterTasks(program, { agency: 'so-cong-thuong', area: '1' })).not.toHaveLength(0);
    const list = await mount<CtTaskList>('<ct-task-list controls agency="so-cong-thuong" area="1"></ct-task-list>');
    await openFilters(list);
    expect(location.search).not.toContain('co-quan');
    await userEvent.selectOptions(part<HTMLSelectElement>(list, 'select[name="agency"]'), '');
    await list.updateComplete;
    const query = new URLSearchParams(location.search);
    expect(query.get('co-quan')).toBe('');
    expect(query.has('linh-vuc')).toBe(false);

    list.closest('main')!.remove();
    const reloaded = await mount<CtTaskList>('<ct-task-list controls agency="so-cong-thuong" area="1"></ct-task-list>');
    expect(shownIds(reloaded)).toEqual(firstPage(filterTasks(program, { area: '1' })));
    await expectNoAxeViolations();
  });

  test('two lists on one page, each with its url-key, keep their own filters', async () => {
    await mount<CtTaskList>('<ct-task-list controls url-key="a"></ct-task-list><ct-task-list controls url-key="b" area="6"></ct-task-list>');
    const [first, second] = [...document.querySelectorAll('ct-task-list')];
    await settled(second!);
    await userEvent.type(part(first!, '[part~="search-input"]'), 'du lịch');
    await settled(first!);
    await openFilters(second!);
    await userEvent.selectOptions(part<HTMLSelectElement>(second!, 'select[name="year"]'), '2021');
    await second!.updateComplete;
    const query = new URLSearchParams(location.search);
    expect([query.get('a-q'), query.get('b-nam'), query.get('q'), query.get('a-nam'), query.get('b-q')]).toEqual(['du lịch', '2021', null, null, null]);

    document.body.replaceChildren();
    await mount<CtTaskList>('<ct-task-list controls url-key="a"></ct-task-list><ct-task-list controls id="other-list" url-key="b" area="6"></ct-task-list>');
    const [a, b] = [...document.querySelectorAll('ct-task-list')];
    await settled(a!);
    await settled(b!);
    expect(shownIds(a!)).toEqual(firstPage(search(program, 'du lịch').map((result) => result.task)));
    expect(shownIds(b!)).toEqual(firstPage(filterTasks(program, { area: '6', year: 2021 })));
  });

  test('two lists with controls: headings at heading-level naming what each shows, and no two landmarks named alike', async () => {
    await mount<CtTaskList>('<h3>Sở Công Thương và lĩnh vực 6</h3><ct-task-list controls heading-level="4" agency="so-cong-thuong" limit="2"></ct-task-list><ct-task-list controls heading-level="4" area="6" limit="2"></ct-task-list>');
    const lists = [...document.querySelectorAll<CtTaskList>('ct-task-list')];
    for (const list of lists) await settled(list);
    const headings = lists.map((list) => part(list, '[part~="heading"]'));
    expect(headings.map((heading) => heading.localName)).toEqual(['h4', 'h4']);
    expect(textOf(headings[0]!)).toBe(`${vi.tasksHeading}: ${getAgency(program, 'so-cong-thuong')!.name}`);
    expect(textOf(headings[1]!)).toBe(`${vi.tasksHeading}: ${vi.areaLabel} ${resolveArea(program, '6')!.area.number}`);
    // A landmark's name from its aria-labelledby, as the accessibility tree gives it.
    const nameOf = (list: CtTaskList, element: Element) =>
      element.getAttribute('aria-labelledby')!.split(' ').map((id) => textOf(list.shadowRoot!.getElementById(id)!)).join(' ');
    const searches = lists.map((list) => nameOf(list, part(list, '[role="search"]')));
    expect(searches).toEqual(headings.map((heading) => `${vi.filtersLabel} ${textOf(heading)}`));
    expect(new Set(searches).size).toBe(2);
    expect(lists.map((list) => nameOf(list, part(list, '[part~="list"]')))).toEqual(headings.map(textOf));
    await expectNoAxeViolations();
  });

  test('a list without agency or area is headed "Nhiệm vụ" at the default level, under the page\'s h2', async () => {
    const list = await mount<CtTaskList>('<ct-task-list limit="1"></ct-task-list>', { lang: 'en' });
    expect(part(list, '[part~="heading"]').localName).toBe('h3');
    expect(textOf(part(list, '[part~="heading"]'))).toBe(en.tasksHeading);
  });

  test('without url-key, the element\'s id prefixes its parameters; no-url keeps the URL alone', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls id="ds1"></ct-task-list>');
    await userEvent.type(part(list, '[part~="search-input"]'), 'nước');
    await settled(list);
    expect(new URLSearchParams(location.search).get('ds1-q')).toBe('nước');
    list.closest('main')!.remove();
    const before = location.href;
    const quiet = await mount<CtTaskList>('<ct-task-list controls id="ds1" no-url></ct-task-list>');
    expect(part<HTMLInputElement>(quiet, '[part~="search-input"]').value).toBe('');
    await userEvent.type(part(quiet, '[part~="search-input"]'), 'rừng');
    await settled(quiet);
    expect(location.href).toBe(before);
  });

  test('each link and "show more" button has its own accessible name, from the task\'s title', async () => {
    const list = await mount<CtTaskList>(`<ct-task-list limit="${program.tasks.length}"></ct-task-list>`);
    const tasks = parts(list, '[part~="task"]');
    const links = tasks.map((task) => textOf(task.querySelector('[part~="permalink"]')));
    expect(links).toEqual(tasks.map((task) => `${vi.permalink}: ${taskTitle(taskDetails(program, task.id)!.task.text).title}`));
    expect(new Set(links).size).toBe(links.length);
    await vitest.waitFor(() => expect(parts(list, '[part~="show-more"]').length).toBeGreaterThan(0));
    const buttons = parts(list, '[part~="show-more"]').map(textOf);
    expect(new Set(buttons).size).toBe(buttons.length);
    for (const name of buttons) expect(name.startsWith(`${vi.showMore}: `)).toBe(true);
  });

  test('on a phone the filters start closed, so the first screen shows tasks; on a wide page they start open', async () => {
    const narrow = await mount<CtTaskList>('<ct-task-list controls style="width: 360px"></ct-task-list>');
    await vitest.waitFor(() => expect(part<HTMLDetailsElement>(narrow, '[part~="filters"]').open).toBe(false));
    expect(textOf(part(narrow, '[part~="filters"] summary'))).toBe(vi.filtersToggle);
    expect(part(narrow, '[part~="task"]').getBoundingClientRect().top).toBeLessThan(window.innerHeight);
    await expectNoAxeViolations();
    await openFilters(narrow);
    await userEvent.selectOptions(part<HTMLSelectElement>(narrow, 'select[name="year"]'), '2021');
    await narrow.updateComplete;
    expect(part<HTMLDetailsElement>(narrow, '[part~="filters"]').open).toBe(true);
    expect(textOf(part(narrow, '[part~="filters"] summary'))).toBe(`${vi.filtersToggle} (${vi.activeFilters(1)})`);
    narrow.closest('main')!.remove();

    const wide = await mount<CtTaskList>('<ct-task-list controls style="width: 900px"></ct-task-list>');
    await vitest.waitFor(() => expect(part<HTMLDetailsElement>(wide, '[part~="filters"]').open).toBe(true));
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
    const list = await mount<CtTaskList>(`<ct-task-list debug ${attributes}></ct-task-list>`);
    const [problem] = validateFilter(program, filter);
    expect(problem).toBeDefined();
    expect(problemsText(list)).toContain(problemVi(problem!));
    expect(parts(list, '[part~="task"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(problemVi(problem!));
    await expectNoAxeViolations();
  });

  test('an unknown agency suggests the closest ids, in the page language', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug lang="en" agency="so-cong-thong" controls></ct-task-list>');
    const [problem] = validateFilter(program, { agency: 'so-cong-thong' });
    if (problem?.code !== 'unknown-agency') throw new Error('core did not report an unknown agency');
    expect(problem.suggestions.map((agency) => agency.id)).toContain('so-cong-thuong');
    for (const agency of problem.suggestions) expect(problemsText(list)).toContain(`"${agency.id}"`);
    expect(problemsText(list)).toContain('Did you mean');
    // The visitor can still choose an agency.
    await openFilters(list);
    await userEvent.selectOptions(part<HTMLSelectElement>(list, 'select[name="agency"]'), 'so-cong-thuong');
    await list.updateComplete;
    expect(list.shadowRoot?.querySelector('[part~="problems"]')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a megabyte agency or query attribute is read up to its first 1,000 characters', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug></ct-task-list>');
    list.setAttribute('agency', `so-cong-thong${'x'.repeat(1_000_000)}`);
    list.setAttribute('query', 'điện '.repeat(200_000));
    await settled(list);
    expect(list.agency).toHaveLength(1000);
    expect(list.query).toHaveLength(1000);
    expect(problemsText(list)).toContain('so-cong-thuong');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a year that is not a year', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug year="năm 2021"></ct-task-list>');
    expect(problemsText(list)).toContain(problemVi({ code: 'malformed-attribute', field: 'year', value: 'năm 2021' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a limit that is not a positive number is reported, and the whole list shown', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug area="2" limit="0"></ct-task-list>');
    expect(problemsText(list)).toContain(problemVi({ code: 'malformed-attribute', field: 'limit', value: '0' }));
    expect(shownIds(list)).toEqual(filterTasks(program, { area: '2' }).map((task) => task.id));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a filter that matches nothing says so and offers to clear the filters', async () => {
    const warn = allowWarnings();
    const { agency, year } = emptyCombination();
    const list = await mount<CtTaskList>(`<ct-task-list agency="${agency}" year="${year}"></ct-task-list>`);
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.noMatchingTasks);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`agency="${agency}" year="${year}"`);
    await expectNoAxeViolations();
    const changes: FilterChangeDetail[] = [];
    listen('ct-filter-change', (event) => changes.push(event.detail));
    await userEvent.click(part(list, '[part~="empty"] [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toEqual(firstPage(program.tasks));
    expect(changes).toEqual([{}]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('src that answers 404', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug src="/fixtures/missing.json"></ct-task-list>');
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(problemsText(list)).toContain(problemVi({ code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src that is not JSON shows how it starts', async () => {
    const warn = allowWarnings();
    const src = served('<!doctype html><html><body>Trang không tồn tại</body></html>', 'text/html');
    const list = await mount<CtTaskList>(`<ct-task-list debug src="${src}"></ct-task-list>`);
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
    const list = await mount<CtTaskList>(`<ct-task-list debug src="${served(JSON.stringify(broken))}"></ct-task-list>`);
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
    expect(textOf(part(list, '[part~="task-title"]'))).toBe(taskTitle(other.tasks[0]!.text).title);
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
    await vitest.waitFor(() => expect(parts(list, '[part~="show-more"]').length).toBeGreaterThan(0));
    await commands.emulateMedia('print');
    try {
      expect(getComputedStyle(part(list, '[part~="controls"]')).display).toBe('none');
      // A text printed whole no longer needs its button: it may be gone, and is never shown.
      const buttons = parts(list, 'button:not([part~="source"])');
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) expect(getComputedStyle(button).display).toBe('none');
      // The citation stays, as its text.
      expect(parts(list, '[part~="source"]').every((citation) => getComputedStyle(citation).display !== 'none')).toBe(true);
      expect(getComputedStyle(long!).overflow).toBe('visible');
      expect(getComputedStyle(long!).display).toBe('block');
    } finally {
      await commands.emulateMedia('screen');
    }
  });
});

describe('status overlays (status-src)', () => {
  const badgesOf = (list: CtTaskList, taskId: string) => ({
    status: textOf(part(list, `[id="${taskId}"] [part~="status-badge"]`)),
    timeliness: textOf(part(list, `[id="${taskId}"] [part~="timeliness-badge"]`)),
  });

  test('each task shows the status and timeliness core derives, as of the as-of date', async () => {
    const { entries } = everyClass();
    const list = await mount<CtTaskList>(`<ct-task-list status-src="${served(overlay(entries))}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    // The fixture covers every class, so every badge kind is checked.
    expect(TIMELINESS.filter((level) => report.counts[level] === 0)).toEqual([]);
    expect(shownIds(list)).toEqual(program.tasks.map((task) => task.id));
    for (const progress of report.tasks) {
      expect(badgesOf(list, progress.task.id)).toEqual({ status: vi.statuses[progress.status ?? 'unreported'], timeliness: vi.timeliness[progress.timeliness] });
    }
    await expectNoAxeViolations();
  });

  test('each deadline carries its own timeliness, a yearly one year by year; and the report\'s date, note and evidence', async () => {
    const { entries, tasks } = everyClass();
    const list = await mount<CtTaskList>(`<ct-task-list status-src="${served(overlay(entries))}" as-of="${AS_OF}" lang="en" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const progress = report.tasks.find((item) => item.task.id === tasks.notDue.id)!;
    const marks = parts(list, `[id="${tasks.notDue.id}"] [part~="deadline-timeliness"]`).map((element) => [...element.querySelectorAll('.mark')].map(textOf));
    expect(marks).toEqual(
      tasks.notDue.deadlines.map((deadline) => {
        const judgements = progress.deadlines.filter((judgement) => judgement.deadline === deadline);
        const yearly = deadline.kind === 'annual';
        return judgements.map((judgement) => `${yearly ? `${judgement.year} ` : ''}${en.timelinessShort[judgement.timeliness]}`);
      }),
    );
    // The deadline and its marks stay apart in the text a screen reader reads and a copy takes.
    const deadlineTexts = parts(list, `[id="${tasks.notDue.id}"] .deadline-progress`).map((element) => element.textContent);
    expect(deadlineTexts).toEqual(
      tasks.notDue.deadlines.map((deadline, index) => `${formatDeadline(deadline, 'en')} · ${marks[index]!.join(', ')}`),
    );
    const done = textOf(part(list, `[id="${tasks.onTime.id}"] [part~="progress"]`));
    expect(done).toContain(en.completedOn(formatDate('2021-12-31', 'en')));
    expect(done).toContain('completed on 31 December 2021');
    expect(done).toContain('Đã ban hành kế hoạch');
    expect(part<HTMLAnchorElement>(list, `[id="${tasks.onTime.id}"] [part~="evidence"]`).href).toBe('https://example.org/ke-hoach');
    await expectNoAxeViolations();
  });

  test('several overlays, one per agency, separated by spaces, are combined', async () => {
    const { entries, tasks } = everyClass();
    const first = overlay(entries.slice(0, 3), { reporter: 'so-a' });
    const second = overlay(entries.slice(3), { reporter: 'so-b' });
    const list = await mount<CtTaskList>(`<ct-task-list status-src="  ${served(first)}\n ${served(second)} " as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [first, second], { asOf: AS_OF });
    for (const task of Object.values(tasks)) {
      const progress = report.tasks.find((item) => item.task.id === task.id)!;
      expect(badgesOf(list, task.id).timeliness).toBe(vi.timeliness[progress.timeliness]);
    }
  });

  test.each(STATUS_FILTERS)('status="%s" lists the tasks core puts in that class', async (status) => {
    const { entries } = everyClass();
    const list = await mount<CtTaskList>(
      `<ct-task-list status-src="${served(overlay(entries))}" as-of="${AS_OF}" status="${status}" limit="${program.tasks.length}"></ct-task-list>`,
      {},
    );
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const expected = report.tasks.filter((progress) => matchesStatus(progress, status));
    expect(expected, 'the fixture has tasks of every class').not.toHaveLength(0);
    expect(shownIds(list)).toEqual(expected.map((progress) => progress.task.id));
  });

  test('visitors filter by progress with the select; the choice is announced in ct-filter-change', async () => {
    const { entries } = everyClass();
    const list = await mount<CtTaskList>(`<ct-task-list controls status-src="${served(overlay(entries))}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const changes: FilterChangeDetail[] = [];
    listen('ct-filter-change', (event) => changes.push(event.detail));
    const select = part<HTMLSelectElement>(list, 'select[name="status"]');
    await openFilters(list);
    expect([...select.options].map((option) => option.value).filter(Boolean)).toEqual([...STATUS_FILTERS]);

    await userEvent.selectOptions(select, 'open-overdue');
    await list.updateComplete;
    const overdue = report.tasks.filter((progress) => progress.timeliness === 'open-overdue').map((progress) => progress.task.id);
    expect(overdue.length).toBeGreaterThan(0);
    expect(shownIds(list)).toEqual(overdue);
    for (const id of shownIds(list)) expect(badgesOf(list, id).timeliness).toBe(vi.timeliness['open-overdue']);
    await expectNoAxeViolations();

    await userEvent.selectOptions(part<HTMLSelectElement>(list, 'select[name="year"]'), '2021');
    await list.updateComplete;
    const year2021 = new Set(filterTasks(program, { year: 2021 }).map((task) => task.id));
    expect(shownIds(list)).toEqual(overdue.filter((id) => year2021.has(id)));

    await userEvent.selectOptions(select, 'done');
    await list.updateComplete;
    expect(shownIds(list)).toEqual(report.tasks.filter((progress) => progress.status === 'done' && year2021.has(progress.task.id)).map((progress) => progress.task.id));
    expect(changes).toEqual([{ status: 'open-overdue' }, { year: 2021, status: 'open-overdue' }, { year: 2021, status: 'done' }]);

    await userEvent.click(part(list, 'form [part~="clear-button"]'));
    await list.updateComplete;
    expect(shownIds(list)).toHaveLength(program.tasks.length);
    expect(parts<HTMLSelectElement>(list, 'select').map((element) => element.value)).toEqual(['', '', '', '', '']);
    expect(changes.at(-1)).toEqual({});
  });

  test('without status-src there are no badges and no progress select', async () => {
    const list = await mount<CtTaskList>('<ct-task-list controls agency="so-cong-thuong"></ct-task-list>');
    expect(parts(list, '[part~="status-badge"], [part~="timeliness-badge"], select[name="status"]')).toEqual([]);
  });

  test('in English', async () => {
    const { entries, tasks } = everyClass();
    const list = await mount<CtTaskList>(
      `<ct-task-list debug controls lang="en" status-src="${served(overlay(entries))}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`,
    );
    expect(badgesOf(list, tasks.overdue.id)).toEqual({ status: en.statuses['in-progress'], timeliness: en.timeliness['open-overdue'] });
    expect(textOf(part(list, 'select[name="status"]').closest('label')!.querySelector('span'))).toBe(en.statusFilterLabel);
    await expectNoAxeViolations();
  });
});

describe('bad overlays: shown in the widget, one warning each, the valid entries still applied', () => {
  const problemsOf = (list: CtTaskList) => parts(list, '[part~="problems"] li').map(textOf);

  test('an overlay that answers 404: the other overlay still applies', async () => {
    const warn = allowWarnings();
    const { entries, tasks } = everyClass();
    const good = served(overlay(entries));
    const list = await mount<CtTaskList>(`<ct-task-list debug status-src="/fixtures/missing.json ${good}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(problemsOf(list)).toEqual([problemVi({ code: 'status-fetch', failure: { code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' } })]);
    expect(textOf(part(list, '[part~="problems"] .problems-title'))).toBe(vi.statusProblemsTitle);
    expect(textOf(part(list, `[id="${tasks.onTime.id}"] [part~="timeliness-badge"]`))).toBe(vi.timeliness['done-on-time']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(url);
    await expectNoAxeViolations();
  });

  test('an overlay that is not JSON shows how it starts; with no usable overlay, no task is marked at all', async () => {
    const warn = allowWarnings();
    const src = served('<!doctype html><p>Không tìm thấy trang</p>', 'text/html');
    const list = await mount<CtTaskList>(`<ct-task-list debug status-src="${src}" agency="so-cong-thuong"></ct-task-list>`);
    expect(problemsOf(list)).toEqual([problemVi({ code: 'status-fetch', failure: { code: 'not-json', url: src, bundled: false, excerpt: '<!doctype html><p>Không tìm thấy trang</p>' } })]);
    expect(shownIds(list)).toEqual(filterTasks(program, { agency: 'so-cong-thuong' }).map((task) => task.id));
    expect(parts(list, '[part~="timeliness-badge"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an overlay of many bad entries: ten problems shown and logged, the rest counted', async () => {
    const warn = allowWarnings();
    const entries = Array.from({ length: 500 }, (_, index) => ({ taskId: `task-khong-co-${index}`, status: 'done', updated: '2022-01-05' }));
    const list = await mount<CtTaskList>(`<ct-task-list debug status-src="${served(overlay(entries))}" agency="so-cong-thuong"></ct-task-list>`);
    expect(parts(list, '[part~="problems"] li')).toHaveLength(10);
    expect(textOf(part(list, '[part~="problems"] .problems-more'))).toBe(vi.moreProblems(490));
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = String(warn.mock.calls[0]?.[0]).split('\n');
    expect(logged).toHaveLength(12);
    expect(logged.at(-1)).toBe(vi.moreProblems(490));
    await expectNoAxeViolations();
  });

  const ENTRY_MISTAKES: Array<{ name: string; bad: Record<string, unknown>; path: string }> = [
    { name: 'a status that is not one', bad: { status: 'finished' }, path: 'entries[1].status' },
    { name: 'a date that is not a date', bad: { updated: '30/06/2022' }, path: 'entries[1].updated' },
    { name: 'an unknown task id', bad: { taskId: 'task-99-z-1' }, path: 'entries[1].taskId' },
    { name: 'completedOn without status done', bad: { status: 'in-progress', completedOn: '2022-01-01' }, path: 'entries[1].completedOn' },
  ];

  test.each(ENTRY_MISTAKES)('$name: named by its JSON path in core\'s words; the valid entry still applies', async ({ bad, path }) => {
    const warn = allowWarnings();
    const { tasks } = everyClass();
    const valid = { taskId: tasks.onTime.id, status: 'done', updated: '2022-01-05', completedOn: '2021-12-31' };
    const body = overlay([valid, { taskId: tasks.late.id, status: 'done', updated: '2022-01-05', ...bad }]);
    const src = served(body);
    const list = await mount<CtTaskList>(`<ct-task-list debug status-src="${src}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [body], { asOf: AS_OF, labels: [src] });
    expect(report.issues.map((issue) => issue.path)).toEqual([path]);
    const [issue] = report.issues;
    expect(problemsOf(list)).toEqual([problemVi({ code: 'status-issue', url: src, path: issue!.path, message: issue!.message })]);
    expect(problemsOf(list)[0]).toContain(path);
    expect(textOf(part(list, `[id="${tasks.onTime.id}"] [part~="timeliness-badge"]`))).toBe(vi.timeliness['done-on-time']);
    // The bad entry is left out whole: the task reads as not reported.
    expect(textOf(part(list, `[id="${tasks.late.id}"] [part~="status-badge"]`))).toBe(vi.statuses.unreported);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(path);
    await expectNoAxeViolations();
  });

  test('two overlays that disagree on a task: the conflict is reported, the entry updated last applies', async () => {
    const warn = allowWarnings();
    const { tasks } = everyClass();
    const first = overlay([{ taskId: tasks.late.id, status: 'in-progress', updated: '2022-01-02' }], { reporter: 'so-a' });
    const second = overlay([{ taskId: tasks.late.id, status: 'done', updated: '2022-03-01', completedOn: '2022-02-15' }], { reporter: 'so-b' });
    const [a, b] = [served(first), served(second)];
    const list = await mount<CtTaskList>(`<ct-task-list debug lang="en" status-src="${a} ${b}" as-of="${AS_OF}" limit="${program.tasks.length}"></ct-task-list>`);
    const report = applyStatus(program, [first, second], { asOf: AS_OF, labels: [a, b] });
    expect(report.conflicts).toHaveLength(1);
    const [conflict] = report.conflicts;
    expect(problemsOf(list)).toEqual([problemEn({ code: 'status-conflict', ...conflict! })]);
    expect(problemsOf(list)[0]).toContain(`${b} entries[0]`);
    const progress = report.tasks.find((item) => item.task.id === tasks.late.id)!;
    expect(textOf(part(list, `[id="${tasks.late.id}"] [part~="timeliness-badge"]`))).toBe(en.timeliness[progress.timeliness]);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an overlay for another program is reported and ignored', async () => {
    const warn = allowWarnings();
    const src = served(overlay([], { programId: 'ha-noi-ctrhd-2021-2025' }));
    const list = await mount<CtTaskList>(`<ct-task-list debug status-src="${src}" area="2" limit="${program.tasks.length}"></ct-task-list>`);
    const [issue] = applyStatus(program, [overlay([], { programId: 'ha-noi-ctrhd-2021-2025' })]).issues;
    expect(problemsOf(list)).toEqual([problemVi({ code: 'status-issue', url: src, path: issue!.path, message: issue!.message })]);
    expect(parts(list, '[part~="timeliness-badge"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('a status that is not one lists the values there are, and nothing', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>(`<ct-task-list debug status="late" status-src="${served(overlay([]))}"></ct-task-list>`);
    expect(problemsOf(list)).toEqual([problemVi({ code: 'unknown-status', value: 'late', allowed: STATUS_FILTERS })]);
    expect(parts(list, '[part~="task"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a status without status-src says what is missing', async () => {
    const warn = allowWarnings();
    const list = await mount<CtTaskList>('<ct-task-list debug status="open-overdue" lang="en"></ct-task-list>');
    expect(problemsOf(list)).toEqual([problemEn({ code: 'missing-attribute', field: 'status-src' })]);
    expect(parts(list, '[part~="task"]')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a status filter that matches nothing says so, like any other filter', async () => {
    const warn = allowWarnings();
    const src = served(overlay([]));
    const list = await mount<CtTaskList>(`<ct-task-list status-src="${src}" status="cancelled"></ct-task-list>`);
    expect(textOf(part(list, '[part~="summary"]'))).toBe(vi.noMatchingTasks);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('status="cancelled"');
  });
});

describe('downloads', () => {
  /** Records the files the widget hands to the browser instead of downloading them. */
  function captureDownloads() {
    const files: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    vitest.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = create(blob);
      blobs.set(url, blob as Blob);
      return url;
    });
    vitest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    return files;
  }

  async function download(list: CtTaskList, format: string, files: Array<{ name: string; blob: Blob }>) {
    const before = files.length;
    await openFilters(list);
    await userEvent.click(part(list, `[part~="download-button"][data-format="${format}"]`));
    await vitest.waitFor(() => expect(files.length).toBe(before + 1));
    return files.at(-1)!;
  }

  test('CSV for Excel: UTF-8 with a byte-order mark, one row per filtered task, Vietnamese intact, statuses included', async () => {
    const files = captureDownloads();
    const { entries } = everyClass();
    const src = served(overlay(entries));
    const list = await mount<CtTaskList>(`<ct-task-list controls agency="so-cong-thuong" agency-role="lead" status-src="${src}" as-of="${AS_OF}"></ct-task-list>`);
    const events: DownloadDetail[] = [];
    listen('ct-download', (event) => events.push(event.detail));
    const file = await download(list, 'csv', files);
    expect(file.name).toBe('nhiem-vu-so-cong-thuong-lead.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tasks = filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' });
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const rows = parseCsv(await file.blob.text(), { bom: true }) as string[][];
    const [headings, ...body] = rows;
    expect(headings).toContain('Tiến độ');
    expect(body.map((row) => row[0])).toEqual(tasks.map((task) => task.id));
    const column = (name: string) => headings!.indexOf(name);
    for (const [index, task] of tasks.entries()) {
      expect(body[index]![column('Nhiệm vụ')]).toBe(task.text);
      expect(body[index]![column('Tiến độ')]).toBe(report.tasks.find((progress) => progress.task.id === task.id)!.timeliness);
    }
    expect(events).toEqual([{ format: 'csv', fileName: 'nhiem-vu-so-cong-thuong-lead.csv', taskCount: tasks.length }]);
  });

  test('the filtered tasks, not only the ones shown under limit, and what the progress filter keeps', async () => {
    const files = captureDownloads();
    const { entries } = everyClass();
    const list = await mount<CtTaskList>(`<ct-task-list controls limit="2" status="open-overdue" status-src="${served(overlay(entries))}" as-of="${AS_OF}"></ct-task-list>`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const overdue = report.tasks.filter((progress) => progress.timeliness === 'open-overdue').map((progress) => progress.task.id);
    expect(overdue.length).toBeGreaterThan(2);
    expect(shownIds(list)).toHaveLength(2);
    const file = await download(list, 'csv', files);
    expect(file.name).toBe('nhiem-vu-open-overdue.csv');
    expect((parseCsv(await file.blob.text(), { bom: true }) as string[][]).slice(1).map((row) => row[0])).toEqual(overdue);
  });

  test('JSON: the filtered subset under the same contract, valid for core', async () => {
    const files = captureDownloads();
    const list = await mount<CtTaskList>('<ct-task-list controls area="1.2" lang="en"></ct-task-list>');
    const file = await download(list, 'json', files);
    expect(file.name).toBe('tasks-1.2.json');
    const checked = validateProgram(JSON.parse(await file.blob.text()));
    if (!checked.success) throw new Error(JSON.stringify(checked.issues));
    expect(checked.program.tasks.map((task) => task.id)).toEqual(filterTasks(program, { area: '1.2' }).map((task) => task.id));
    expect(checked.program.id).toBe(program.id);
  });

  test('ICS: the events core writes for the filtered tasks, readable by a calendar parser', async () => {
    const files = captureDownloads();
    const list = await mount<CtTaskList>('<ct-task-list controls year="2021"></ct-task-list>');
    const file = await download(list, 'ics', files);
    expect(file.name).toBe('nhiem-vu-2021.ics');
    expect(file.blob.type).toBe('text/calendar;charset=utf-8');
    const events = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => ({
        uid: event.getFirstPropertyValue('uid'),
        summary: event.getFirstPropertyValue('summary'),
        start: String(event.getFirstPropertyValue('dtstart')),
      }));
    const expected = events(tasksToIcs(program, filterTasks(program, { year: 2021 })));
    expect(expected.length).toBeGreaterThan(0);
    expect(events(await file.blob.text())).toEqual(expected);
  });

  test('the buttons are one labelled group, reached from the keyboard; none is offered when nothing matches', async () => {
    const files = captureDownloads();
    const list = await mount<CtTaskList>('<ct-task-list controls agency="so-y-te"></ct-task-list>');
    await openFilters(list);
    const group = part(list, '[part~="download"]');
    expect(textOf(group.querySelector('legend'))).toBe(vi.downloadLabel);
    expect(parts(list, '[part~="download-button"]').map(textOf)).toEqual([vi.downloadFormats.csv, vi.downloadFormats.json, vi.downloadFormats.ics]);
    part(list, '[part~="download-button"][data-format="json"]').focus();
    await userEvent.keyboard('{Enter}');
    await vitest.waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('nhiem-vu-so-y-te.json');
    await expectNoAxeViolations();

    await userEvent.type(part(list, '[part~="search-input"]'), 'zzqxw');
    await settled(list);
    for (const button of parts<HTMLButtonElement>(list, '[part~="download-button"]')) expect(button.disabled).toBe(true);
  });

  test('a filter changed before the file is written: the file, its name and the event all hold the selection of the click', async () => {
    const files = captureDownloads();
    const list = await mount<CtTaskList>('<ct-task-list controls agency="so-cong-thuong"></ct-task-list>');
    const events: DownloadDetail[] = [];
    listen('ct-download', (event) => events.push(event.detail));
    part(list, '[part~="download-button"][data-format="csv"]').click();
    list.agency = 'so-y-te';
    await vitest.waitFor(() => expect(files).toHaveLength(1));
    const tasks = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(files[0]!.name).toBe('nhiem-vu-so-cong-thuong.csv');
    expect((parseCsv(await files[0]!.blob.text(), { bom: true }) as string[][]).slice(1).map((row) => row[0])).toEqual(tasks.map((task) => task.id));
    expect(events).toEqual([{ format: 'csv', fileName: 'nhiem-vu-so-cong-thuong.csv', taskCount: tasks.length }]);
  });

  test('setting properties from code fires no ct-download', async () => {
    const listener = vitest.fn();
    listen('ct-download', listener);
    const list = await mount<CtTaskList>('<ct-task-list controls></ct-task-list>');
    list.agency = 'so-cong-thuong';
    await settled(list);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('who carries each task now (as-of and the 2025 succession)', () => {
  /** Mounts `markup` and waits until the lazily loaded succession layer has shown a "now" line. */
  async function mountNow(markup: string, options?: { lang?: string }): Promise<CtTaskList> {
    const list = await mount<CtTaskList>(markup, options);
    await vitest.waitFor(() => expect(parts(list, '[part~="now"]').length).toBeGreaterThan(0), { timeout: 5000 });
    return list;
  }
  const agencyLine = (list: CtTaskList, name: string) =>
    parts(list, '[part~="task"]:first-of-type [part~="agencies"] li').map(textOf).find((text) => text.startsWith(name))!;

  test('as of 2026, the body as named in the program and who carries it now, with its documents', async () => {
    const list = await mountNow('<ct-task-list agency="so-ke-hoach-va-dau-tu" as-of="2026-01-01" limit="1"></ct-task-list>');
    const line = agencyLine(list, 'Sở Kế hoạch và Đầu tư');
    expect(line).toContain('Sở Kế hoạch và Đầu tư (chủ trì) — nay là Sở Tài chính tỉnh Lâm Đồng');
    const basis = part<HTMLDetailsElement>(list, '[part~="now-basis"]');
    expect(textOf(basis.querySelector('summary'))).toBe(vi.successionBasis);
    expect(textOf(basis)).toContain('hợp nhất vào Sở Tài chính — Nghị định số 45/2025/NĐ-CP');
    expect(textOf(basis)).toContain('Nghị quyết số 202/2025/QH15');
    expect(textOf(part(list, '[part~="issuer-now"]'))).toContain('Ủy ban nhân dân tỉnh Bình Thuận — nay là Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(parts(list, '[part~="issuer-now"]')).toHaveLength(1);
    await expectNoAxeViolations();
  });

  test('the legal basis opens from the keyboard', async () => {
    const list = await mountNow('<ct-task-list agency="so-giao-thong-van-tai" as-of="2026-01-01" limit="1"></ct-task-list>');
    const basis = part<HTMLDetailsElement>(list, '[part~="now-basis"]');
    basis.querySelector('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    await vitest.waitFor(() => expect(basis.open).toBe(true));
    await expectNoAxeViolations();
  });

  test('in English: "now:" and the English names', async () => {
    const list = await mountNow('<ct-task-list agency="so-ke-hoach-va-dau-tu" as-of="2026-01-01" limit="1" lang="en"></ct-task-list>');
    expect(agencyLine(list, 'Department of Planning and Investment')).toContain('— now: Department of Finance of Lâm Đồng Province');
    expect(textOf(part(list, '[part~="now-basis"]'))).toContain('Decree 45/2025/NĐ-CP');
    await expectNoAxeViolations();
  });

  test('a split names each body with the functions it took', async () => {
    const list = await mountNow('<ct-task-list agency="so-lao-dong-thuong-binh-va-xa-hoi" as-of="2025-03-01" limit="1"></ct-task-list>');
    const line = agencyLine(list, 'Sở Lao động - Thương binh và Xã hội');
    expect(line).toContain('Sở Y tế (bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội)');
    expect(line).toContain('Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp)');
    expect(parts(list, '[part~="issuer-now"]')).toHaveLength(0);
    await expectNoAxeViolations();
  });

  test('the district People\'s Committees ended, their work went field by field', async () => {
    const list = await mountNow('<ct-task-list agency="ubnd-cac-huyen-thi-xa-thanh-pho" as-of="2025-07-01" limit="1"></ct-task-list>');
    const line = agencyLine(list, 'UBND các huyện, thị xã, thành phố');
    expect(line).toContain('đã chấm dứt hoạt động từ');
    expect(line).toContain('không có một cơ quan kế thừa duy nhất');
    const item = parts(list, '[part~="agencies"] li').find((li) => textOf(li).startsWith('UBND các huyện'))!;
    expect(textOf(item.querySelector('[part~="now-basis"]'))).toContain('Luật số 72/2025/QH15');
    await expectNoAxeViolations();
  });

  test('before the links, nothing changes', async () => {
    const now = await mountNow('<ct-task-list agency="so-ke-hoach-va-dau-tu" as-of="2026-01-01" limit="1"></ct-task-list>');
    now.remove();
    const list = await mount<CtTaskList>('<ct-task-list agency="so-ke-hoach-va-dau-tu" as-of="2024-06-30" limit="1"></ct-task-list>');
    await list.updateComplete;
    expect(parts(list, '[part~="now"]')).toHaveLength(0);
    expect(parts(list, '[part~="issuer-now"]')).toHaveLength(0);
    expect(agencyLine(list, 'Sở Kế hoạch và Đầu tư')).toBe('Sở Kế hoạch và Đầu tư (chủ trì)');
  });
});
