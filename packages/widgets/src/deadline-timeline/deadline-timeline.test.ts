import { applyStatus, deadlinesByYear, validateFilter, type DeadlineEntry, type StatusReport, type TaskFilter } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, listen, mount, part, parts, textOf } from '../../test/browser.js';
import { AS_OF, everyClass, overlay, served } from '../../test/overlays.js';
import { everyPrecisionProgram } from '../../test/precisions.js';
import type { FilterChangeDetail } from '../events.js';
import '../index.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import type { CtDeadlineTimeline } from './deadline-timeline.js';

const yearItems = (timeline: CtDeadlineTimeline) => parts(timeline, '[part~="year"]');
const statusOf = (item: Element) => ['past', 'current', 'upcoming'].find((status) => item.classList.contains(status));

/** What a screen reader goes through: the items of the ordered list, in order. */
const listItems = (timeline: CtDeadlineTimeline) => parts(timeline, 'ol[part~="years"] > li');

describe('what it shows', () => {
  const SELECTIONS: Array<{ attributes: string; filter: TaskFilter }> = [
    { attributes: '', filter: {} },
    { attributes: 'agency="so-cong-thuong"', filter: { agency: 'so-cong-thuong' } },
    { attributes: 'area="1"', filter: { area: '1' } },
  ];

  test.each(SELECTIONS)('<ct-deadline-timeline $attributes> has core\'s deadlines by year', async ({ attributes, filter }) => {
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline ${attributes}></ct-deadline-timeline>`);
    const groups = deadlinesByYear(program, filter);
    expect(yearItems(timeline).map((item) => textOf(item.querySelector('.year-number')))).toEqual(groups.years.map(({ year }) => String(year)));
    for (const [index, { entries }] of groups.years.entries()) {
      const item = yearItems(timeline)[index]!;
      expect(textOf(item.querySelector('summary, .count'))).toBe(vi.deadlineCount(entries.length));
      expect([...item.querySelectorAll('[part~="entry"] q')].map(textOf)).toEqual(entries.map(({ deadline }) => deadline.text));
    }
    const group = (name: string) => timeline.shadowRoot?.querySelectorAll(`[part~="${name}"] [part~="entry"]`).length ?? 0;
    expect(group('annual')).toBe(groups.annual.length);
    expect(group('undated')).toBe(groups.undated.length);
    await expectNoAxeViolations();
  });

  test('a program of format 2 with every precision: dated ones on their year, ongoing and annual apart', async () => {
    const precise = everyPrecisionProgram();
    expect(new Set(precise.tasks.flatMap((task) => task.deadlines.map((deadline) => deadline.kind)))).toEqual(
      new Set(['day', 'month', 'quarter', 'year', 'period', 'annual', 'ongoing', 'conditional']),
    );
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline src="${served(JSON.stringify(precise))}" as-of="2026-08-01"></ct-deadline-timeline>`);
    const groups = deadlinesByYear(precise);
    const group = (name: string) => timeline.shadowRoot?.querySelectorAll(`[part~="${name}"] [part~="entry"]`).length ?? 0;
    expect(group('ongoing')).toBe(groups.ongoing.length);
    expect(group('annual')).toBe(groups.annual.length);
    expect(group('undated')).toBe(groups.undated.length);
    expect(yearItems(timeline).map((item) => item.querySelectorAll('[part~="entry"]').length)).toEqual(groups.years.map(({ entries }) => entries.length));
    await expectNoAxeViolations();
  });

  test('conditional deadlines say they are conditional, annual ones are not put on a year', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline></ct-deadline-timeline>');
    const groups = deadlinesByYear(program);
    const conditional = groups.years.flatMap(({ entries }) => entries).filter(({ deadline }) => deadline.kind === 'conditional');
    expect(conditional.length).toBeGreaterThan(0);
    const shown = parts(timeline, '[part~="years"] [part~="entry"].conditional');
    expect(shown.map((entry) => textOf(entry.querySelector('q')))).toEqual(conditional.map(({ deadline }) => deadline.text));
    for (const entry of shown) expect(textOf(entry)).toContain(vi.conditional);
    expect(groups.annual.length).toBeGreaterThan(0);
    expect(parts(timeline, '[part~="years"] [part~="entry"].annual')).toEqual([]);
    expect(textOf(part(timeline, '[part~="annual"]'))).toContain(vi.everyYear);
  });

  test('by default the date is today: the period is over, every year reads as past', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline></ct-deadline-timeline>');
    expect(new Date().getFullYear()).toBeGreaterThan(program.period.end);
    expect(yearItems(timeline).map(statusOf)).toEqual(yearItems(timeline).map(() => 'past'));
    const items = listItems(timeline);
    expect(items.at(-1)?.getAttribute('part')).toBe('as-of-marker');
    expect(textOf(items.at(-1))).toContain(vi.periodEnded(program.period.end));
  });

  test('with as-of inside the period, the marker stands before the current year', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline as-of="2023-06-30"></ct-deadline-timeline>');
    expect(yearItems(timeline).map(statusOf)).toEqual(['past', 'past', 'current', 'upcoming', 'upcoming']);
    const order = listItems(timeline).map((item) => (item.getAttribute('part') === 'as-of-marker' ? 'marker' : textOf(item.querySelector('.year-number'))));
    expect(order).toEqual(['2021', '2022', 'marker', '2023', '2024', '2025']);
    expect(textOf(part(timeline, '[part~="as-of-marker"]'))).toBe(vi.asOf(new Intl.DateTimeFormat(vi.locale, { dateStyle: 'long' }).format(new Date(2023, 5, 30))));
    await expectNoAxeViolations();
  });

  test('a screen reader reads one ordered list of years', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline lang="en"></ct-deadline-timeline>');
    const list = part(timeline, '[part~="years"]');
    expect(list.localName).toBe('ol');
    expect(list.getAttribute('aria-label')).toBe(en.timelineLabel);
    expect(listItems(timeline)).toHaveLength(program.period.end - program.period.start + 2);
  });

  test('horizontal when wide, vertical when narrow', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline></ct-deadline-timeline>');
    const tops = () => yearItems(timeline).map((item) => Math.round(item.getBoundingClientRect().top));
    const lefts = () => yearItems(timeline).map((item) => Math.round(item.getBoundingClientRect().left));
    timeline.style.width = '960px';
    expect(new Set(tops()).size).toBe(1);
    expect(lefts()).toEqual([...lefts()].sort((a, b) => a - b));
    timeline.style.width = '320px';
    expect(new Set(lefts()).size).toBe(1);
    expect(tops()).toEqual([...tops()].sort((a, b) => a - b));
    expect(new Set(tops()).size).toBe(yearItems(timeline).length);
  });

  test('a year opens from the keyboard', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline></ct-deadline-timeline>');
    const details = part<HTMLDetailsElement>(timeline, 'details');
    details.querySelector('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    await expectNoAxeViolations();
  });

  test('printed: every year open', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline></ct-deadline-timeline>');
    const entry = part(timeline, 'details [part~="entry"]');
    expect(entry.checkVisibility()).toBe(false);
    await commands.emulateMedia('print');
    try {
      expect(entry.checkVisibility()).toBe(true);
    } finally {
      await commands.emulateMedia('screen');
    }
  });
});

