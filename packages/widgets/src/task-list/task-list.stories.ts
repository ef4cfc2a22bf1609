import { program } from '@chuongtrinh/core/data';
import { filterTasks, validateFilter, type TaskFilter } from '@chuongtrinh/core/query';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import {
  ALL_AGENCIES_AREA,
  COORDINATES_MOST,
  EMPTY_COMBINATION,
  FILTER_EXAMPLE,
  LEADS_MOST,
  LONG_TEXTS_AREA,
  MOST_BY_ROLE,
  NEVER_LEADS,
} from '../../stories/data.js';
import {
  expectProblem,
  invalidDatasetSrc,
  MISSING_SRC,
  notJsonSrc,
  partOf,
  settle,
  settled,
  showAsPrinted,
  SLOW_SRC,
  textOf,
  widgetIn,
} from '../../stories/fixtures.js';
import { controlsFor, embed } from '../../stories/manifest.js';
import { everyClassSrc, overlay, served, STATUS_AS_OF, statusTasks } from '../../stories/status.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import { problemVi } from '../translations/problems.vi.js';

const TAG = 'ct-task-list';

const meta = preview.meta({
  title: 'Widgets/Task list',
  component: TAG,
  argTypes: controlsFor(TAG),
  render: (args) => embed(TAG, args),
  play: settle,
  // Lists with controls write what a visitor chose into the page's URL: each story starts from the page's own.
  beforeEach: () => {
    const before = location.href;
    return () => history.replaceState(history.state, '', before);
  },
});

/** Core's first problem with `filter`, in the widget's Vietnamese. */
const problemWith = (filter: TaskFilter) => problemVi(validateFilter(program, filter)[0]!);

/** The summary line ("95 nhiệm vụ") of the story's list. */
const summaryOf = (canvas: HTMLElement) => textOf(partOf(widgetIn(canvas), '[part~="summary"]'));

/** Opens the list's "Bộ lọc" disclosure, closed when the story's frame is narrow. */
async function openFilters(list: Element): Promise<void> {
  const filters = partOf(list, '[part~="filters"]') as HTMLDetailsElement;
  if (!filters.open) await userEvent.click(filters.querySelector('summary')!);
  await waitFor(() => expect(filters.open).toBe(true));
}

/** Runs `play` on a page URL of its own (query and fragment), then puts the story's URL back for the next story. */
async function withUrl(url: string, play: () => Promise<void>): Promise<void> {
  const before = location.href;
  history.replaceState(history.state, '', url);
  try {
    await play();
  } finally {
    history.replaceState(history.state, '', before);
  }
}

/* The default and real agencies */

/** `<ct-task-list>` with no attribute: the first 20 tasks of the program, and "Xem thêm nhiệm vụ" for the rest. */
export const Default = meta.story({});

/** "Xem thêm nhiệm vụ" clicked until every task is shown: each click adds a page and moves focus to its first task. */
export const EveryPage = meta.story({
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const list = widgetIn(canvasElement);
    for (let more = partOf(list, '[part~="more-button"]'); more; more = partOf(list, '[part~="more-button"]')) {
      const before = list.shadowRoot!.querySelectorAll('[part~="task"]').length;
      await userEvent.click(more);
      await waitFor(() => expect(list.shadowRoot!.activeElement?.id).toBe(program.tasks[before]!.id));
    }
    await expect(summaryOf(canvasElement)).toBe(vi.tasks(program.tasks.length));
  },
});

/** Opened at a link to a task past the first page (`#task-10-3-1`): its page is shown, and the task scrolled to, focused and highlighted. */
export const LinkToATask = meta.story({
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const list = widgetIn(canvasElement);
    const target = program.tasks.find((task) => task.id === 'task-10-3-1')!;
    await withUrl(`${location.pathname}${location.search}`, async () => {
      location.hash = `#${target.id}`;
      await waitFor(() => expect(list.shadowRoot!.activeElement?.id).toBe(target.id));
      await expect(partOf(list, `[id="${target.id}"]`)!.classList.contains('targeted')).toBe(true);
    });
  },
});

/** The agency that leads the most tasks (found with core's `agencyWorkloads`), all its tasks. */
export const AgencyThatLeadsMost = meta.story({ args: { agency: LEADS_MOST } });

/** The agency that coordinates most (no agency in this program only coordinates), the tasks it coordinates. */
export const AgencyThatCoordinates = meta.story({ args: { agency: COORDINATES_MOST, 'agency-role': 'coordinating' } });

