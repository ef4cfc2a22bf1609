import { program } from '@chuongtrinh/core/data';
import { agencyWorkload, validateFilter } from '@chuongtrinh/core/query';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { COORDINATES_MOST, LEADS_MOST, LONGEST_NAME, NEVER_LEADS, WITHOUT_DEADLINES } from '../../stories/data.js';
import {
  expectProblem,
  MISSING_SRC,
  notJsonSrc,
  partOf,
  settle,
  settled,
  showAsPrinted,
  SLOW_SRC,
  textOf,
  widgetIn,
  widgetsIn,
} from '../../stories/fixtures.js';
import { controlsFor, embed } from '../../stories/manifest.js';
import { everyClassSrc, overlay, served, STATUS_AGENCY, STATUS_AS_OF, statusTasks } from '../../stories/status.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import { problemVi } from '../translations/problems.vi.js';

const TAG = 'ct-agency-card';

const meta = preview.meta({
  title: 'Widgets/Agency card',
  component: TAG,
  argTypes: controlsFor(TAG),
  render: (args) => embed(TAG, args),
  play: settle,
});

/** Contact details a page might put inside the card (its slot). */
const CONTACT = '<p>Điện thoại: 0252 3822 000 · <a href="mailto:vanthu@example.gov.vn">vanthu@example.gov.vn</a></p>';

/** A link to where the agency's own page would list its tasks. */
const hrefFor = (agency: string) => `/${agency}/nhiem-vu`;

/* The default and real agencies */

/** The card as the README embeds it: an agency and a link to its page of tasks. */
export const Default = meta.story({ args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST) } });

/** The agency that leads the most tasks (core's `agencyWorkloads`). */
export const AgencyThatLeadsMost = meta.story({
  args: { agency: LEADS_MOST },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const workload = agencyWorkload(program, LEADS_MOST)!;
    await expect(textOf(widgetIn(canvasElement).shadowRoot)).toContain(vi.totalTasks(workload.total));
  },
});

/** The agency that coordinates most (no agency in this program only coordinates). */
export const AgencyThatCoordinates = meta.story({ args: { agency: COORDINATES_MOST } });

/** An agency that leads nothing: it is named as responsible alongside others. */
export const AgencyThatNeverLeads = meta.story({ args: { agency: NEVER_LEADS } });

