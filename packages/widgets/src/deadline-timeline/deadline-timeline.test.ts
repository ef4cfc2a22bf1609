import { applyStatus, validateFilter, type Program, type TaskFilter } from '@chuongtrinh/core';
import { TIMELINESS } from '@chuongtrinh/core/constants';
import { program } from '@chuongtrinh/core/data';
import { deadlineTimeline, formatDate, type DeadlineTimeline, type DeadlineTimelineOptions, type TimelineEntry } from '@chuongtrinh/core/format';
import { filterTasks } from '@chuongtrinh/core/query';
import { describe, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, textOf } from '../../test/browser.js';
import { AS_OF, everyClass, overlay, served } from '../../test/overlays.js';
import { everyPrecisionProgram, lanesOnlyProgram } from '../../test/precisions.js';
import '../index.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import type { CtDeadlineTimeline } from './deadline-timeline.js';
import { problemVi } from '../translations/problems.vi.js';

/** The widget under a page's `<h2>`, where its default `<h3>` heading belongs. */
const mountTimeline = (attributes = '') =>
  mount<CtDeadlineTimeline>(`<h2>Thời hạn</h2><ct-deadline-timeline ${attributes}></ct-deadline-timeline>`);

/** What the widget should draw: core's model of the filtered tasks. */
function modelOf(filter: TaskFilter, options: Partial<DeadlineTimelineOptions> = {}, source: Program = program): DeadlineTimeline {
  return deadlineTimeline(filterTasks(source, filter), { period: source.period, ...options });
}

const yearItems = (timeline: CtDeadlineTimeline) => parts(timeline, 'ol[part~="years"] > li');
const relationOf = (item: Element) => ['past', 'current', 'upcoming'].find((relation) => item.classList.contains(relation));
const toggleOf = (timeline: CtDeadlineTimeline, year: number) => part<HTMLButtonElement>(timeline, `button[aria-controls="panel-${year}"]`);
const panelOf = (timeline: CtDeadlineTimeline, panel: number | string) => part(timeline, `#panel-${panel}`);
const entriesIn = (element: Element) =>
  [...element.querySelectorAll<HTMLAnchorElement>('[part~="entry"] [part~="entry-link"]')].map((link) => ({ clause: textOf(link), href: link.getAttribute('href') }));
const expectedEntries = (entries: readonly TimelineEntry[]) => entries.map((entry) => ({ clause: entry.clause, href: `#${entry.taskId}` }));