/** An agency that leads nothing: it is named as responsible alongside others. */
export const AgencyThatNeverLeads = meta.story({ args: { agency: NEVER_LEADS } });

/** An area given to "the departments, agencies and localities, each within its remit": the agencies line quotes the program. */
export const AllAgencies = meta.story({ args: { area: ALL_AGENCIES_AREA } });

/** For each of core's roles (`AGENCY_ROLES`), the agency with the most tasks in that role. */
export const EachRole = meta.story({
  render: () =>
    html`${MOST_BY_ROLE.map(
      ({ role, agency }) =>
        html`<h2>${vi.roles[role]}: <code>${agency}</code></h2>
          ${embed(TAG, { agency, 'agency-role': role, limit: 2 })}`,
    )}`,
});

/* Filters and search */

/** Agency, role and deadline year together. */
export const Filtered = meta.story({ args: FILTER_EXAMPLE });

/** Pages of `limit` tasks; the summary says how many there are in all. */
export const Limited = meta.story({ args: { agency: LEADS_MOST, limit: 3 } });

/** A search, best first: the phrase before scattered words, each result showing its text around the match. */
export const Search = meta.story({ args: { query: 'chuyển đổi số' } });

/** The same search typed without diacritics, as visitors often do. */
export const SearchWithoutDiacritics = meta.story({ args: { query: 'nang luong' } });

/** With `controls`: a search box and filter selects for visitors. */
export const WithControls = meta.story({ args: { agency: LEADS_MOST, controls: true } });

/** Without `controls` (the default): the list the page chose, nothing to change. */
export const WithoutControls = meta.story({ args: { agency: LEADS_MOST } });

/** A visitor picks an agency, a role and a year; each change fires `ct-filter-change` (see Actions). */
export const VisitorFilters = meta.story({
  args: { controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const list = widgetIn(canvasElement);
    const select = (name: string) => partOf(list, `select[name="${name}"]`) as HTMLSelectElement;
    await openFilters(list);
    await userEvent.selectOptions(select('agency'), FILTER_EXAMPLE.agency);
    await userEvent.selectOptions(select('agency-role'), FILTER_EXAMPLE['agency-role']);
    await userEvent.selectOptions(select('year'), String(FILTER_EXAMPLE.year));
    await settled(canvasElement);
    const expected = filterTasks(program, { agency: FILTER_EXAMPLE.agency, role: 'lead', year: FILTER_EXAMPLE.year });
    await expect(summaryOf(canvasElement)).toBe(vi.tasks(expected.length));
  },
});

/** What a visitor chose, in the page's URL (`?co-quan=…&q=…`): a list created on that page shows the same view. */
export const FiltersFromTheUrl = meta.story({
  args: { controls: true },
  render: () => html`<div id="url-story"></div>`,
  play: async ({ canvasElement }) => {
    await withUrl(`${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), 'co-quan': FILTER_EXAMPLE.agency, q: 'kế hoạch' })}`, async () => {
      const list = Object.assign(document.createElement('ct-task-list'), { controls: true });
      canvasElement.querySelector('#url-story')!.append(list);
      await settled(canvasElement);
      await expect((partOf(list, '[part~="search-input"]') as HTMLInputElement).value).toBe('kế hoạch');
      await expect((partOf(list, 'select[name="agency"]') as HTMLSelectElement).value).toBe(FILTER_EXAMPLE.agency);
    });
  },
});

/** Two lists with controls on one page, each with its `url-key`: their filters do not collide in the URL, and their headings and search landmarks have names of their own. */
export const TwoListsOnOnePage = meta.story({
  render: () =>
    html`<h2>Sở Công Thương</h2>
      ${embed(TAG, { agency: LEADS_MOST, controls: true, 'url-key': 'ds1', limit: 3 })}
      <h2>Lĩnh vực 6</h2>
      ${embed(TAG, { area: '6', controls: true, 'url-key': 'ds2', limit: 3 })}`,
});

/** A visitor types a search; the list narrows as they type. */
export const VisitorSearches = meta.story({
  args: { controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await userEvent.type(partOf(widgetIn(canvasElement), '[part~="search-input"]')!, 'cong nghiep');
    await settled(canvasElement);
    await waitFor(() => expect(widgetIn(canvasElement).shadowRoot!.querySelectorAll('mark').length).toBeGreaterThan(0));
  },
});

/* Progress from status overlays (status-src) */