/** Every agency of the program, one card each: a directory page. */
export const AllAgencies = meta.story({
  render: () => html`<div style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fill, minmax(20em, 1fr))">
    ${program.agencies.map((agency) => embed(TAG, { agency: agency.id, href: hrefFor(agency.id) }))}
  </div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(widgetsIn(canvasElement)).toHaveLength(program.agencies.length);
  },
});

/** With the page's own content inside (the slot) and a link. */
export const WithContactDetails = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST) },
  render: (args) => embed(TAG, args, CONTACT),
});

/** With links to the agency's calendar of deadlines and news feed of tasks (`chuongtrinh-widgets subscriptions` writes the files). */
export const WithSubscriptions = meta.story({ args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST), subscriptions: '/js/chuongtrinh/' } });

/** Restyled on the element itself through custom properties (each has a control: try the colour pickers). */
export const CustomProperties = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST), '--ct-color-accent': '#8a1c1c', '--ct-font-family': 'Georgia, serif', '--ct-radius': '0' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(getComputedStyle(partOf(widgetIn(canvasElement), '[part~="link"]')!).color).toBe('rgb(138, 28, 28)');
  },
});

/** An agency with no deadline: the card says so instead of an empty table. */
export const NoDeadlines = meta.story({
  args: { agency: WITHOUT_DEADLINES },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(partOf(widgetIn(canvasElement), '[part~="deadlines"]'))).toBe(vi.noDeadlines);
  },
});

/* Progress from status overlays (status-src) */

/** With a status overlay: the agency's tasks per timeliness class as of `as-of`, and how many are reported. */
export const WithStatus = meta.story({
  args: { agency: STATUS_AGENCY, href: hrefFor(STATUS_AGENCY), 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(widgetIn(canvasElement).shadowRoot!.querySelectorAll('[part~="timeliness-count"]').length).toBeGreaterThan(0);
  },
});

/** While the overlay loads, the card says so. */
export const StatusLoading = meta.story({
  args: { agency: STATUS_AGENCY, 'status-src': SLOW_SRC },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loadingStatus));
  },
});

/** An overlay entry whose date is not a date: named by its JSON path; the valid entries still counted. */
export const OverlayInvalidEntry = meta.story({
  args: { debug: true,
    agency: STATUS_AGENCY,
    'as-of': STATUS_AS_OF,
    'status-src': served(overlay([{ taskId: statusTasks().onTime.id, status: 'done', updated: 'hôm qua' }])),
  },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, vi.statusProblemsTitle, 'entries[0].updated'),
});

/** An overlay that answers 404: said in the card, no counts made up. */
export const OverlayNotFound = meta.story({
  args: { debug: true, agency: STATUS_AGENCY, 'status-src': MISSING_SRC },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '404 Not Found'),
});

/* Bad input */

/** No `agency` attribute: the card needs one. */
export const MissingAgency = meta.story({
  args: { debug: true },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi({ code: 'missing-attribute', field: 'agency' })),
});

/** A misspelt agency id: the closest ids are suggested. */
export const UnknownAgency = meta.story({
  args: { debug: true, agency: 'so-y-tee' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi(validateFilter(program, { agency: 'so-y-tee' })[0]!)),
});

/** An `href` that is not http(s) or relative (`javascript:…`): no link is made, and the card says why. */
export const UnsafeHref = meta.story({
  args: { debug: true, agency: LEADS_MOST, href: 'javascript:alert(document.domain)' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) =>
    expectProblem(canvasElement, problemVi({ code: 'malformed-attribute', field: 'href', value: 'javascript:alert(document.domain)' })),
});

/** A `src` that answers 404. */
export const SrcNotFound = meta.story({
  args: { debug: true, agency: LEADS_MOST, src: MISSING_SRC },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, '404 Not Found'),
});

/** A `src` that answers a web page instead of JSON. */
export const SrcNotJson = meta.story({
  args: { debug: true, agency: LEADS_MOST, src: notJsonSrc() },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, 'Trang không tồn tại'),
});

/** A `src` whose agencies do not match its blocks: core's validation names the block. */
export const SrcFailsSchema = meta.story({
  args: { debug: true,
    agency: LEADS_MOST,
    src: (() => {
      const broken = structuredClone(program);
      broken.agencies = broken.agencies.filter((agency) => agency.id !== COORDINATES_MOST);
      return URL.createObjectURL(new Blob([JSON.stringify(broken)], { type: 'application/json' }));
    })(),
  },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, `no agency has id "${COORDINATES_MOST}"`),
});

/* Loading */

/** A `src` that takes its time (here: forever). */
export const Loading = meta.story({
  args: { agency: LEADS_MOST, src: SLOW_SRC },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textOf(partOf(widgetIn(canvasElement), '[part~="status"]'))).toBe(vi.loading));
  },
});

/* Languages */

/** Vietnamese, the default. */
export const Vietnamese = meta.story({ args: { lang: 'vi', agency: LEADS_MOST, href: hrefFor(LEADS_MOST) } });

/** English UI; the agency is still named in both languages, each marked with its `lang`. */
export const English = meta.story({
  args: { lang: 'en', agency: LEADS_MOST, href: hrefFor(LEADS_MOST) },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(widgetIn(canvasElement).shadowRoot)).toContain(en.workloadLabel);
  },
});

/* Themes, headings and messages for visitors */

/** `theme="dark"`, on a dark page: the dark defaults of the token table. */
export const ThemeDark = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST), theme: 'dark' },
  render: (args) => html`<div style="background: #0d1117; padding: 1em">${embed(TAG, args)}</div>`,
});

/** `theme="light"` keeps the light palette even where the visitor's system is dark. */
export const ThemeLight = meta.story({ args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST), theme: 'light' } });

/** `heading-level="2"`: the agency's name is an `<h2>`, its sections `<h3>` (default 3 and 4, under a page's `<h2>`). */
export const HeadingLevel2 = meta.story({
  args: { agency: LEADS_MOST, 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(partOf(widgetIn(canvasElement), '[part~="name"]')?.parentElement?.localName).toBe('h2');
  },
});

/** What a visitor sees of a problem: one calm line; the details are in the console (and in the card with `debug`). */
export const ProblemForVisitors = meta.story({
  args: { agency: 'so-y-tee' },
  parameters: { expectedWarnings: 1 },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const box = partOf(widgetIn(canvasElement), '[part~="problems"]');
    await expect(textOf(box)).toBe(vi.problemsTitle);
    await expect(box?.getAttribute('role')).toBe('status');
  },
});

/** With `as-of` after the 2025 reorganisation: each inherited task cites its lines as "Văn bản gốc", a button opening them in a dialog. */
export const OriginalText = meta.story({
  args: { agency: 'so-tai-chinh', 'as-of': '2026-01-01' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const card = widgetIn(canvasElement);
    partOf(card, 'button[part~="source"]')?.click();
    await waitFor(() => expect(card.shadowRoot?.querySelectorAll('.source-lines .cited').length).toBeGreaterThan(0));
  },
});

/* Long texts */

/** The agency with the longest name, with contact details, in a narrow column. */
export const LongTexts = meta.story({
  args: { agency: LONGEST_NAME, href: hrefFor(LONGEST_NAME) },
  render: (args) => html`<div style="max-width: 18em">${embed(TAG, args, CONTACT)}</div>`,
});

/* Sizes and media */

/** On a small phone (320 px). */
export const Phone = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST) },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
});

/** On a wide desktop screen (1280 px). */
export const Wide = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST) },
  globals: { viewport: { value: 'desktop', isRotated: false } },
});

/** As printed (the widget's own print styles, shown on screen). */
export const Print = meta.story({
  args: { agency: LEADS_MOST, href: hrefFor(LEADS_MOST) },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    showAsPrinted(canvasElement);
    await expect(getComputedStyle(partOf(widgetIn(canvasElement), '[part~="base"]')!).borderTopStyle).toBe('none');
  },
});

/* Agency succession (with `as-of`) */

/** As of 2026: Sở Tài chính is now Lâm Đồng's, and carries the tasks of Sở Kế hoạch và Đầu tư, shown apart from its own. */
export const InheritedTasks = meta.story({
  args: { agency: 'so-tai-chinh', 'as-of': '2026-01-01' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const card = widgetIn(canvasElement);
    await waitFor(() => expect(textOf(partOf(card, '[part~="inherited"]'))).toContain('Sở Kế hoạch và Đầu tư'), { timeout: 5000 });
  },
});

/** After a split: Sở Y tế took social protection from Sở Lao động - Thương binh và Xã hội, in English. */
export const InheritedAfterSplit = meta.story({
  args: { agency: 'so-y-te', 'as-of': '2025-03-01', lang: 'en' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const card = widgetIn(canvasElement);
    await waitFor(() => expect(textOf(partOf(card, '[part~="inherited"]'))).toContain('social protection'), { timeout: 5000 });
  },
});