describe('what it shows', () => {
  const SELECTIONS: Array<{ attributes: string; filter: TaskFilter }> = [
    { attributes: '', filter: {} },
    { attributes: 'agency="so-cong-thuong"', filter: { agency: 'so-cong-thuong' } },
    { attributes: 'area="1"', filter: { area: '1' } },
  ];

  test.each(SELECTIONS)('<ct-deadline-timeline $attributes>: core\'s years, counts and entries, each linked to its task', async ({ attributes, filter }) => {
    const timeline = await mountTimeline(`${attributes} as-of="2023-06-30"`);
    const model = modelOf(filter, { asOf: '2023-06-30' });
    expect(yearItems(timeline).map((item) => textOf(item.querySelector('.year-number')))).toEqual(model.years.map(({ year }) => String(year)));
    for (const [index, year] of model.years.entries()) {
      const item = yearItems(timeline)[index]!;
      expect(textOf(item.querySelector('.year-count'))).toBe(vi.deadlineCount(year.entries.length));
      expect(relationOf(item)).toBe(year.relation);
      if (year.entries.length > 0) expect(entriesIn(panelOf(timeline, year.year))).toEqual(expectedEntries(year.entries));
      else expect(item.querySelector('button')).toBeNull();
    }
    const lanes = parts(timeline, '[part~="annual"], [part~="ongoing"], [part~="undated"]').flatMap(entriesIn);
    expect(lanes).toEqual(expectedEntries([...model.lanes.annual, ...model.lanes.ongoing, ...model.lanes.conditional]));
    await expectNoAxeViolations();
  });

  test('the bars are as long as their counts, upright when wide and across when narrow', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    const model = modelOf({}, { asOf: '2023-06-30' });
    const scale = Math.max(model.maxYearCount, model.lanes.annual.length, model.lanes.ongoing.length, model.lanes.conditional.length);
    expect(scale).toBeGreaterThan(0);
    /** Each year's bar: its drawn length over the length of its track. */
    const shares = (selector: string, side: 'height' | 'width') =>
      yearItems(timeline).map((item) => {
        const track = item.querySelector(selector)!.getBoundingClientRect()[side];
        const drawn = [...item.querySelectorAll(`${selector} rect`)].reduce((sum, rect) => sum + rect.getBoundingClientRect()[side], 0);
        return drawn / track;
      });
    const expected = model.years.map((year) => year.entries.length / scale);
    timeline.style.width = '960px';
    shares('.bar-up', 'height').forEach((share, index) => expect(share).toBeCloseTo(expected[index]!, 2));
    timeline.style.width = '360px';
    shares('.bar-across', 'width').forEach((share, index) => expect(share).toBeCloseTo(expected[index]!, 2));
    // The years with the most deadlines have a bar as long as its track; a year without any has none.
    expect(expected).toContain(1);
    expect(expected).toContain(0);
  });

  test('a year opens a panel under the axis, the width of the widget; opening another closes it', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    timeline.style.width = '960px';
    const [first, second] = modelOf({}).years.filter((year) => year.entries.length > 0);
    for (const year of [first!, second!]) expect(panelOf(timeline, year.year).checkVisibility()).toBe(false);
    toggleOf(timeline, first!.year).focus();
    await userEvent.keyboard('{Enter}');
    expect(toggleOf(timeline, first!.year).getAttribute('aria-expanded')).toBe('true');
    const panel = panelOf(timeline, first!.year);
    expect(panel.checkVisibility()).toBe(true);
    const axis = part(timeline, '[part~="years"]').getBoundingClientRect();
    expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(axis.bottom);
    expect(panel.getBoundingClientRect().width).toBeGreaterThan(axis.width * 0.95);
    expect(document.activeElement).toBe(timeline);
    expect(timeline.shadowRoot!.activeElement).toBe(toggleOf(timeline, first!.year));
    await expectNoAxeViolations();
    await userEvent.click(toggleOf(timeline, second!.year));
    expect(panelOf(timeline, first!.year).checkVisibility()).toBe(false);
    expect(toggleOf(timeline, first!.year).getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(timeline, second!.year).checkVisibility()).toBe(true);
    await userEvent.click(toggleOf(timeline, second!.year));
    expect(panelOf(timeline, second!.year).checkVisibility()).toBe(false);
  });

  test('what is due is the clause core gives, never cut inside a word', async () => {
    const timeline = await mountTimeline();
    const model = modelOf({});
    const entries = [...model.years.flatMap((year) => year.entries), ...model.lanes.annual, ...model.lanes.conditional];
    const shown = parts(timeline, '.visual [part~="entry-link"]').map(textOf);
    expect(shown).toEqual(entries.map((entry) => entry.clause));
    for (const [index, entry] of entries.entries()) {
      const clause = shown[index]!;
      if (!clause.endsWith('…')) continue;
      // Cut: what is left is whole words of the original clause.
      const kept = clause.slice(0, -1);
      const next = entry.deadline.clause.charAt(kept.length);
      expect(next === '' || /[\s,;:.]/.test(next)).toBe(true);
    }
    expect(shown.some((clause) => clause.endsWith('…'))).toBe(true);
  });

  test('each entry links to its task: on this page by default, or on the page of `href`', async () => {
    const model = modelOf({ agency: 'so-noi-vu' });
    const taskIds = [...model.years.flatMap((year) => year.entries), ...model.lanes.annual, ...model.lanes.ongoing, ...model.lanes.conditional].map(
      (entry) => entry.taskId,
    );
    expect(taskIds.length).toBeGreaterThan(0);
    const links = (timeline: CtDeadlineTimeline) => parts<HTMLAnchorElement>(timeline, '.visual [part~="entry-link"]').map((link) => link.getAttribute('href'));
    const here = await mountTimeline('agency="so-noi-vu"');
    expect(links(here)).toEqual(taskIds.map((id) => `#${id}`));
    for (const id of taskIds) expect(program.tasks.some((task) => task.id === id)).toBe(true);
    here.parentElement!.remove();
    const elsewhere = await mountTimeline('agency="so-noi-vu" href="nhiem-vu.html#danh-sach"');
    expect(links(elsewhere)).toEqual(taskIds.map((id) => `nhiem-vu.html#${id}`));
    elsewhere.parentElement!.remove();
    const pattern = await mountTimeline('agency="so-noi-vu" href="/nhiem-vu?task={id}"');
    expect(links(pattern)).toEqual(taskIds.map((id) => `/nhiem-vu?task=${id}`));
    await expectNoAxeViolations();
  });

  test('annual, ongoing and conditional deadlines have their own lanes, never a year', async () => {
    const precise = everyPrecisionProgram();
    const timeline = await mountTimeline(`src="${served(JSON.stringify(precise))}" as-of="2026-08-01"`);
    const model = modelOf({}, { asOf: '2026-08-01' }, precise);
    expect(Object.values(model.lanes).every((lane) => lane.length > 0)).toBe(true);
    expect(parts(timeline, '[part~="lane"]').map((lane) => [...lane.classList].find((name) => name !== 'lane'))).toEqual(['annual', 'ongoing', 'conditional']);
    const href = (entries: readonly TimelineEntry[]) => entries.map((entry) => `#${entry.taskId}`);
    for (const [lane, panel] of [['annual', 'annual'], ['ongoing', 'ongoing'], ['conditional', 'undated']] as const) {
      expect(parts(timeline, `[part~="${panel}"] [part~="entry-link"]`).map((link) => link.getAttribute('href'))).toEqual(href(model.lanes[lane]));
    }
    for (const [index, year] of model.years.entries()) {
      if (year.entries.length > 0) expect(entriesIn(panelOf(timeline, year.year))).toEqual(expectedEntries(year.entries));
      expect(textOf(yearItems(timeline)[index]!.querySelector('.year-number'))).toBe(String(year.year));
    }
    await userEvent.click(part(timeline, 'button[aria-controls="panel-ongoing"]'));
    expect(panelOf(timeline, 'ongoing').checkVisibility()).toBe(true);
    await expectNoAxeViolations();
  });

  test('conditional deadlines show their condition, quoted from the program', async () => {
    const timeline = await mountTimeline();
    const conditional = modelOf({}).years.flatMap((year) => year.entries).filter((entry) => entry.deadline.kind === 'conditional');
    expect(conditional.length).toBeGreaterThan(0);
    const shown = parts(timeline, '[part~="year-panel"] [part~="entry"].conditional');
    expect(shown.map((entry) => textOf(entry.querySelector('.when')))).toEqual(conditional.map((entry) => `${vi.conditionLabel}: ${entry.deadline.text}`));
  });
});