/** With an agency's status overlay: each task's status as reported and its timeliness as of `as-of`, and a progress select for visitors. */
export const WithStatus = meta.story({
  args: { controls: true, 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const badges = [...widgetIn(canvasElement).shadowRoot!.querySelectorAll('[part~="timeliness-badge"]')].map(textOf);
    await expect(new Set(badges)).toContain(vi.timeliness['open-overdue']);
  },
});

/** Only the overdue tasks (`status="open-overdue"`); any timeliness class, reported status or `unreported` works. */
export const StatusFilter = meta.story({
  args: { status: 'open-overdue', 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const badges = [...widgetIn(canvasElement).shadowRoot!.querySelectorAll('[part~="timeliness-badge"]')].map(textOf);
    await expect(badges.length).toBeGreaterThan(0);
    await expect(new Set(badges)).toEqual(new Set([vi.timeliness['open-overdue']]));
  },
});

/** A visitor picks a progress class in the select (see `ct-filter-change` in Actions). */
export const VisitorFiltersByProgress = meta.story({
  args: { controls: true, 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await openFilters(widgetIn(canvasElement));
    await userEvent.selectOptions(partOf(widgetIn(canvasElement), 'select[name="status"]') as HTMLSelectElement, 'done-late');
    await settled(canvasElement);
    await expect(textOf(partOf(widgetIn(canvasElement), '[part~="timeliness-badge"]'))).toBe(vi.timeliness['done-late']);
  },
});

/** Several overlays, one per agency, separated by spaces: combined. */
export const SeveralOverlays = meta.story({
  args: (() => {
    const tasks = statusTasks();
    const first = served(overlay([{ taskId: tasks.onTime.id, status: 'done', updated: '2022-01-05', completedOn: '2021-12-31' }], { reporter: 'so-a' }));
    const second = served(overlay([{ taskId: tasks.overdue.id, status: 'in-progress', updated: '2022-03-01' }], { reporter: 'so-b' }));
    return { year: 2021, 'status-src': `${first} ${second}`, 'as-of': STATUS_AS_OF };
  })(),
});

/** While the overlay loads, the list says so. */
export const StatusLoading = meta.story({
  args: { 'status-src': SLOW_SRC, agency: LEADS_MOST },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loadingStatus));
  },
});

/** An overlay that answers 404, beside one that works: the problem is said, the other still applies. */
export const OverlayNotFound = meta.story({
  args: { debug: true, 'status-src': `${MISSING_SRC} ${everyClassSrc()}`, 'as-of': STATUS_AS_OF, year: 2021 },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, vi.statusProblemsTitle, '404 Not Found'),
});

/** An overlay that is not JSON: shows how it starts; no task is marked. */
export const OverlayNotJson = meta.story({
  args: { debug: true, 'status-src': served('<!doctype html><p>Không tìm thấy trang</p>', 'text/html'), agency: LEADS_MOST },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, 'Không tìm thấy trang'),
});

/** An entry with a status that is not one: named by its JSON path in core's words; the valid entries still apply. */
export const OverlayInvalidEntry = meta.story({
  args: (() => {
    const tasks = statusTasks();
    const body = overlay([
      { taskId: tasks.onTime.id, status: 'done', updated: '2022-01-05', completedOn: '2021-12-31' },
      { taskId: tasks.late.id, status: 'finished', updated: '2022-01-05' },
    ]);
    return { debug: true, year: 2021, 'status-src': served(body), 'as-of': STATUS_AS_OF };
  })(),
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, 'entries[1].status'),
});

/** Two overlays that disagree on a task: the conflict is reported, the entry updated last applies. */
export const OverlayConflict = meta.story({
  args: (() => {
    const tasks = statusTasks();
    const first = served(overlay([{ taskId: tasks.late.id, status: 'in-progress', updated: '2022-01-02' }], { reporter: 'so-a' }));
    const second = served(overlay([{ taskId: tasks.late.id, status: 'done', updated: '2022-03-01', completedOn: '2022-02-15' }], { reporter: 'so-b' }));
    return { debug: true, year: 2021, 'status-src': `${first} ${second}`, 'as-of': STATUS_AS_OF };
  })(),
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, statusTasks().late.id),
});

/** A `status` that is not a progress class: the values there are, and nothing listed. */
export const UnknownStatus = meta.story({
  // Not a progress class on purpose: what a webmaster could type.
  args: { debug: true, status: 'late' as never, 'status-src': everyClassSrc() },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '"late"'),
});

