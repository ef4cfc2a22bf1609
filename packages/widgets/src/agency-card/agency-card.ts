import type { DeadlineGroups, Program, Workload } from '@chuongtrinh/core';
import { AGENCY_ROLES, TIMELINESS } from '@chuongtrinh/core/constants';
import { agencyWorkload, deadlinesByYear, filterTasks, validateFilter } from '@chuongtrinh/core/query';
import type { Task } from '@chuongtrinh/core';
import { countTimeliness, type TimelinessCounts } from '@chuongtrinh/core/progress';
import { excerpt } from '@chuongtrinh/core/text';
import { html, nothing, type TemplateResult } from 'lit';
import { cappedText } from '../shared/attributes.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { CtStatusElement } from '../shared/status-element.js';
import { StatusOverlayController, type Judged } from '../shared/status-overlay-controller.js';
import { defineElement } from '../shared/define.js';
import type { WidgetProblem } from '../shared/problems.js';
import { isLinkable } from '../shared/safe-url.js';
import { renderHeading } from '../shared/heading.js';
import { formatDate } from '../shared/progress.js';
import { progressStyles } from '../shared/progress.styles.js';
import { SourceDialogController } from '../shared/source-dialog.js';

import { sharedStyles } from '../shared/shared.styles.js';
import { renderIssuer, renderNow, SuccessionController, type NowLine, type SuccessionView } from '../shared/succession-view.js';
import { successionStyles } from '../shared/succession.styles.js';
import type { Translation } from '../translations/translation.js';
import { calendarPath, feedPath, inFolder } from '../shared/subscription-paths.js';
import { agencyCardStyles } from './agency-card.styles.js';

/** An inherited task's text is shortened to this many characters (the dialog shows it in full, in the original). */
const INHERITED_TASK_LENGTH = 140;

/** A heading of one of the card's sections, with the id its list is named by. */
type Section = (id: string, text: string) => TemplateResult;

/** What the card shows, worked out from the program by core's functions. */
interface AgencyCardView {
  workload: Workload;
  deadlines: DeadlineGroups;
  progress: TimelinessCounts | undefined;
  successionView: SuccessionView | undefined;
  /** With `as-of`: who carries the agency's work now, and the tasks it inherited, by predecessor. */
  now: NowLine | undefined;
  inherited: Array<{ name: string; nameEn: string | null; line: NowLine; tasks: Task[] }>;
  /** `href` when it may be a link. */
  link: string | undefined;
}

/** The card's view for `agency`, or undefined when it cannot be shown; `problems` gets why, and what else is wrong. */
function agencyCardView(
  { program, statusView }: { program: Program } & Judged,
  { agency, href }: { agency: string | undefined; href: string | undefined },
  succession: SuccessionController,
  problems: WidgetProblem[],
): AgencyCardView | undefined {
  if (!agency) {
    problems.push({ code: 'missing-attribute', field: 'agency' });
    return undefined;
  }
  const filterProblems = validateFilter(program, { agency });
  if (filterProblems.length > 0) {
    problems.push(...filterProblems);
    return undefined;
  }
  const workload = agencyWorkload(program, agency);
  if (!workload) return undefined; // validateFilter has reported an unknown agency
  const successionView = succession.view(program, problems);
  const tasks = filterTasks(program, { agency });
  const own = new Set(tasks.map((task) => task.id));
  const progress = statusView ? countTimeliness(statusView.report.tasks, tasks) : undefined;
  // A link of another scheme is not made: the card is shown without it, and the attribute reported.
  const link = href && isLinkable(href) ? href : undefined;
  if (href && !link) problems.push({ code: 'malformed-attribute', field: 'href', value: href });
  return {
    workload,
    deadlines: deadlinesByYear(program, { agency }),
    progress,
    successionView,
    now: successionView?.nowOf(agency),
    inherited: (successionView?.predecessors(agency) ?? []).map(({ agencyId, name, nameEn, line }) => ({
      name,
      nameEn,
      line,
      tasks: filterTasks(program, { agency: agencyId }).filter((task) => !own.has(task.id)),
    })),
    link,
  };
}