describe('for screen readers', () => {
  test('one ordered list of the years, each toggle named with its year and count; the as-of note is not one of them', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    const model = modelOf({}, { asOf: '2023-06-30' });
    const list = part(timeline, '[part~="years"]');
    expect(list.localName).toBe('ol');
    expect(yearItems(timeline)).toHaveLength(model.years.length);
    expect(yearItems(timeline).every((item) => item.getAttribute('part') === 'year')).toBe(true);
    expect(list.contains(part(timeline, '[part~="as-of"]'))).toBe(false);
    expect(part(timeline, '[part~="as-of-marker"]').getAttribute('aria-hidden')).toBe('true');
    for (const year of model.years.filter((candidate) => candidate.entries.length > 0)) {
      const name = `${vi.yearName(year.year)}, ${vi.deadlineCount(year.entries.length)}, ${vi.yearStatus[year.relation!]}`;
      await expect.element(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
  });

  test('in English the toggles say the year and its deadlines in English', async () => {
    const timeline = await mountTimeline('lang="en" as-of="2023-06-30"');
    const year = modelOf({}, { asOf: '2023-06-30' }).years[0]!;
    await expect.element(page.getByRole('button', { name: `${year.year}, ${en.deadlineCount(year.entries.length)}, ${en.yearStatus.past}`, exact: true })).toBeVisible();
    expect(part(timeline, '[part~="years"]').getAttribute('aria-labelledby')).toBe(part(timeline, '[part~="heading"]').id);
    expect(textOf(part(timeline, '[part~="heading"]'))).toBe(en.timelineLabel);
    expect(textOf(part(timeline, '[part~="as-of"]'))).toBe(`${en.asOf(formatDate('2023-06-30', 'en'))}.`);
    expect(textOf(part(timeline, '[part~="as-of"]'))).toBe('As of 30 June 2023.');
    await expectNoAxeViolations();
  });

  test('a heading inside the widget, at heading-level, its sections one below', async () => {
    const byDefault = await mountTimeline();
    expect(part(byDefault, '[part~="heading"]').localName).toBe('h3');
    expect(parts(byDefault, '[part~="panel-heading"]').every((heading) => heading.localName === 'h4')).toBe(true);
    byDefault.parentElement!.remove();
    const top = await mount<CtDeadlineTimeline>('<ct-deadline-timeline heading-level="2"></ct-deadline-timeline>');
    expect(part(top, '[part~="heading"]').localName).toBe('h2');
    expect(part(top, '[part~="lanes-heading"]').localName).toBe('h3');
    await expectNoAxeViolations();
  });
});

describe('the as-of date', () => {
  test('reads in official Vietnamese style, and the marker stands inside the current year', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    expect(textOf(part(timeline, '[part~="as-of"]'))).toBe(`${vi.asOf(formatDate('2023-06-30', 'vi'))}.`);
    expect(textOf(part(timeline, '[part~="as-of"]'))).toBe('Tính đến ngày 30 tháng 6 năm 2023.');
    const marker = part(timeline, '[part~="as-of-marker"]');
    expect(marker.closest('li')?.classList.contains('current')).toBe(true);
    expect(textOf(marker)).toBe('30/06/2023');
    await expectNoAxeViolations();
  });

  test('drawn calmly: a thin line in a muted colour, not bold red', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    timeline.style.width = '960px';
    const line = getComputedStyle(part(timeline, '[part~="as-of-marker"]'));
    expect(line.borderLeftColor).toBe('rgb(84, 91, 100)');
    expect(parseFloat(line.borderLeftWidth)).toBeLessThanOrEqual(2);
    const note = getComputedStyle(part(timeline, '[part~="as-of"]'));
    expect(Number(note.fontWeight)).toBeLessThan(600);
    expect(note.color).toBe('rgb(84, 91, 100)');
  });

  test('by default it is today: after the period every year is past, the marker after the last and the note says the period ended', async () => {
    const timeline = await mountTimeline();
    expect(new Date().getFullYear()).toBeGreaterThan(program.period.end);
    expect(yearItems(timeline).map(relationOf)).toEqual(yearItems(timeline).map(() => 'past'));
    expect(part(timeline, '[part~="as-of-marker"]').classList.contains('end')).toBe(true);
    expect(yearItems(timeline).at(-1)!.contains(part(timeline, '[part~="as-of-marker"]'))).toBe(true);
    expect(textOf(part(timeline, '[part~="as-of"]'))).toContain(vi.periodEnded(program.period.end));
    await expectNoAxeViolations();
  });
});

