import { TIMELINESS } from '@chuongtrinh/core/constants';
import { formatDate, formatDeadline, type DeadlineTimeline, type TimelineEntry, type TimelineYear } from '@chuongtrinh/core/format';
import type { Timeliness } from '@chuongtrinh/core/status';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderDeadlineMarks } from '../shared/progress.js';
import type { Language, Translation } from '../translations/translation.js';
import { renderHeading, type HeadingLevel } from '../shared/heading.js';

/** The deadlines with no single year, each in its own lane under the axis. */
export const LANES = ['annual', 'ongoing', 'conditional'] as const;
export type Lane = (typeof LANES)[number];

/** What a visitor has opened: a year of the axis or a lane; null when everything is closed. */
export type OpenPanel = number | Lane | null;

/**
 * Everything the timeline draws. `model` is core's `deadlineTimeline` of the tasks shown;
 * `printed` the same with every clause in full, for the printed table.
 */
export interface TimelineView {
  model: DeadlineTimeline;
  printed: DeadlineTimeline;
  /** Whether a status report is applied: the bars are then stacked by timeliness. */
  withStatus: boolean;
  /** The name of the agency chosen with `agency`, in the UI language when the program has it. */
  agency: string | null;
}

export interface RenderOptions {
  t: Translation;
  lang: Language;
  headingLevel: HeadingLevel;
  /** The link of a task: its anchor in the task list. */
  hrefOf: (taskId: string) => string;
  open: OpenPanel;
  onToggle: (panel: Exclude<OpenPanel, null>) => void;
}

/** Lane → the part its list of deadlines has had since the first release. */
const LANE_PARTS: Record<Lane, string> = { annual: 'annual', ongoing: 'ongoing', conditional: 'undated' };

const laneName = (lane: Lane, t: Translation) => ({ annual: t.everyYear, ongoing: t.ongoing, conditional: t.conditionalNoYear })[lane];

const panelId = (panel: Exclude<OpenPanel, null>) => `panel-${panel}`;

function tally(entries: readonly TimelineEntry[]): Record<Timeliness, number> {
  const counts = Object.fromEntries(TIMELINESS.map((level) => [level, 0])) as Record<Timeliness, number>;
  for (const entry of entries) if (entry.timeliness) counts[entry.timeliness]++;
  return counts;
}

type Segment = { level: string; start: number; length: number };

/** The bar's segments, end to end: by timeliness when `byTimeliness` is given, else one. */
function segmentsOf(count: number, byTimeliness: Record<Timeliness, number> | null): Segment[] {
  const lengths: Array<[string, number]> = byTimeliness ? TIMELINESS.map((level) => [level, byTimeliness[level]]) : [['all', count]];
  const segments: Segment[] = [];
  let start = 0;
  for (const [level, length] of lengths) {
    if (length === 0) continue;
    segments.push({ level, start, length });
    start += length;
  }
  return segments;
}

/**
 * A bar of `count` deadlines on a scale of `scale`, stacked by timeliness when `byTimeliness` is
 * given. Drawn in SVG because its lengths are then attributes: inline styles would be blocked on
 * a page whose CSP is `style-src 'self'`, and lost in prerendered markup. A year's bar has two
 * drawings, upright for the wide layout and across for the narrow one; the styles show one.
 */
function renderBar(count: number, scale: number, byTimeliness: Record<Timeliness, number> | null, upright: boolean): TemplateResult {
  const segments = segmentsOf(count, byTimeliness);
  const rect = (segment: Segment, geometry: SVGTemplateResult) => svg`<g class="segment ${segment.level}">${geometry}</g>`;
  return html`<span part="bar" class="bar" aria-hidden="true">
    ${upright
      ? html`<svg class="bar-up" viewBox="0 0 1 ${scale}" preserveAspectRatio="none" focusable="false">
          ${segments.map((segment) => rect(segment, svg`<rect x="0" y=${scale - segment.start - segment.length} width="1" height=${segment.length}></rect>`))}
        </svg>`
      : nothing}
    <svg class="bar-across" viewBox="0 0 ${scale} 1" preserveAspectRatio="none" focusable="false">
      ${segments.map((segment) => rect(segment, svg`<rect x=${segment.start} y="0" width=${segment.length} height="1"></rect>`))}
    </svg>
  </span>`;
}

/** Where the as-of marker stands in the year item that holds it: at its start, at its end, or in the quarter of the date. */
function markerPlace(model: DeadlineTimeline, year: TimelineYear, index: number): string | null {
  const { asOf } = model;
  if (!asOf) return null;
  if (year.year === asOf.year) return `q${Math.ceil(Number(asOf.date.slice(5, 7)) / 3)}`;
  if (index === asOf.index) return 'start';
  if (asOf.index === model.years.length && index === model.years.length - 1) return 'end';
  return null;
}

function renderMarker(place: string | null, date: string, lang: Language): TemplateResult | typeof nothing {
  if (!place) return nothing;
  return html`<span part="as-of-marker" class="marker ${place}" aria-hidden="true"><span class="marker-label">${formatDate(date, lang, 'numeric')}</span></span>`;
}

