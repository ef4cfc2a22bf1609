import type { DeadlineEntry, DeadlineGroups, Program, TaskFilter } from '@chuongtrinh/core';
import { deadlineJudgements } from '@chuongtrinh/core/progress';
import { deadlinesByYear, validateFilter } from '@chuongtrinh/core/query';
import type { DeadlineJudgement } from '@chuongtrinh/core/status';
import { excerpt } from '@chuongtrinh/core/text';
import { html, nothing, type TemplateResult } from 'lit';
import { emit } from '../events.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { CtStatusElement } from '../shared/status-element.js';
import { StatusOverlayController, type Judged } from '../shared/status-overlay-controller.js';
import type { StatusView } from '../shared/status-view.js';
import { defineElement } from '../shared/define.js';
import { describeAttributes } from '../shared/problems.js';
import { renderDeadlineMarks } from '../shared/progress.js';
import { progressStyles } from '../shared/progress.styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import type { Translation, YearStatus } from '../translations/translation.js';
import { deadlineTimelineStyles } from './deadline-timeline.styles.js';

/** Task texts in the timeline are cut to this many characters; the task list shows them whole. */
const EXCERPT = 140;

/**
 * Where a year stands against the as-of date on the axis. This only places the marker: whether a
 * task was done comes from the status overlays (`status-src`), judged by core.
 */
function statusOf(year: number, asOf: Date): YearStatus {
  return year < asOf.getFullYear() ? 'past' : year === asOf.getFullYear() ? 'current' : 'upcoming';
}

/**
 * @tag ct-deadline-timeline
 * @summary The deadlines of the program by year over its period, with yearly and conditional
 * deadlines shown as such, and a marker for the as-of date; with `status-src`, each deadline's
 * timeliness as of that date, overdue ones marked. Horizontal when wide, vertical when narrow;
 * assistive technology reads it as an ordered list.
 *
 * @attr lang - UI language: `vi` (default) or `en`. Without it, the nearest `lang` of the page decides.
 *
 * @csspart base - The outer box.
 * @csspart status - The loading line.
 * @csspart problems - The box that lists what is wrong with the attributes or the dataset.
 * @csspart years - The ordered list of years.
 * @csspart year - One year; carries the class `past`, `current` or `upcoming`.
 * @csspart as-of-marker - The as-of date on the axis.
 * @csspart entry - One deadline with its task; carries the class `overdue` when it is open past its due date as of `as-of` (with `status-src`).
 * @csspart overdue-count - How many of a year's deadlines are overdue (with `status-src`).
 * @csspart deadline-timeliness - The timeliness of a deadline, next to it (one per year for a yearly one).
 * @csspart annual - The deadlines that recur every year.
 * @csspart ongoing - Ongoing work ("Thường xuyên"), never due.
 * @csspart undated - The conditional deadlines that name no year.
 * @csspart empty - The "nothing matches" message.
 * @csspart clear-button - The "clear filters" button.
 *
 * @cssproperty --ct-font-family - Font of the widget; `inherit` takes the page's.
 * @cssproperty --ct-font-size - Base text size, in px (never rem).
 * @cssproperty --ct-color-text - Text colour.
 * @cssproperty --ct-color-muted - Secondary text and past years.
 * @cssproperty --ct-color-accent - The axis of current and upcoming years, links, buttons.
 * @cssproperty --ct-color-focus - Focus outline.
 * @cssproperty --ct-color-surface - Background.
 * @cssproperty --ct-color-border - Borders and the axis of past years.
 * @cssproperty --ct-color-marker - The as-of marker.
 * @cssproperty --ct-color-error - Problem text and border.
 * @cssproperty --ct-color-error-surface - Problem background.
 * @cssproperty --ct-color-overdue - Overdue deadlines.
 * @cssproperty --ct-color-late - Deadlines done late.
 * @cssproperty --ct-color-on-time - Deadlines done on time.
 * @cssproperty --ct-radius - Corner radius.
 * @cssproperty --ct-spacing - Inner padding.
 *
 * @event {CustomEvent<FilterChangeDetail>} ct-filter-change - A visitor cleared the filters; `detail` is the new, empty filter.
 */
export class CtDeadlineTimeline extends CtStatusElement {
  static override styles = [sharedStyles, progressStyles, deadlineTimelineStyles];

  static override properties = {
    agency: { type: String },
    area: { type: String },
  };

  /** Agency id (`so-cong-thuong`): only deadlines of tasks of blocks that name this agency. */
  declare agency: string | undefined;
  /** Area (`1`) or section (`1.2`) of the program. */
  declare area: string | undefined;

  private readonly datasets = new DatasetController(this);
  private readonly overlays = new StatusOverlayController(this);
  private stage: Stage<Judged> = { status: 'loading', message: 'loading' };
  /** The deadlines of the filtered tasks; undefined when the filter cannot be used. */
  private groups: DeadlineGroups | undefined;
  private filteredByVisitor = false;