/** A `status` filter without `status-src`: says what is missing. */
export const StatusWithoutStatusSrc = meta.story({
  args: { debug: true, status: 'open-overdue' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi({ code: 'missing-attribute', field: 'status-src' })),
});

/* Nothing to show */

/** A filter that matches nothing: says so, offers to clear the filters, logs one warning. */
export const Empty = meta.story({
  args: EMPTY_COMBINATION,
  parameters: { expectedWarnings: 1 },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(summaryOf(canvasElement)).toBe(vi.noMatchingTasks);
  },
});

/** A visitor's own search that finds nothing: shown, but not logged (it is not the page's mistake). */
export const VisitorSearchFindsNothing = meta.story({
  args: { controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await userEvent.type(partOf(widgetIn(canvasElement), '[part~="search-input"]')!, 'zzqxw');
    await settled(canvasElement);
    await waitFor(() => expect(summaryOf(canvasElement)).toBe(vi.noMatchingTasks));
  },
});

/** Clearing the filters from the "nothing matches" message: the list comes back and focus stays in the widget, on the search box. */
export const VisitorClearsFromEmpty = meta.story({
  args: { controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const list = widgetIn(canvasElement);
    await userEvent.type(partOf(list, '[part~="search-input"]')!, 'zzqxw');
    await waitFor(() => expect(partOf(list, '[part~="empty"] [part~="clear-button"]')).not.toBeNull());
    await userEvent.click(partOf(list, '[part~="empty"] [part~="clear-button"]')!);
    await waitFor(() => expect(list.shadowRoot!.activeElement).toBe(partOf(list, '[part~="search-input"]')));
  },
});

/** A mistyped search: "Có phải bạn muốn tìm …" offers a spelling that finds tasks. */
export const VisitorSearchMistyped = meta.story({
  args: { controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await userEvent.type(partOf(widgetIn(canvasElement), '[part~="search-input"]')!, 'chuyen doi s0');
    await settled(canvasElement);
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="suggestion"]'))).toBe('chuyển đổi số'));
  },
});

/* Bad input: shown in the widget, in the page's language, and logged once */

/** A misspelt agency id: the closest ids are suggested, and visitors can still pick one. */
export const UnknownAgency = meta.story({
  args: { debug: true, agency: 'so-cong-thong', controls: true },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemWith({ agency: 'so-cong-thong' })),
});

/** A role that is not one of core's roles. */
export const UnknownRole = meta.story({
  args: { debug: true, agency: LEADS_MOST, 'agency-role': 'chu-tri' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemWith({ agency: LEADS_MOST, role: 'chu-tri' as never })),
});

/** An area the program does not have. */
export const UnknownArea = meta.story({
  args: { debug: true, area: '11' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemWith({ area: '11' })),
});

/** A year outside the program period. */
export const YearOutsidePeriod = meta.story({
  args: { debug: true, year: program.period.end + 5 },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemWith({ year: program.period.end + 5 })),
});

/** A year that is not a year. */
export const YearNotAYear = meta.story({
  // What a page author might write in the attribute; the element's `year` property is a number.
  args: { debug: true, year: 'năm 2021' as unknown as number },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi({ code: 'malformed-attribute', field: 'year', value: 'năm 2021' })),
});

/** A `limit` that is not a positive number: reported, and the whole list shown. */
export const LimitNotANumber = meta.story({
  args: { debug: true, area: '2', limit: 0 },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi({ code: 'malformed-attribute', field: 'limit', value: '0' })),
});

/** A `src` that answers 404. */
export const SrcNotFound = meta.story({
  args: { debug: true, src: MISSING_SRC },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '404 Not Found'),
});

/** A `src` that answers a web page instead of JSON: the problem shows how it starts. */
export const SrcNotJson = meta.story({
  args: { debug: true, src: notJsonSrc() },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '<!doctype html><html><body>Trang không tồn tại'),
});

const invalid = invalidDatasetSrc();

/** A `src` whose JSON does not fit the dataset contract: the problem names the field, in the words of core's validation. */
export const SrcFailsSchema = meta.story({
  args: { debug: true, src: invalid.src },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, invalid.path),
});

/* Loading */

/** A `src` that takes its time (here: forever): the loading line, announced to screen readers. */
export const Loading = meta.story({
  args: { src: SLOW_SRC },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loading));
  },
});

/* Languages */

/** Vietnamese, the default. */
export const Vietnamese = meta.story({ args: { lang: 'vi', agency: LEADS_MOST, controls: true } });

