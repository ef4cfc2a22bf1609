import type { Program, TaskFilter } from '@chuongtrinh/core';
import { validateFilter } from '@chuongtrinh/core/query';
import { html, type TemplateResult } from 'lit';
import { cappedText } from '../shared/attributes.js';
import { isoDate } from '../shared/dates.js';
import { defineElement } from '../shared/define.js';
import type { WidgetProblem } from '../shared/problems.js';
import { progressStyles } from '../shared/progress.styles.js';
import { isLinkable } from '../shared/safe-url.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { CtStatusElement } from '../shared/status-element.js';
import { StatusOverlayController, type Judged } from '../shared/status-overlay-controller.js';
import type { Translation } from '../translations/translation.js';
import { deadlineTimelineStyles } from './deadline-timeline.styles.js';
import { taskLink, timelineView } from './timeline-model.js';
import { renderTimeline, type OpenPanel, type TimelineView } from './timeline-view.js';

/**
 * @tag ct-deadline-timeline
 * @summary The deadlines of the program on an axis of years over its period, each year with a bar
 * as long as its count (stacked by timeliness with `status-src`) and a calm marker at the as-of
 * date; a year opens a panel listing what is due, each deadline linked to its task. Deadlines due
 * every year, ongoing work and conditional deadlines without a year have their own lanes.
 * Horizontal when wide, vertical when narrow; assistive technology reads the years as an ordered
 * list, each named with its year; printed, it is a table with every text in full.
 *
 * @attr lang - UI language: `vi` (default) or `en`. Without it, the nearest `lang` of the page decides.
 *
 * @csspart base - The outer box.
 * @csspart status - The loading line.
 * @csspart problems - The box that lists what is wrong with the attributes or the dataset.
 * @csspart heading - The widget's heading (level from `heading-level`).
 * @csspart as-of - The as-of date, in words.
 * @csspart legend - The colours of the bars by timeliness (with `status-src`).
 * @csspart years - The ordered list of years.
 * @csspart year - One year; carries the class `past`, `current` or `upcoming`.
 * @csspart year-toggle - The button of a year with deadlines: opens its panel.
 * @csspart bar - A bar, as long as its year's or lane's count.
 * @csspart as-of-marker - The as-of date on the axis.
 * @csspart overdue-count - How many of a year's or lane's deadlines are overdue (with `status-src`).
 * @csspart year-panel - The deadlines of one year, under the axis.
 * @csspart panel-heading - The heading of a panel.
 * @csspart entry - One deadline: what is due, linked to its task; carries the class `overdue` when it is open past its due date as of `as-of` (with `status-src`).
 * @csspart entry-link - The link from a deadline to its task.
 * @csspart deadline-timeliness - The timeliness of a deadline, next to it (one per year for a yearly one).
 * @csspart lanes - The lanes of deadlines with no single year.
 * @csspart lanes-heading - Their heading.
 * @csspart lane - One lane; carries the class `annual`, `ongoing` or `conditional`.
 * @csspart lane-toggle - The button of a lane: opens its panel.
 * @csspart annual - The panel of the deadlines that recur every year.
 * @csspart ongoing - The panel of ongoing work ("Thường xuyên"), never due.
 * @csspart undated - The panel of the conditional deadlines that name no year.
 * @csspart empty - The calm line shown when the tasks have no deadline, or none in a year.
 * @csspart table - The table that replaces the drawing in print.
 *
 * @cssproperty --ct-font-family - Font of the widget; `inherit` takes the page's.
 * @cssproperty --ct-font-size - Base text size, in px (never rem).
 * @cssproperty --ct-color-text - Text colour.
 * @cssproperty --ct-color-muted - Secondary text.
 * @cssproperty --ct-color-accent - Bars, links, the opened year.
 * @cssproperty --ct-color-focus - Focus outline.
 * @cssproperty --ct-color-surface - Background.
 * @cssproperty --ct-color-border - Borders and the axis.
 * @cssproperty --ct-color-marker - The as-of marker.
 * @cssproperty --ct-color-error - Problem text and border.
 * @cssproperty --ct-color-error-surface - Problem background.
 * @cssproperty --ct-color-overdue - Overdue deadlines.
 * @cssproperty --ct-color-late - Deadlines done late.
 * @cssproperty --ct-color-on-time - Deadlines done on time.
 * @cssproperty --ct-radius - Corner radius.
 * @cssproperty --ct-spacing - Inner padding.
 */
export class CtDeadlineTimeline extends CtStatusElement {
  static override styles = [sharedStyles, progressStyles, deadlineTimelineStyles];

  static override properties = {
    agency: { type: String },
    area: { type: String },
    href: { converter: cappedText },
    openPanel: { state: true, attribute: false },
  };

  /** Agency id (`so-cong-thuong`): only deadlines of tasks of blocks that name this agency. */
  declare agency: string | undefined;
  /** Area (`1`) or section (`1.2`) of the program. */
  declare area: string | undefined;
  /**
   * Where the task list is, when it is on another page: each deadline links to its task there
   * (`nhiem-vu.html` → `nhiem-vu.html#task-1-1-a-1`; `{id}` stands for the task id, as in
   * `nhiem-vu.html?task={id}`). Default: the task's anchor on this page (`#task-1-1-a-1`).
   */
  declare href: string | undefined;

  /** The year or lane a visitor opened. */
  private declare openPanel: OpenPanel;

  private readonly datasets = new DatasetController(this);
  private readonly overlays = new StatusOverlayController(this);
  private stage: Stage<Judged> = { status: 'loading', message: 'loading' };
  /** What the timeline draws; undefined when the filter cannot be used. */
  private view: TimelineView | undefined;
  private taskPage: string | undefined;

  constructor() {
    super();
    this.openPanel = null;
  }

  protected override willUpdate(): void {
    this.view = undefined;
    const stage = this.readyOf((this.stage = this.overlays.stage(this.datasets.stage)));
    if (!stage) return;
    const { program, asOfDate, statusView } = stage;
    const filter: TaskFilter = {};
    if (this.agency) filter.agency = this.agency;
    if (this.area) filter.area = this.area;
    const filterProblems = validateFilter(program, filter);
    if (filterProblems.length === 0) this.view = timelineView(program, filter, statusView?.report, isoDate(asOfDate), this.language);
    this.problems = [...stage.problems, ...filterProblems, ...this.checkAttributes()];
  }

  /** `href`: a wrong one is reported and the default used. (`heading-level` is checked by `CtStatusElement`.) */
  private checkAttributes(): WidgetProblem[] {
    const problems: WidgetProblem[] = [];
    const href = this.href?.trim();
    this.taskPage = href && isLinkable(href) ? href : undefined;
    if (href && !this.taskPage) problems.push({ code: 'malformed-attribute', field: 'href', value: href });
    return problems;
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, ({ program }) => this.renderReady(program, this.t));
  }

  private renderReady(program: Program, t: Translation): TemplateResult {
    const { view } = this;
    if (!view) return html`${this.renderProblems(t)}`;
    return html`${this.renderProblems(t)}
    ${renderTimeline(view, program.period, {
      t,
      lang: this.language,
      headingLevel: this.level,
      hrefOf: (taskId) => taskLink(this.taskPage, taskId),
      open: this.openPanel,
      onToggle: this.toggle,
    })}`;
  }

  private readonly toggle = (panel: Exclude<OpenPanel, null>) => {
    this.openPanel = this.openPanel === panel ? null : panel;
  };
}

defineElement('ct-deadline-timeline', CtDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ct-deadline-timeline': CtDeadlineTimeline;
  }
}