function renderCount(count: number, overdue: number, t: Translation): TemplateResult {
  return html`<span class="year-count" aria-hidden="true"
    >${t.deadlineCount(count)}${overdue > 0 ? html` <span part="overdue-count" class="overdue-count">${t.overdueCount(overdue)}</span>` : nothing}</span
  >`;
}

/** A year or lane as a screen reader names it, its pieces in words: "Năm 2021, 23 thời hạn, 5 quá hạn, đã qua". */
function accessibleName(pieces: Array<string | null>): string {
  return pieces.filter((piece) => piece !== null).join(', ');
}

/**
 * Each year is an item of the ordered list, named in words (its visible pieces are hidden from
 * assistive technology, which hears the name instead) with its year, its count and
 * where it stands against the as-of date.
 */
function renderYear(model: DeadlineTimeline, year: TimelineYear, index: number, scale: number, withStatus: boolean, options: RenderOptions): TemplateResult {
  const { t, lang, open, onToggle } = options;
  const count = year.entries.length;
  const overdue = withStatus ? year.byTimeliness['open-overdue'] : 0;
  const relation = year.relation ?? 'upcoming';
  const name = accessibleName([t.yearName(year.year), t.deadlineCount(count), overdue > 0 ? t.overdueCount(overdue) : null, t.yearStatus[relation]]);
  const content = html`${renderBar(count, scale, withStatus ? year.byTimeliness : null, true)}
    <span class="year-name" aria-hidden="true"><span class="year-number">${year.year}</span></span>
    ${renderCount(count, overdue, t)}
    <span class="year-status" aria-hidden="true">${t.yearStatus[relation]}</span>`;
  return html`<li part="year" class="year ${relation}${year.inPeriod ? '' : ' outside'}">
    ${count > 0
      ? html`<button
          part="year-toggle"
          class="toggle"
          type="button"
          aria-label=${name}
          aria-expanded=${open === year.year ? 'true' : 'false'}
          aria-controls=${panelId(year.year)}
          @click=${() => onToggle(year.year)}
        >
          ${content}
        </button>`
      : html`<span class="toggle none"><span class="visually-hidden">${name}</span>${content}</span>`}
    ${model.asOf ? renderMarker(markerPlace(model, year, index), model.asOf.date, lang) : nothing}
  </li>`;
}

/** When it is due, where the year or lane does not already say it: a precise date, a period, or the condition. */
function renderWhen(entry: TimelineEntry, t: Translation, lang: Language): TemplateResult | typeof nothing {
  const { deadline } = entry;
  if (deadline.kind === 'conditional') return html`<span class="when">${t.conditionLabel}: <q lang="vi">${deadline.text}</q></span>`;
  if (deadline.kind === 'year' || deadline.kind === 'annual' || deadline.kind === 'ongoing') return nothing;
  return html`<span class="when">${formatDeadline(deadline, lang)}</span>`;
}

function renderEntry(entry: TimelineEntry, options: RenderOptions): TemplateResult {
  const { t, lang, hrefOf } = options;
  const overdue = entry.timeliness === 'open-overdue';
  return html`<li part="entry" class="entry ${entry.deadline.kind}${overdue ? ' overdue' : ''}">
    <a part="entry-link" href=${hrefOf(entry.taskId)} lang="vi">${entry.clause}</a>
    ${renderWhen(entry, t, lang)}${renderDeadlineMarks(entry.judgements, t)}
  </li>`;
}

function renderPanel(panel: Exclude<OpenPanel, null>, part: string, title: string, entries: readonly TimelineEntry[], options: RenderOptions): TemplateResult {
  const id = panelId(panel);
  return html`<div part=${part} class="panel" id=${id} ?hidden=${options.open !== panel}>
    ${renderHeading(options.headingLevel, title, { depth: 1, part: 'panel-heading', id: `${id}-heading`, className: 'panel-heading' })}
    <ul class="entries">
      ${entries.map((entry) => renderEntry(entry, options))}
    </ul>
  </div>`;
}

function renderLanes(model: DeadlineTimeline, scale: number, withStatus: boolean, options: RenderOptions): TemplateResult | typeof nothing {
  const { t, open, onToggle } = options;
  const lanes = LANES.filter((lane) => model.lanes[lane].length > 0);
  if (lanes.length === 0) return nothing;
  return html`<div part="lanes" class="lanes">
    ${renderHeading(options.headingLevel, t.lanesLabel, { depth: 1, part: 'lanes-heading', id: 'lanes-heading', className: 'lanes-heading' })}
    <ul class="lane-list" aria-labelledby="lanes-heading">
      ${lanes.map((lane) => {
        const entries = model.lanes[lane];
        const overdue = withStatus ? entries.filter((entry) => entry.timeliness === 'open-overdue').length : 0;
        return html`<li part="lane" class="lane ${lane}">
          <button
            part="lane-toggle"
            class="toggle"
            type="button"
            aria-label=${accessibleName([laneName(lane, t), t.deadlineCount(entries.length), overdue > 0 ? t.overdueCount(overdue) : null])}
            aria-expanded=${open === lane ? 'true' : 'false'} aria-controls=${panelId(lane)} @click=${() => onToggle(lane)}>
            <span class="lane-name">${laneName(lane, t)}</span>${renderBar(entries.length, scale, withStatus ? tally(entries) : null, false)}${renderCount(
              entries.length,
              overdue,
              t,
            )}
          </button>
        </li>`;
      })}
    </ul>
    ${lanes.map((lane) => renderPanel(lane, LANE_PARTS[lane], `${laneName(lane, t)}: ${t.deadlineCount(model.lanes[lane].length)}`, model.lanes[lane], options))}
  </div>`;
}