/** English UI; the program's own text stays Vietnamese (and says so with `lang="vi"`). */
export const English = meta.story({
  args: { lang: 'en', agency: LEADS_MOST, controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(summaryOf(canvasElement)).toBe(en.tasks(filterTasks(program, { agency: LEADS_MOST }).length));
  },
});

/* Long texts */

/** The area with the most long task texts: a body that does not fit in four lines starts clamped, with "Xem thêm"; one that fits has no button. */
export const LongTexts = meta.story({ args: { area: LONG_TEXTS_AREA } });

/** The first long text opened. */
export const LongTextOpened = meta.story({
  args: { area: LONG_TEXTS_AREA },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await waitFor(() => expect(partOf(widgetIn(canvasElement), '[part~="show-more"]')).not.toBeNull());
    const button = partOf(widgetIn(canvasElement), '[part~="show-more"]')!;
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
  },
});

/* Sizes and media */

/** On a small phone (320 px): the filters closed behind "Bộ lọc", so the first screen shows tasks. */
export const Phone = meta.story({
  args: { agency: LEADS_MOST, controls: true },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
});

/** On a phone with the filters opened: the selects stack. */
export const PhoneFiltersOpen = meta.story({
  args: { agency: LEADS_MOST, controls: true },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await openFilters(widgetIn(canvasElement));
  },
});

/** On a wide desktop screen (1280 px): the filters open. */
export const Wide = meta.story({
  args: { agency: LEADS_MOST, controls: true },
  globals: { viewport: { value: 'desktop', isRotated: false } },
});

/** As printed: no controls or buttons, every text whole (the widget's own print styles, shown on screen). */
export const Print = meta.story({
  args: { area: LONG_TEXTS_AREA, controls: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    showAsPrinted(canvasElement);
    const list = widgetIn(canvasElement);
    await expect(getComputedStyle(partOf(list, '[part~="controls"]')!).display).toBe('none');
    await expect(getComputedStyle(partOf(list, '[part~="task-text"]')!).overflow).toBe('visible');
  },
});

/* Agency succession (with `as-of`): one story per kind of link in the data */

/** Waits for the lazily loaded succession layer, then checks that one of the "now" lines says `expected`. */
const nowLineOf = async (canvasElement: HTMLElement, expected: string) => {
  await settled(canvasElement);
  const list = widgetIn(canvasElement);
  const lines = () => [...list.shadowRoot!.querySelectorAll('[part~="now"]')].map(textOf).join(' | ');
  await waitFor(() => expect(lines()).toContain(expected), { timeout: 5000 });
};

/** Merged: Sở Giao thông vận tải into Sở Xây dựng on 1 March 2025 (Decree 45/2025/NĐ-CP). */
export const SuccessionMerged = meta.story({
  args: { agency: 'so-giao-thong-van-tai', 'as-of': '2025-03-01', limit: 1 },
  play: async ({ canvasElement }) => nowLineOf(canvasElement, `${vi.successionNow} Sở Xây dựng`),
});

/** Split: Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ, press and publishing to Sở Văn hóa, Thể thao và Du lịch. */
export const SuccessionSplit = meta.story({
  args: { agency: 'so-thong-tin-va-truyen-thong', 'as-of': '2025-03-01', limit: 1 },
  play: async ({ canvasElement }) => nowLineOf(canvasElement, '(báo chí, xuất bản)'),
});

/** Ended: the district People's Committees on 1 July 2025 (Law 72/2025/QH15); no single successor. */
export const SuccessionEnded = meta.story({
  args: { agency: 'ubnd-cac-huyen-thi-xa-thanh-pho', 'as-of': '2025-07-01', limit: 1, lang: 'en' },
  play: async ({ canvasElement }) => nowLineOf(canvasElement, 'no single successor'),
});

/** A chain: Sở Kế hoạch và Đầu tư merged into Sở Tài chính in March, which became Lâm Đồng's in July; the issuer's change at the top. */
export const SuccessionChain = meta.story({
  args: { agency: 'so-ke-hoach-va-dau-tu', 'as-of': '2026-01-01', limit: 2 },
  play: async ({ canvasElement }) => nowLineOf(canvasElement, 'Sở Tài chính tỉnh Lâm Đồng'),
});

/** Before any link (as of 30 June 2024): the program as written, nothing added. */
export const SuccessionBefore = meta.story({ args: { agency: 'so-ke-hoach-va-dau-tu', 'as-of': '2024-06-30', limit: 2 } });