describe('bad input: shown in the widget, logged once', () => {
  test.each([
    { attributes: 'agency="so-cong-thong"', filter: { agency: 'so-cong-thong' } },
    { attributes: 'area="12"', filter: { area: '12' } },
  ])('<ct-deadline-timeline $attributes> explains core\'s problem', async ({ attributes, filter }) => {
    const warn = allowWarnings();
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline ${attributes}></ct-deadline-timeline>`);
    const [problem] = validateFilter(program, filter);
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(vi.problem(problem!));
    expect(timeline.shadowRoot?.querySelector('[part~="years"]')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an as-of that is not a date is reported, and today used', async () => {
    const warn = allowWarnings();
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline as-of="30/06/2023"></ct-deadline-timeline>');
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(vi.problem({ code: 'malformed-attribute', field: 'as-of', value: '30/06/2023' }));
    expect(yearItems(timeline).map(statusOf)).toEqual(yearItems(timeline).map(() => 'past'));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('a filter without deadlines says so and offers to clear the filters', async () => {
    const warn = allowWarnings();
    const empty = program.agencies.find((agency) => {
      const groups = deadlinesByYear(program, { agency: agency.id });
      return groups.annual.length + groups.undated.length + groups.years.reduce((sum, year) => sum + year.entries.length, 0) === 0;
    });
    expect(empty).toBeDefined();
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline agency="${empty!.id}"></ct-deadline-timeline>`);
    expect(textOf(part(timeline, '[part~="empty"]'))).toContain(vi.noDeadlinesForFilter);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
    const changes: FilterChangeDetail[] = [];
    listen('ct-filter-change', (event) => changes.push(event.detail));
    await userEvent.click(part(timeline, '[part~="clear-button"]'));
    await timeline.updateComplete;
    expect(yearItems(timeline)).toHaveLength(deadlinesByYear(program).years.length);
    expect(changes).toEqual([{}]);
  });

  test('src that is not JSON', async () => {
    const warn = allowWarnings();
    const src = URL.createObjectURL(new Blob(['Not Found'], { type: 'text/plain' }));
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline src="${src}"></ct-deadline-timeline>`);
    expect(textOf(part(timeline, '[part~="problems"]'))).toContain(vi.problem({ code: 'not-json', url: src, bundled: false, excerpt: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });
});

describe('status overlays (status-src): overdue as of the as-of date', () => {
  /** Each shown entry's deadline text with whether it is marked overdue. */
  const marked = (timeline: CtDeadlineTimeline, selector: string) =>
    parts(timeline, `${selector} [part~="entry"]`).map((entry) => ({ text: textOf(entry.querySelector('q')), overdue: entry.classList.contains('overdue') }));

  /** The same from core: a deadline is overdue when one of its judgements (one a year for a yearly one) is. */
  function expected(report: StatusReport, entries: DeadlineEntry[]) {
    return entries.map(({ deadline, task }) => ({
      text: deadline.text,
      overdue: report.tasks
        .find((progress) => progress.task.id === task.id)!
        .deadlines.some((judgement) => judgement.deadline === deadline && judgement.timeliness === 'open-overdue'),
    }));
  }

  test.each(['2021-06-30', AS_OF, '2025-12-31'])('as of %s, the deadlines core judges overdue are marked, with a count per year', async (asOf) => {
    const { entries } = everyClass();
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline status-src="${served(overlay(entries))}" as-of="${asOf}"></ct-deadline-timeline>`);
    const report = applyStatus(program, [overlay(entries)], { asOf });
    const groups = deadlinesByYear(program);
    for (const [index, { entries: yearEntries }] of groups.years.entries()) {
      const item = yearItems(timeline)[index]!;
      const want = expected(report, yearEntries);
      expect([...item.querySelectorAll('[part~="entry"]')].map((entry) => ({ text: textOf(entry.querySelector('q')), overdue: entry.classList.contains('overdue') }))).toEqual(want);
      const overdue = want.filter((entry) => entry.overdue).length;
      expect(textOf(item.querySelector('[part~="overdue-count"]'))).toBe(overdue > 0 ? vi.overdueCount(overdue) : '');
    }
    expect(marked(timeline, '[part~="annual"]')).toEqual(expected(report, groups.annual));
    expect(marked(timeline, '[part~="undated"]')).toEqual(expected(report, groups.undated));
    // Mid-2021 nothing is overdue yet; by mid-2022 the open 2021 deadlines are.
    const any = parts(timeline, '[part~="entry"].overdue').length > 0;
    expect(any).toBe(asOf !== '2021-06-30');
    await expectNoAxeViolations();
  });

  test('each entry says its timeliness in words, a yearly one year by year', async () => {
    const { entries, tasks } = everyClass();
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline lang="en" status-src="${served(overlay(entries))}" as-of="${AS_OF}"></ct-deadline-timeline>`);
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const progress = report.tasks.find((item) => item.task.id === tasks.notDue.id)!;
    const annual = tasks.notDue.deadlines.find((deadline) => deadline.kind === 'annual')!;
    const entry = parts(timeline, '[part~="annual"] [part~="entry"]').find((element) => textOf(element).includes(tasks.notDue.text.slice(0, 40)))!;
    expect([...entry.querySelectorAll('[part~="deadline-timeliness"] .mark')].map(textOf)).toEqual(
      progress.deadlines.filter((judgement) => judgement.deadline === annual).map((judgement) => `${judgement.year} ${en.timelinessShort[judgement.timeliness]}`),
    );
    const overdueEntry = parts(timeline, '[part~="entry"].overdue')[0]!;
    expect(textOf(overdueEntry.querySelector('[part~="deadline-timeliness"]'))).toBe(en.timelinessShort['open-overdue']);
  });

  test('without status-src nothing is marked overdue', async () => {
    const timeline = await mount<CtDeadlineTimeline>('<ct-deadline-timeline as-of="2024-06-30"></ct-deadline-timeline>');
    expect(parts(timeline, '[part~="entry"].overdue, [part~="overdue-count"], [part~="deadline-timeliness"]')).toEqual([]);
  });

  test('an overlay with an invalid entry and a conflict: both reported, one warning each', async () => {
    const warn = allowWarnings();
    const { entries, tasks } = everyClass();
    const first = overlay(entries);
    const second = overlay([{ taskId: tasks.overdue.id, status: 'done', updated: '2022-05-01' }, { taskId: tasks.late.id, status: 'hoàn thành', updated: '2022-05-01' }]);
    const [a, b] = [served(first), served(second)];
    const timeline = await mount<CtDeadlineTimeline>(`<ct-deadline-timeline status-src="${a} ${b}" as-of="${AS_OF}"></ct-deadline-timeline>`);
    const report = applyStatus(program, [first, second], { asOf: AS_OF, labels: [a, b] });
    expect(report.issues).toHaveLength(1);
    expect(report.conflicts).toHaveLength(1);
    expect(parts(timeline, '[part~="problems"] li').map(textOf)).toEqual([
      vi.problem({ code: 'status-issue', url: b, path: report.issues[0]!.path, message: report.issues[0]!.message }),
      vi.problem({ code: 'status-conflict', ...report.conflicts[0]! }),
    ]);
    expect(warn).toHaveBeenCalledTimes(2);
    await expectNoAxeViolations();
  });
});