describe('layout', () => {
  test('horizontal when wide, vertical when narrow', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    const tops = () => yearItems(timeline).map((item) => Math.round(item.getBoundingClientRect().top));
    const lefts = () => yearItems(timeline).map((item) => Math.round(item.getBoundingClientRect().left));
    timeline.style.width = '960px';
    expect(new Set(tops()).size).toBe(1);
    expect(lefts()).toEqual([...lefts()].sort((a, b) => a - b));
    timeline.style.width = '320px';
    expect(new Set(lefts()).size).toBe(1);
    expect(tops()).toEqual([...tops()].sort((a, b) => a - b));
    expect(new Set(tops()).size).toBe(yearItems(timeline).length);
    expect(part(timeline, '.bar-up').checkVisibility()).toBe(false);
    expect(part(timeline, '.bar-across').checkVisibility()).toBe(true);
    expect(timeline.scrollWidth).toBeLessThanOrEqual(320);
  });

  test('printed: a table of every deadline with every text in full, in place of the drawing', async () => {
    const timeline = await mountTimeline('as-of="2023-06-30"');
    const full = modelOf({}, { asOf: '2023-06-30', clauseLength: Number.MAX_SAFE_INTEGER });
    const table = part<HTMLTableElement>(timeline, '[part~="table"]');
    expect(table.checkVisibility()).toBe(false);
    await commands.emulateMedia('print');
    try {
      expect(table.checkVisibility()).toBe(true);
      expect(part(timeline, '[part~="years"]').checkVisibility()).toBe(false);
      const rows = [...table.tBodies[0]!.rows].filter((row) => row.cells.length > 2);
      const entries = [...full.years.flatMap((year) => year.entries), ...full.lanes.annual, ...full.lanes.ongoing, ...full.lanes.conditional];
      expect(rows.map((row) => textOf(row.cells[1]))).toEqual(entries.map((entry) => entry.clause));
      expect(rows.map((row) => textOf(row.cells[3]))).toEqual(entries.map((entry) => entry.taskId));
      expect(entries.some((entry) => entry.deadline.clause.length > 160)).toBe(true);
      expect(rows.every((row) => !textOf(row).includes('…'))).toBe(true);
    } finally {
      await commands.emulateMedia('screen');
    }
  });
});

