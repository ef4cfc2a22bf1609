import { program } from '@chuongtrinh/core/data';
import { validateFilter } from '@chuongtrinh/core/query';
import { expect, userEvent, waitFor } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { AS_OF_INSIDE, COORDINATES_MOST, LEADS_MOST, WITHOUT_DEADLINES } from '../../stories/data.js';
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
import { everyPrecisionProgram, lanesOnlyProgram } from '../../test/precisions.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import { problemVi } from '../translations/problems.vi.js';

const TAG = 'ct-deadline-timeline';

const meta = preview.meta({
  title: 'Widgets/Deadline timeline',
  component: TAG,
  argTypes: controlsFor(TAG),
  render: (args) => embed(TAG, args),
  play: settle,
});

/** The year items of the story's timeline. */
const yearsOf = (canvas: HTMLElement) => [...(widgetIn(canvas).shadowRoot?.querySelectorAll<HTMLElement>('[part~="year"]') ?? [])];

/** Opens the year with the most deadlines, as a visitor would. */
async function openBusiestYear(canvas: HTMLElement): Promise<HTMLElement> {
  await settled(canvas);
  const toggles = [...widgetIn(canvas).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="year-toggle"]')];
  const busiest = toggles.sort((a, b) => count(b) - count(a))[0]!;
  await userEvent.click(busiest);
  await waitFor(() => expect(busiest.getAttribute('aria-expanded')).toBe('true'));
  return partOf(widgetIn(canvas), `#${busiest.getAttribute('aria-controls')}`)!;
}

/** A year's count, from its toggle ("23 thời hạn"). */
const count = (toggle: HTMLElement) => Number.parseInt(textOf(toggle.querySelector('.year-count')), 10);

/* The default and real agencies */

/** `<ct-deadline-timeline>` with no attribute: the deadlines of every agency, the marker at today (after the period, so every year is past). */
export const Default = meta.story({});

/** With `as-of` inside the period: past, current and upcoming years, the marker between them. */
export const AsOfInsidePeriod = meta.story({
  args: { 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const statuses = yearsOf(canvasElement).map((year) => ['past', 'current', 'upcoming'].find((status) => year.classList.contains(status)));
    await expect(statuses).toContain('current');
  },
});

/** With `as-of` after the period: every year past, the marker after the last, and the note says the period ended. */
export const AsOfAfterPeriod = meta.story({
  args: { 'as-of': `${program.period.end + 1}-03-15` },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(partOf(widgetIn(canvasElement), '[part~="as-of"]'))).toContain(vi.periodEnded(program.period.end));
  },
});

/** The agency that leads the most tasks (core's `agencyWorkloads`). */
export const AgencyThatLeadsMost = meta.story({ args: { agency: LEADS_MOST, 'as-of': AS_OF_INSIDE } });

/** The agency that coordinates most (no agency in this program only coordinates). */
export const AgencyThatCoordinates = meta.story({ args: { agency: COORDINATES_MOST, 'as-of': AS_OF_INSIDE } });

/** Another plan (format 2, through `src`) with a deadline of every precision: day, month, quarter, year and period on their year; ongoing, annual and conditional ones apart. */
export const EveryPrecision = meta.story({
  args: { src: URL.createObjectURL(new Blob([JSON.stringify(everyPrecisionProgram())], { type: 'application/json' })), 'as-of': '2026-08-01' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(partOf(widgetIn(canvasElement), '[part~="ongoing"]')).toBeTruthy();
  },
});

/** One area of the program. */
export const OneArea = meta.story({ args: { area: '1', 'as-of': AS_OF_INSIDE } });

/** A year opened: a panel the width of the widget under the axis, what is due in full words, each linked to its task. */
export const YearOpened = meta.story({
  args: { 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    const panel = await openBusiestYear(canvasElement);
    await expect(panel.checkVisibility()).toBe(true);
    await expect(panel.querySelector('[part~="entry-link"]')!.getAttribute('href')).toMatch(/^#task-/);
  },
});

/** The task list is on another page (`href`): each deadline links to its task there. */
export const TaskListElsewhere = meta.story({
  args: { agency: LEADS_MOST, href: 'nhiem-vu.html', 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    const panel = await openBusiestYear(canvasElement);
    await expect(panel.querySelector('[part~="entry-link"]')!.getAttribute('href')).toMatch(/^nhiem-vu\.html#task-/);
  },
});

/** Under a page's `<h1>` directly: `heading-level="2"` makes the widget's heading an `<h2>`, its sections `<h3>`. */
export const HeadingLevel = meta.story({
  args: { 'heading-level': 2, 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(partOf(widgetIn(canvasElement), '[part~="heading"]')!.localName).toBe('h2');
  },
});

/* Progress from status overlays (status-src) */

/** With a status overlay: each bar stacked by timeliness with a colour key, the overdue count per year, and the year opened with each deadline's timeliness in words. */
export const WithStatus = meta.story({
  args: { 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF },
  play: async ({ canvasElement }) => {
    await openBusiestYear(canvasElement);
    await expect(partOf(widgetIn(canvasElement), '[part~="legend"]')).toBeTruthy();
    await expect(widgetIn(canvasElement).shadowRoot!.querySelectorAll('[part~="entry"].overdue').length).toBeGreaterThan(0);
  },
});

/** While the overlay loads, the timeline says so. */
export const StatusLoading = meta.story({
  args: { 'status-src': SLOW_SRC },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loadingStatus));
  },
});