  protected override willUpdate(): void {
    const stage = (this.stage = this.overlays.stage(this.datasets.stage));
    this.groups = undefined;
    if (stage.status !== 'ready') {
      this.problems = stage.status === 'failed' ? stage.problems : [];
      return;
    }
    const problems = [...stage.problems];
    const filter: TaskFilter = {};
    if (this.agency) filter.agency = this.agency;
    if (this.area) filter.area = this.area;
    const filterProblems = validateFilter(stage.program, filter);
    problems.push(...filterProblems);
    this.groups = filterProblems.length > 0 ? undefined : deadlinesByYear(stage.program, filter);
    if (this.groups && isEmpty(this.groups) && !this.filteredByVisitor) {
      problems.push({ code: 'no-matches', attributes: describeAttributes({ agency: this.agency, area: this.area }) });
    }
    this.problems = problems;
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, (stage) => this.renderReady(stage, this.t));
  }

  private renderReady({ program, asOfDate, statusView }: { program: Program } & Judged, t: Translation): TemplateResult {
    const { groups } = this;
    if (!groups) return html`${this.renderProblems(t)}`;
    if (isEmpty(groups)) {
      return html`${this.renderProblems(t)}
        <div part="empty" class="empty">
          <p>${t.noDeadlinesForFilter}</p>
          <button type="button" part="clear-button" @click=${this.clearFilters}>${t.clearFilters}</button>
        </div>`;
    }
    const asOfYear = asOfDate.getFullYear();
    const markerAt = groups.years.findIndex(({ year }) => year >= asOfYear);
    const marker = html`<li part="as-of-marker" class="as-of">
      ${t.asOf(new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(asOfDate))}${asOfYear > program.period.end
        ? html` <span>${t.periodEnded(program.period.end)}</span>`
        : nothing}
    </li>`;
    const entry = (item: DeadlineEntry) => renderEntry(item, judgementsOf(statusView, item), t);
    return html`${this.renderProblems(t)}
      <ol part="years" class="years" aria-label=${t.timelineLabel}>
        ${groups.years.map(
          ({ year, entries }, index) =>
            html`${index === markerAt ? marker : nothing}${renderYear(year, statusOf(year, asOfDate), entries, statusView, entry, t)}`,
        )}
        ${markerAt === -1 ? marker : nothing}
      </ol>
      ${renderGroup('annual', t.everyYear, groups.annual, entry, t)} ${renderGroup('ongoing', t.ongoing, groups.ongoing, entry, t)}
      ${renderGroup('undated', t.conditionalNoYear, groups.undated, entry, t)}`;
  }

  private readonly clearFilters = () => {
    this.agency = this.area = undefined;
    this.filteredByVisitor = true;
    emit(this, 'ct-filter-change', {});
  };
}

function isEmpty(groups: DeadlineGroups): boolean {
  return groups.annual.length + groups.ongoing.length + groups.undated.length + groups.years.reduce((sum, year) => sum + year.entries.length, 0) === 0;
}

/** Core's judgements of one deadline entry (one per year for a yearly one), with `status-src`. */
function judgementsOf(statusView: StatusView | undefined, { deadline, task }: DeadlineEntry): DeadlineJudgement[] {
  return deadlineJudgements(statusView?.byTask.get(task.id), deadline);
}

const isOverdue = (judgements: DeadlineJudgement[]) => judgements.some((judgement) => judgement.timeliness === 'open-overdue');

type RenderEntry = (entry: DeadlineEntry) => TemplateResult;

function renderYear(year: number, status: YearStatus, entries: DeadlineEntry[], statusView: StatusView | undefined, renderEntry: RenderEntry, t: Translation): TemplateResult {
  const overdue = statusView ? entries.filter((entry) => isOverdue(judgementsOf(statusView, entry))).length : 0;
  return html`<li part="year" class="year ${status}">
    <p class="year-heading"><span class="year-number">${year}</span> <span class="year-status">(${t.yearStatus[status]})</span></p>
    ${entries.length > 0
      ? html`<details>
          <summary>
            ${t.deadlineCount(entries.length)}${overdue > 0
              ? html`, <span part="overdue-count" class="overdue-count">${t.overdueCount(overdue)}</span>`
              : nothing}
          </summary>
          <ul class="entries">
            ${entries.map(renderEntry)}
          </ul>
        </details>`
      : html`<p class="count">${t.deadlineCount(0)}</p>`}
  </li>`;
}

function renderGroup(part: 'annual' | 'ongoing' | 'undated', label: string, entries: DeadlineEntry[], renderEntry: RenderEntry, t: Translation): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<section part=${part} class="group" aria-label=${label}>
    <p class="group-label">${label}: ${t.deadlineCount(entries.length)}</p>
    <ul class="entries">
      ${entries.map(renderEntry)}
    </ul>
  </section>`;
}

function renderEntry({ deadline, task }: DeadlineEntry, judgements: DeadlineJudgement[], t: Translation): TemplateResult {
  const text = excerpt(task.text, EXCERPT);
  const overdue = isOverdue(judgements);
  return html`<li part="entry" class="entry ${deadline.kind}${overdue ? ' overdue' : ''}">
    ${deadline.kind === 'conditional' ? html`<span class="kind">${t.conditional}:</span> ` : nothing}<q lang="vi">${deadline.text}</q>${renderDeadlineMarks(
      judgements,
      t,
    )}
    — <span lang="vi">${text}</span>
  </li>`;
}

defineElement('ct-deadline-timeline', CtDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ct-deadline-timeline': CtDeadlineTimeline;
  }
}