describe('nothing to show, calmly', () => {
  test('an agency without dated deadlines (so-y-te) says so: a status line, no clear-filters button, no console warning', async () => {
    // The test setup fails any console output: no allowWarnings here.
    const timeline = await mountTimeline('agency="so-y-te"');
    const model = modelOf({ agency: 'so-y-te' });
    expect(model.noDatedDeadlines).toBe(true);
    expect(model.counts.total).toBe(0);
    const empty = part(timeline, '[part~="empty"]');
    expect(empty.getAttribute('role')).toBe('status');
    expect(textOf(empty)).toBe(vi.noDeadlinesOf(program.agencies.find((agency) => agency.id === 'so-y-te')!.name));
    expect(parts(timeline, 'button')).toEqual([]);
    expect(parts(timeline, '[part~="problems"], [role="alert"]')).toEqual([]);
    expect(textOf(part(timeline, '[part~="heading"]'))).toBe(vi.timelineLabel);
    await expectNoAxeViolations();
  });

  test('tasks whose deadlines all lack a year: the lanes only, after a calm line', async () => {
    const model = modelOf({}, {}, lanesOnlyProgram());
    expect(model.noDatedDeadlines).toBe(true);
    expect(model.counts.total).toBeGreaterThan(0);
    const timeline = await mountTimeline(`src="${served(JSON.stringify(lanesOnlyProgram()))}"`);
    expect(textOf(part(timeline, '[part~="empty"]'))).toBe(vi.noDatedDeadlines);
    expect(timeline.shadowRoot!.querySelector('[part~="years"]')).toBeNull();
    expect(parts(timeline, '[part~="lane"]').length).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });
});