function renderLegend(model: DeadlineTimeline, t: Translation): TemplateResult {
  const all = [...model.years.flatMap((year) => year.entries), ...LANES.flatMap((lane) => model.lanes[lane])];
  const counts = tally(all);
  return html`<ul part="legend" class="legend" aria-label=${t.legendLabel}>
    ${TIMELINESS.filter((level) => counts[level] > 0).map(
      (level) => html`<li class="key ${level}"><span class="swatch" aria-hidden="true"></span>${t.timeliness[level]}</li>`,
    )}
  </ul>`;
}

/** On paper: one row per deadline, every text in full. */
function renderTable(printed: DeadlineTimeline, withStatus: boolean, { t, lang }: RenderOptions): TemplateResult {
  const columns = t.timelineTable;
  const row = (when: string, entry: TimelineEntry) => html`<tr>
    <th scope="row">${when}</th>
    <td lang="vi">${entry.clause}</td>
    <td>${entry.deadline.kind === 'conditional' ? html`${t.conditionLabel}: <span lang="vi">${entry.deadline.text}</span>` : formatDeadline(entry.deadline, lang)}</td>
    <td class="task-id">${entry.taskId}</td>
    ${withStatus ? html`<td>${entry.timeliness ? t.timeliness[entry.timeliness] : ''}</td>` : nothing}
  </tr>`;
  return html`<table part="table" class="printed" aria-labelledby="timeline-heading">
    <thead>
      <tr>
        <th scope="col">${columns.when}</th>
        <th scope="col">${columns.due}</th>
        <th scope="col">${columns.deadline}</th>
        <th scope="col">${columns.task}</th>
        ${withStatus ? html`<th scope="col">${columns.timeliness}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${printed.years.map((year) =>
        year.entries.length > 0
          ? year.entries.map((entry) => row(String(year.year), entry))
          : html`<tr>
              <th scope="row">${year.year}</th>
              <td colspan=${withStatus ? 4 : 3}>${t.deadlineCount(0)}</td>
            </tr>`,
      )}
      ${LANES.map((lane) => printed.lanes[lane].map((entry) => row(laneName(lane, t), entry)))}
    </tbody>
  </table>`;
}

function renderAsOf(model: DeadlineTimeline, period: { end: number }, { t, lang }: RenderOptions): TemplateResult | typeof nothing {
  if (!model.asOf) return nothing;
  return html`<p part="as-of" class="as-of">
    ${t.asOf(formatDate(model.asOf.date, lang))}.${model.asOf.afterPeriod ? html` ${t.periodEnded(period.end)}` : nothing}
  </p>`;
}

/**
 * The timeline: a heading, the as-of date, the years on an axis (an ordered list, each year a
 * toggle with its bar), the panel of the year opened, the lanes of deadlines with no single year,
 * and the same as a table for print. Draws `view` only: every count and text comes from core.
 */
export function renderTimeline(view: TimelineView, period: { end: number }, options: RenderOptions): TemplateResult {
  const { model, printed, withStatus, agency } = view;
  const { t } = options;
  const scale = Math.max(model.maxYearCount, ...LANES.map((lane) => model.lanes[lane].length));
  const title = renderHeading(options.headingLevel, t.timelineLabel, { part: 'heading', id: 'timeline-heading', className: 'heading' });
  if (model.counts.total === 0) {
    return html`${title}
      <p part="empty" class="empty" role="status">${t.noDeadlinesOf(agency)}</p>`;
  }
  return html`${title} ${renderAsOf(model, period, options)} ${withStatus ? renderLegend(model, t) : nothing}
    <div class="visual">
      ${model.noDatedDeadlines
        ? html`<p part="empty" class="empty" role="status">${t.noDatedDeadlines}</p>`
        : html`<div class="axis">
              <ol part="years" class="years" aria-labelledby="timeline-heading">
                ${model.years.map((year, index) => renderYear(model, year, index, scale, withStatus, options))}
              </ol>
            </div>
            ${model.years
              .filter((year) => year.entries.length > 0)
              .map((year) => renderPanel(year.year, 'year-panel', t.yearDeadlines(year.year, year.entries.length), year.entries, options))}`}
      ${renderLanes(model, scale, withStatus, options)}
    </div>
    ${renderTable(printed, withStatus, options)}`;
}