/** Two overlays, one with an invalid entry, and a conflict between them: both reported, one warning each. */
export const OverlayProblems = meta.story({
  args: (() => {
    const tasks = statusTasks();
    const second = overlay([
      { taskId: tasks.overdue.id, status: 'done', updated: '2022-05-01' },
      { taskId: tasks.late.id, status: 'hoàn thành', updated: '2022-05-01' },
    ]);
    return { debug: true, 'status-src': `${everyClassSrc()} ${served(second)}`, 'as-of': STATUS_AS_OF };
  })(),
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, vi.statusProblemsTitle, 'entries[1].status', statusTasks().overdue.id),
});

/** An overlay that answers 404. */
export const OverlayNotFound = meta.story({
  args: { debug: true, 'status-src': MISSING_SRC },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '404 Not Found'),
});

/* Nothing to show */

/** An agency without deadlines (`so-y-te` and others): one calm line, no button, nothing logged. */
export const NoDatedDeadlines = meta.story({
  args: { agency: WITHOUT_DEADLINES },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const empty = partOf(widgetIn(canvasElement), '[part~="empty"]')!;
    await expect(empty.getAttribute('role')).toBe('status');
    await expect(widgetIn(canvasElement).shadowRoot!.querySelector('button')).toBeNull();
  },
});

/** Deadlines, but none in a year (every year, ongoing, conditional): a calm line, then the lanes. */
export const OnlyLanes = meta.story({
  args: { src: URL.createObjectURL(new Blob([JSON.stringify(lanesOnlyProgram())], { type: 'application/json' })) },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(partOf(widgetIn(canvasElement), '[part~="empty"]'))).toBe(vi.noDatedDeadlines);
    await userEvent.click(partOf(widgetIn(canvasElement), '[part~="lane-toggle"]')!);
  },
});

/* Bad input */

/** A misspelt agency id: the closest ids are suggested. */
export const UnknownAgency = meta.story({
  args: { debug: true, agency: 'so-cong-thong' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi(validateFilter(program, { agency: 'so-cong-thong' })[0]!)),
});

/** An area the program does not have. */
export const UnknownArea = meta.story({
  args: { debug: true, area: '12' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi(validateFilter(program, { area: '12' })[0]!)),
});

/** An `as-of` that is not a `YYYY-MM-DD` date (the timeline's year): reported, and today used. */
export const AsOfNotADate = meta.story({
  args: { debug: true, 'as-of': '30/06/2023' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi({ code: 'malformed-attribute', field: 'as-of', value: '30/06/2023' })),
});

/** A `src` that answers 404. */
export const SrcNotFound = meta.story({
  args: { debug: true, src: MISSING_SRC },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '404 Not Found'),
});

/** A `src` that answers a web page instead of JSON. */
export const SrcNotJson = meta.story({
  args: { debug: true, src: notJsonSrc() },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, 'Trang không tồn tại'),
});

const invalid = invalidDatasetSrc();

/** A `src` whose JSON does not fit the dataset contract: the problem names the field. */
export const SrcFailsSchema = meta.story({
  args: { debug: true, src: invalid.src },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, invalid.path),
});

/* Loading */

/** A `src` that takes its time (here: forever). */
export const Loading = meta.story({
  args: { src: SLOW_SRC },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loading));
  },
});

/* Languages */

/** Vietnamese, the default; dates in Vietnamese. */
export const Vietnamese = meta.story({ args: { lang: 'vi', 'as-of': AS_OF_INSIDE } });

/** English UI and dates ("As of 30 June 2023"); what is due stays Vietnamese, marked `lang="vi"`. */
export const English = meta.story({
  args: { lang: 'en', 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(partOf(widgetIn(canvasElement), '[part~="heading"]'))).toBe(en.timelineLabel);
  },
});

/* Long texts */

/** The busiest year of the agency that leads most, opened: long clauses wrap in the full-width panel, cut only at a word with an ellipsis. */
export const LongTexts = meta.story({
  args: { agency: LEADS_MOST, 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    await openBusiestYear(canvasElement);
  },
});

/* Sizes and media */

/** On a small phone (320 px): the years run down the page, bars across; the opened year's panel below them. */
export const Phone = meta.story({
  args: { 'as-of': AS_OF_INSIDE },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const lefts = new Set(yearsOf(canvasElement).map((year) => Math.round(year.getBoundingClientRect().left)));
    await expect(lefts.size).toBe(1);
    await openBusiestYear(canvasElement);
  },
});

/** On a wide desktop screen (1280 px): the years run across, bars upright on one axis. */
export const Wide = meta.story({
  args: { 'as-of': AS_OF_INSIDE },
  globals: { viewport: { value: 'desktop', isRotated: false } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const tops = new Set(yearsOf(canvasElement).map((year) => Math.round(year.getBoundingClientRect().top)));
    await expect(tops.size).toBe(1);
  },
});

/** As printed: a table of every deadline, every text in full, in place of the drawing (the widget's own print styles, shown on screen). */
export const Print = meta.story({
  args: { agency: LEADS_MOST, 'as-of': AS_OF_INSIDE },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    showAsPrinted(canvasElement);
    await expect(partOf(widgetIn(canvasElement), '[part~="table"]')!.checkVisibility()).toBe(true);
    await expect(partOf(widgetIn(canvasElement), '[part~="years"]')!.checkVisibility()).toBe(false);
  },
});