/**
 * @tag ct-agency-card
 * @summary One agency: its Vietnamese and English names, how many tasks it leads, coordinates and
 * is responsible for side by side, with `status-src` how many are done on time, late, open or
 * overdue, its deadlines by year and the areas it works in.
 *
 * @attr lang - UI language: `vi` (default) or `en`. Without it, the nearest `lang` of the page decides.
 * @attr theme - `light`, `dark` or `auto` (default: as the visitor's system is set).
 * @attr debug - Shows the details of a problem in the card too, not only in the console.
 * @attr heading-level - Level of the card's heading, the agency's name (default 3); its sections' headings are one below.
 *
 * @slot - Extra content shown at the end of the card, such as the agency's contact details.
 *
 * @csspart base - The outer box.
 * @csspart status - The loading line.
 * @csspart problems - The box that lists what is wrong with the attributes or the dataset.
 * @csspart name - The Vietnamese name, in the card's heading.
 * @csspart name-en - The English name.
 * @csspart counts - The task counts by role.
 * @csspart count - One role with its count.
 * @csspart timeliness-counts - The agency's tasks by timeliness as of `as-of` (with `status-src`).
 * @csspart timeliness-count - One timeliness class with its count; carries the class's name (`open-overdue`…) as a class.
 * @csspart reported - How many of its tasks an overlay reports on.
 * @csspart deadlines - The deadline counts by year.
 * @csspart areas - The areas the agency works in.
 * @csspart link - The link to the page of its tasks (with `href`).
 * @csspart subscriptions - The links to its calendar and feed (with `subscriptions`).
 * @csspart subscribe-link - Each of those two links.
 * @csspart issuer-now - With `as-of` on or after 1 July 2025: the program's issuer and who it is now (the province change).
 * @csspart now - With `as-of` on or after a succession link: who carries the agency's work now, or its end.
 * @csspart now-basis - The disclosure listing the legal documents of a "now" line.
 * @csspart inherited - With `as-of`: the tasks it inherited from the agencies it succeeded, apart from its own.
 * @csspart inherited-tasks - The inherited tasks of one predecessor.
 * @csspart source - An inherited task's place in the original text ("Văn bản gốc, dòng 31–60"), a button opening the dialog.
 * @csspart source-dialog - The dialog showing the original lines around a task.
 *
 * @cssproperty --ct-font-family - Font of the widget; `inherit` takes the page's.
 * @cssproperty --ct-font-size - Base text size, in px (never rem).
 * @cssproperty --ct-color-text - Text colour.
 * @cssproperty --ct-color-muted - Secondary text.
 * @cssproperty --ct-color-accent - Links and the counts.
 * @cssproperty --ct-color-focus - Focus outline.
 * @cssproperty --ct-color-surface - Background.
 * @cssproperty --ct-color-border - Borders and separators.
 * @cssproperty --ct-color-error - Problem text and border.
 * @cssproperty --ct-color-error-surface - Problem background.
 * @cssproperty --ct-color-overdue - The overdue count.
 * @cssproperty --ct-color-late - The "done late" count.
 * @cssproperty --ct-color-on-time - The "done on time" count.
 * @cssproperty --ct-radius - Corner radius.
 * @cssproperty --ct-spacing - Inner padding.
 */
export class CtAgencyCard extends CtStatusElement {
  static override styles = [sharedStyles, progressStyles, successionStyles, agencyCardStyles];

  static override properties = {
    agency: { converter: cappedText },
    href: { converter: cappedText },
    subscriptions: { converter: cappedText },
  };

  /** Agency id (`so-cong-thuong`). Required. */
  declare agency: string | undefined;
  /** URL of the page that lists the agency's tasks (http(s) or relative); adds a link to it. */
  declare href: string | undefined;
  /** URL of the folder of subscription files (`chuongtrinh-widgets subscriptions`); adds links to the agency's calendar and feed. */
  declare subscriptions: string | undefined;

  private readonly datasets = new DatasetController(this);
  private readonly overlays = new StatusOverlayController(this);
  private readonly succession = new SuccessionController(this);
  private readonly sources = new SourceDialogController(this, () => ({ t: this.t, level: this.level }));
  private stage: Stage<Judged> = { status: 'loading', message: 'loading' };
  private view: AgencyCardView | undefined;