describe('bad input: shown in the widget, logged once', () => {
  test.each([
    { attributes: 'agency="so-cong-thong"', filter: { agency: 'so-cong-thong' } },
    { attributes: 'area="12"', filter: { area: '12' } },
  ])('<ct-deadline-timeline $attributes> explains core\'s problem', async ({ attributes, filter }) => {
    const warn = allowWarnings();
    const timeline = await mountTimeline(`debug ${attributes}`);
    const [problem] = validateFilter(program, filter);
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(problemVi(problem!));
    expect(timeline.shadowRoot?.querySelector('[part~="years"]')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test.each([
    { attribute: 'as-of', value: '30/06/2023' },
    { attribute: 'heading-level', value: '9' },
    { attribute: 'href', value: 'javascript:alert(1)' },
  ] as const)('a $attribute of "$value" is reported and its default used', async ({ attribute, value }) => {
    const warn = allowWarnings();
    const timeline = await mountTimeline(`debug ${attribute}="${value}"`);
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(problemVi({ code: 'malformed-attribute', field: attribute, value }));
    expect(part(timeline, '[part~="heading"]').localName).toBe('h3');
    expect(parts(timeline, '[part~="entry-link"]').every((link) => link.getAttribute('href')!.startsWith('#task-'))).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src that is not JSON', async () => {
    const warn = allowWarnings();
    const src = URL.createObjectURL(new Blob(['Not Found'], { type: 'text/plain' }));
    const timeline = await mountTimeline(`debug src="${src}"`);
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(problemVi({ code: 'not-json', url: src, bundled: false, excerpt: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });
});

describe('status overlays (status-src): bars by timeliness as of the as-of date', () => {
  test.each(['2021-06-30', AS_OF, '2025-12-31'])('as of %s, each bar is stacked by core\'s timeliness and overdue deadlines are marked', async (asOf) => {
    const { entries } = everyClass();
    const timeline = await mountTimeline(`status-src="${served(overlay(entries))}" as-of="${asOf}"`);
    const report = applyStatus(program, [overlay(entries)], { asOf });
    const model = modelOf({}, { status: report });
    for (const [index, year] of model.years.entries()) {
      const item = yearItems(timeline)[index]!;
      const segments = [...item.querySelectorAll('.bar-up .segment')].map((segment) => ({
        level: TIMELINESS.find((level) => segment.classList.contains(level)),
        length: Number(segment.querySelector('rect')!.getAttribute('height')),
      }));
      expect(segments).toEqual(TIMELINESS.filter((level) => year.byTimeliness[level] > 0).map((level) => ({ level, length: year.byTimeliness[level] })));
      const overdue = year.byTimeliness['open-overdue'];
      expect(textOf(item.querySelector('[part~="overdue-count"]'))).toBe(overdue > 0 ? vi.overdueCount(overdue) : '');
      if (year.entries.length > 0) {
        const shown = [...panelOf(timeline, year.year).querySelectorAll('[part~="entry"]')].map((entry) => entry.classList.contains('overdue'));
        expect(shown).toEqual(year.entries.map((entry) => entry.timeliness === 'open-overdue'));
      }
    }
    const levels = new Set([...model.years.flatMap((year) => year.entries), ...model.lanes.annual, ...model.lanes.conditional].map((entry) => entry.timeliness));
    expect(parts(timeline, '[part~="legend"] li').map(textOf)).toEqual(TIMELINESS.filter((level) => levels.has(level)).map((level) => vi.timeliness[level]));
    // Mid-2021 nothing is overdue yet; by mid-2022 the open 2021 deadlines are.
    expect(parts(timeline, '[part~="entry"].overdue').length > 0).toBe(asOf !== '2021-06-30');
    await expectNoAxeViolations();
  });

  test('each entry says its timeliness in words, a yearly one year by year', async () => {
    const { entries, tasks } = everyClass();
    const timeline = await mountTimeline(`lang="en" status-src="${served(overlay(entries))}" as-of="${AS_OF}"`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const annual = modelOf({}, { status: report }).lanes.annual.find((entry) => entry.taskId === tasks.notDue.id)!;
    const entry = parts(timeline, '[part~="annual"] [part~="entry"]').find((element) => element.querySelector('a')!.getAttribute('href') === `#${tasks.notDue.id}`)!;
    expect([...entry.querySelectorAll('[part~="deadline-timeliness"] .mark')].map(textOf)).toEqual(
      annual.judgements.map((judgement) => `${judgement.year} ${en.timelinessShort[judgement.timeliness]}`),
    );
    const overdueEntry = parts(timeline, '[part~="entry"].overdue')[0]!;
    expect(textOf(overdueEntry.querySelector('[part~="deadline-timeliness"]'))).toBe(en.timelinessShort['open-overdue']);
  });

  test('without status-src, one colour and no timeliness', async () => {
    const timeline = await mountTimeline('as-of="2024-06-30"');
    expect(parts(timeline, '[part~="entry"].overdue, [part~="overdue-count"], [part~="deadline-timeliness"], [part~="legend"]')).toEqual([]);
    expect(parts(timeline, '.segment').every((segment) => segment.classList.contains('all'))).toBe(true);
  });

  test('an overlay with an invalid entry and a conflict: both reported, in one warning', async () => {
    const warn = allowWarnings();
    const { entries, tasks } = everyClass();
    const first = overlay(entries);
    const second = overlay([{ taskId: tasks.overdue.id, status: 'done', updated: '2022-05-01' }, { taskId: tasks.late.id, status: 'hoàn thành', updated: '2022-05-01' }]);
    const [a, b] = [served(first), served(second)];
    const timeline = await mountTimeline(`debug status-src="${a} ${b}" as-of="${AS_OF}"`);
    const report = applyStatus(program, [first, second], { asOf: AS_OF, labels: [a, b] });
    expect(report.issues).toHaveLength(1);
    expect(report.conflicts).toHaveLength(1);
    expect(parts(timeline, '[part~="problems"] li').map(textOf)).toEqual([
      problemVi({ code: 'status-issue', url: b, path: report.issues[0]!.path, message: report.issues[0]!.message }),
      problemVi({ code: 'status-conflict', ...report.conflicts[0]! }),
    ]);
    // One warning for the set.
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });
});