  protected override willUpdate(): void {
    this.view = undefined;
    const stage = this.readyOf((this.stage = this.overlays.stage(this.datasets.stage)));
    if (!stage) return;
    const problems = [...stage.problems];
    this.view = agencyCardView(stage, { agency: this.agency, href: this.href }, this.succession, problems);
    this.problems = problems;
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, (stage) => this.renderReady(stage, this.t));
  }

  private renderReady({ asOfDate }: Judged, t: Translation): TemplateResult {
    const { view } = this;
    if (!view) return html`${this.renderProblems(t)}`;
    const { workload, deadlines } = view;
    const { agency } = workload;
    const section = (id: string, text: string) => renderHeading(this.level, text, { depth: 1, id, className: 'label' });
    return html`
      ${renderIssuer(view.successionView?.issuer(), t)} ${this.renderProblems(t)}
      ${renderHeading(this.level, html`<span part="name" lang="vi">${agency.name}</span>`, { className: 'name' })}
      ${agency.nameEn ? html`<p part="name-en" class="name-en" lang="en">${agency.nameEn}</p>` : nothing}
      ${view.now ? html`<p class="now-line">${renderNow(view.now, t)}</p>` : nothing}
      ${section('counts-label', t.workloadLabel)}
      <dl part="counts" class="counts" aria-labelledby="counts-label">
        ${AGENCY_ROLES.map(
          (role) => html`<div part="count" class="count">
            <dt>${t.roles[role]}</dt>
            <dd>${workload[role]}</dd>
          </div>`,
        )}
      </dl>
      <p class="total">${t.totalTasks(workload.total)}</p>
      ${this.renderInherited(view.inherited, section, t)}
      ${this.renderProgress(view.progress, asOfDate, section, t)} ${this.renderDeadlines(deadlines, section, t)}
      ${workload.areas.length > 0
        ? html`${section('areas-label', t.areasLabel)}
            <ul part="areas" class="areas" aria-labelledby="areas-label">
              ${workload.areas.map((area) => html`<li>${area.number}. <span lang="vi">${area.title}</span></li>`)}
            </ul>`
        : nothing}
      ${view.link ? html`<p><a part="link" href=${view.link}>${t.agencyTasksLink}</a></p>` : nothing}
      ${this.subscriptions?.trim() && isLinkable(this.subscriptions.trim())
        ? html`<p part="subscriptions" class="subscriptions">
            <a part="subscribe-link" href=${inFolder(this.subscriptions, calendarPath(agency.id))} type="text/calendar">${t.followCalendar}</a>
            <a part="subscribe-link" href=${inFolder(this.subscriptions, feedPath(agency.id))} type="application/atom+xml">${t.followFeed}</a>
          </p>`
        : nothing}
      <slot></slot>
    `;
  }

  /** The predecessors' tasks, apart from the agency's own, each group with how it came. */
  private renderInherited(inherited: AgencyCardView['inherited'], section: Section, t: Translation): TemplateResult | typeof nothing {
    if (inherited.length === 0) return nothing;
    // A group under its heading, not a region: two cards on a page would give two regions of one name.
    return html`<div part="inherited" class="inherited">
      ${section('inherited-label', t.inheritedLabel)}
      ${inherited.map(({ name, nameEn, line, tasks }) => {
        const shown = this.language === 'en' && nameEn ? nameEn : name;
        // A split passed only some functions here; core cannot tell which of the tasks they cover.
        const functions = line.bodies[0]?.functions;
        return html`<div class="inherited-group">
          <p><span lang=${shown === name ? 'vi' : 'en'}>${shown}</span> ${renderNow(line, t)}</p>
          <p class="total">${functions ? t.inheritedPart(shown, tasks.length) : t.inheritedFrom(shown, tasks.length)}</p>
          <ul part="inherited-tasks" class="inherited-tasks">
            ${tasks.map((task) => html`<li><span lang="vi">${excerpt(task.text, INHERITED_TASK_LENGTH)}</span> ${this.sources.line(task.source, t)}</li>`)}
          </ul>
        </div>`;
      })}
    </div>`;
  }

  private renderProgress(progress: AgencyCardView['progress'], asOfDate: Date, section: Section, t: Translation): TemplateResult | typeof nothing {
    if (!progress) return nothing;
    return html`${section('progress-label', t.progressAsOf(formatDate(asOfDate, t)))}
      <dl part="timeliness-counts" class="timeliness-counts" aria-labelledby="progress-label">
        ${TIMELINESS.map(
          (level) => html`<div part="timeliness-count" class="timeliness-count ${level}">
            <dt>${t.timeliness[level]}</dt>
            <dd>${progress.counts[level]}</dd>
          </div>`,
        )}
      </dl>
      <p part="reported" class="total">${t.reportedCount(progress.reported, progress.total)}</p>`;
  }

  private renderDeadlines(deadlines: DeadlineGroups, section: Section, t: Translation): TemplateResult {
    const rows: Array<[string, number]> = deadlines.years.map(({ year, entries }) => [String(year), entries.length]);
    if (deadlines.annual.length > 0) rows.push([t.everyYear, deadlines.annual.length]);
    if (deadlines.ongoing.length > 0) rows.push([t.ongoing, deadlines.ongoing.length]);
    if (deadlines.undated.length > 0) rows.push([t.conditionalNoYear, deadlines.undated.length]);
    const any = rows.some(([, count]) => count > 0);
    return html`${section('deadlines-label', t.deadlinesByYearLabel)}
      ${any
        ? html`<dl part="deadlines" class="deadlines" aria-labelledby="deadlines-label">
            ${rows.map(
              ([when, count]) => html`<div class=${count === 0 ? 'none' : ''}>
                <dt>${when}</dt>
                <dd>${t.deadlineCount(count)}</dd>
              </div>`,
            )}
          </dl>`
        : html`<p part="deadlines">${t.noDeadlines}</p>`}`;
  }
}

defineElement('ct-agency-card', CtAgencyCard);

declare global {
  interface HTMLElementTagNameMap {
    'ct-agency-card': CtAgencyCard;
  }
}
