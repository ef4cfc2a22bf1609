import type { Program, Role } from '@chuongtrinh/core';
import { EXPORT_FORMATS, TIMELINESS } from '@chuongtrinh/core/constants';
import type { ExportFormat } from '@chuongtrinh/core/export';
import { completionDate, REPORTED_STATUSES, type StatusFilter } from '@chuongtrinh/core/progress';
import { getAgency, resolveArea } from '@chuongtrinh/core/query';
import type { TaskProgress } from '@chuongtrinh/core/status';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit, type FilterChangeDetail } from '../events.js';
import { cappedText, optionalNumber } from '../shared/attributes.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { LazyModule } from '../shared/lazy-module.js';
import { CtStatusElement } from '../shared/status-element.js';
import { StatusOverlayController, type Judged } from '../shared/status-overlay-controller.js';
import { defineElement } from '../shared/define.js';
import type { WidgetProblem } from '../shared/problems.js';
import { exportTasks, fileName, saveFile } from '../shared/download.js';
import { renderHeading } from '../shared/heading.js';
import { agencyOptions, areaOptions, filterSelect, roleOptions, yearOptions } from '../shared/filter-select.js';
import { formatDate, renderBadges, renderDeadlineMarks } from '../shared/progress.js';
import { progressStyles } from '../shared/progress.styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { SourceDialogController } from '../shared/source-dialog.js';
import { renderIssuer, renderNow, SuccessionController } from '../shared/succession-view.js';
import { successionStyles } from '../shared/succession.styles.js';
import type { Translation } from '../translations/translation.js';
import { taskListStyles } from './task-list.styles.js';
import { PAGE_SIZE, sameInputs, taskListView, type TaskItem, type TaskListInputs, type TaskListView } from './task-list-view.js';
import { readUrlFilters, withUrlFilters, type UrlFilters } from './url-state.js';

export { PAGE_SIZE };
/** Below this width (of the widget, not the window) the filters start closed, so the first screen shows tasks. */
export const NARROW_WIDTH = 600;
// The search module is shared by every list on the page and loaded on the first search.
const searchModule = /* @__PURE__ */ new LazyModule(() => import('../shared/lazy-search.js'));

/**
 * @tag ct-task-list
 * @summary Tasks of the program, filtered by agency, role, area, deadline year, progress or a
 * search; each with its agencies and their roles, its deadlines and the source lines it comes
 * from, and with `status-src` its status and timeliness. With `controls`, visitors filter and
 * download the tasks as CSV, JSON or ICS.
 *
 * Tasks come a page at a time (`limit`, default 20) with a "more tasks" button; a link to any task
 * (`page.html#task-10-3-1`) opens the page it is on. With `controls`, the search and filters are
 * mirrored in the page's query string with Vietnamese names (`?co-quan=so-cong-thuong&nam=2021&q=điện`:
 * `co-quan`, `vai-tro`, `linh-vuc`, `nam`, `tien-do`, `q`) and read back on load, so a filtered view
 * can be shared; the host's attributes stay the defaults. Two lists with controls on one page need
 * their own `url-key` (or `id`): its value prefixes their names (`?ds1-co-quan=…`).
 *
 * @attr lang - UI language: `vi` (default) or `en`. Without it, the nearest `lang` of the page decides.
 *
 * @csspart base - The outer box.
 * @csspart status - The loading or searching line.
 * @csspart problems - The box that lists what is wrong with the attributes or the dataset.
 * @csspart controls - The search box, filter selects and download buttons (with `controls`).
 * @csspart search-input - The search box.
 * @csspart filters - The "filters" disclosure holding the selects and downloads: closed by default when the widget is narrower than 600 px.
 * @csspart filter-select - Each filter select (the progress select only with `status-src`).
 * @csspart clear-button - Each "clear filters" button.
 * @csspart download - The group of download buttons.
 * @csspart download-button - Each download button (CSV, JSON, ICS).
 * @csspart heading - The list's heading (level from `heading-level`): "Nhiệm vụ", with the agency's and area's names when filtered by them.
 * @csspart summary - The line that counts the tasks shown, or says that none matches (a live region, always there).
 * @csspart list - The list of tasks.
 * @csspart more-button - The "more tasks" button under the list, while there are more.
 * @csspart task - One task; carries the `targeted` class when the page's URL fragment names it.
 * @csspart area - The name of a task's section (or area) above its title.
 * @csspart task-title - A task's short title: its first sentence or clause (core's `taskTitle`).
 * @csspart task-text - The rest of a task's text, as written; for a search result, the part around the match until expanded.
 * @csspart meta - The compact line of a task's agencies and deadlines.
 * @csspart highlight - A word that matched the search.
 * @csspart suggestion - The "did you mean" button offered when a search finds nothing.
 * @csspart show-more - The button that expands a task text that does not fit in four lines.
 * @csspart agencies - The agencies of a task with their roles.
 * @csspart deadlines - The deadlines of a task.
 * @csspart tags - A task's status and timeliness badges, beside its title (with `status-src`).
 * @csspart progress - A task's report: dates, note, evidence and each deadline's timeliness (with `status-src`).
 * @csspart status-badge - A task's status as reported (or "not reported").
 * @csspart timeliness-badge - A task's timeliness: done on time or late, open and not yet due or overdue, cancelled, no dated deadline.
 * @csspart deadline-timeliness - The timeliness of one deadline, next to it (one per year for a yearly one).
 * @csspart evidence - The link to a task's evidence.
 * @csspart citation - The source lines of a task.
 * @csspart source - Its place in the original text ("Văn bản gốc, dòng 31–60"), a button opening the dialog.
 * @csspart source-dialog - The dialog showing the original lines around a task.
 * @csspart permalink - The link to a task (`#<task id>`).
 * @csspart empty - The "nothing matches" message.
 * @csspart issuer-now - With `as-of` on or after 1 July 2025: the program's issuer and who it is now (the province change).
 * @csspart now - After an agency's name, with `as-of` on or after a succession link: who carries its work now, or its end.
 * @csspart now-basis - The disclosure listing the legal documents of the "now" line.
 *
 * @cssproperty --ct-font-family - Font of the widget; `inherit` takes the page's.
 * @cssproperty --ct-font-size - Base text size, in px (never rem).
 * @cssproperty --ct-color-text - Text colour.
 * @cssproperty --ct-color-muted - Secondary text (counts, citations).
 * @cssproperty --ct-color-accent - Links, buttons, focus.
 * @cssproperty --ct-color-focus - Focus outline.
 * @cssproperty --ct-color-surface - Background.
 * @cssproperty --ct-color-border - Borders and separators.
 * @cssproperty --ct-color-highlight - Background of search matches and of the targeted task.
 * @cssproperty --ct-color-error - Problem text and border.
 * @cssproperty --ct-color-error-surface - Problem background.
 * @cssproperty --ct-color-overdue - Overdue badges (filled) and marks.
 * @cssproperty --ct-color-late - "Done late" badges and marks.
 * @cssproperty --ct-color-on-time - "Done on time" badges and marks.
 * @cssproperty --ct-radius - Corner radius.
 * @cssproperty --ct-spacing - Inner padding.
 *
 * @event {CustomEvent<FilterChangeDetail>} ct-filter-change - A visitor changed the search or a filter, or cleared them; `detail` is the new filter.
 * @event {CustomEvent<TaskSelectDetail>} ct-task-select - A visitor followed the link of a task; `detail.taskId` is its id.
 * @event {CustomEvent<DownloadDetail>} ct-download - A visitor downloaded the filtered tasks; `detail` has the format, file name and number of tasks.
 */
export class CtTaskList extends CtStatusElement {
  static override styles = [sharedStyles, progressStyles, successionStyles, taskListStyles];

  static override properties = {
    agency: { converter: cappedText },
    agencyRole: { converter: cappedText, attribute: 'agency-role' },
    area: { converter: cappedText },
    year: { converter: optionalNumber },
    query: { converter: cappedText },
    limit: { converter: optionalNumber },
    controls: { type: Boolean },
    status: { converter: cappedText },
    searchIndexSrc: { type: String, attribute: 'search-index-src' },
    urlKey: { type: String, attribute: 'url-key' },
    noUrl: { type: Boolean, attribute: 'no-url' },
    expanded: { state: true, attribute: false },
    targetedTaskId: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
  };

  /** Agency id (`so-cong-thuong`): only tasks of blocks that name this agency. */
  declare agency: string | undefined;
  /** With `agency`: only tasks where it has this role, `lead`, `coordinating` or `responsible`. (Not `role`, which is the element's ARIA role.) */
  declare agencyRole: Role | undefined;
  /** Area (`1`) or section (`1.2`) of the program. */
  declare area: string | undefined;
  /** Only tasks with a deadline in this year of the program period. */
  declare year: number | undefined;
  /** Search text; matching words are highlighted, best matches first. */
  declare query: string | undefined;
  /** Tasks per page (default 20): a "more tasks" button shows as many more each time. */
  declare limit: number | undefined;
  /** Show a search box, filter selects and download buttons that visitors can use. */
  declare controls: boolean;
  /** URL of the dataset's prebuilt search index (core's `searchIndexJson`), loaded on the first search instead of building it: for a large dataset's first keystroke. */
  declare searchIndexSrc: string | undefined;
  /** Only tasks with this progress (needs `status-src`): a timeliness class (`open-overdue`, `done-late`…), a status as reported (`in-progress`…) or `unreported`. */
  declare status: StatusFilter | undefined;
  /** With `controls`: the prefix of this list's parameters in the page's query string (`ds1` → `?ds1-co-quan=…`). Default: the element's `id`, else none. */
  declare urlKey: string | undefined;
  /** With `controls`: keep the search and filters out of the page's URL (and do not read them from it). */
  declare noUrl: boolean;

  private declare expanded: ReadonlySet<string>;
  private declare targetedTaskId: string | undefined;
  /** How many pages of tasks are shown; back to one when the filters change. */
  private declare pages: number;
  /** The visitor's choice of showing the filters, once they have opened or closed them. */
  private declare filtersOpen: boolean | undefined;
  private declare narrow: boolean;

  /** What the list shows, from core's filter or search (see `taskListView`), and what it was worked out from. */
  private view: TaskListView | undefined;
  private viewInputs: TaskListInputs | undefined;
  /**
   * Whether each collapsed text overflows its four lines, as measured once rendered: only those get
   * "show more". Texts are measured once each, as they are first shown (and again when the width
   * changes), so that a keystroke does not make the browser lay out every text to ask.
   */
  private readonly overflows = new Map<string, boolean>();
  /** What to focus once rendered: the first task of a page just shown, or the search box after "clear filters" removed the button. */
  private focusAfterUpdate: { taskId: string } | 'after-clear' | undefined;
  /** The filters the host's attributes set, before the URL's: what the URL leaves out. */
  private hostFilters: UrlFilters | undefined;
  // A new width changes which texts fit and whether the filters start open. Looked at in the next
  // frame: changing the layout inside the observer's callback would make it report a loop. A new
  // height (each search shows other tasks) changes neither.
  private readonly resizeObserver = isServer
    ? undefined
    : new ResizeObserver((entries) => {
        const width = entries.at(-1)?.contentRect.width;
        if (width === this.observedWidth) return;
        this.observedWidth = width;
        requestAnimationFrame(() => this.measure(true));
      });
  private observedWidth: number | undefined;
  private measureQueued = false;
  /** Why the export part could not be loaded, once a download failed. */
  private exportFailure: string | undefined;
  // A filter a visitor set that matches nothing is their business, not a page author's mistake:
  // it is shown but not logged.
  private filteredByVisitor = false;
  /** The URL fragment is looked at once the first tasks are shown, then on each `hashchange`. */
  private fragmentChecked = false;
  private scrollToTarget = false;
  /** The program `search-index-src` was loaded into (or tried), and why it could not be. */
  private searchIndexedProgram: Program | undefined;
  private searchIndexFailure: string | undefined;
  private searchPreparing: Promise<void> | undefined;
  /** The query the search part last failed to load for. */
  private searchFailedFor: string | undefined;
  private readonly datasets = new DatasetController(this);
  private readonly overlays = new StatusOverlayController(this);
  private readonly successionController = new SuccessionController(this);
  private readonly sources = new SourceDialogController(this, () => ({ t: this.t, level: this.level }));
  private stage: Stage<Judged> = { status: 'loading', message: 'loading' };

  constructor() {
    super();
    this.controls = false;
    this.noUrl = false;
    this.expanded = new Set();
    this.pages = 1;
    this.narrow = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.observe(this);
    this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (FILTERS.some((name) => changed.has(name)) || changed.has('limit')) this.pages = 1;
    // The first render already opens or closes the filters for the widget's width.
    if (!this.hasUpdated && !isServer) this.narrow = this.isNarrow();
    const stage = this.readyOf((this.stage = this.overlays.stage(this.datasets.stage)));
    if (!stage) return;
    const view = this.viewOf(stage);
    if (view.searchToLoad !== undefined) this.prepareSearch(stage.program, view.searchToLoad);
    this.problems = [...stage.problems, ...view.problems];
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, ({ program }) => this.renderReady(program, this.t));
  }

  /** The view for the stage and the properties: worked out again only when something it depends on changed. */
  private viewOf({ program, statusView }: { program: Program } & Judged): TaskListView {
    const successionProblems: WidgetProblem[] = [];
    const successionView = this.successionController.view(program, successionProblems);
    const inputs: TaskListInputs = {
      program,
      statusView,
      language: this.language,
      agency: this.agency,
      agencyRole: this.agencyRole,
      area: this.area,
      year: this.year,
      status: this.status,
      query: this.query,
      limit: this.limit,
      yearAttribute: this.getAttribute('year'),
      limitAttribute: this.getAttribute('limit'),
      withStatusSrc: Boolean(this.statusSrc?.trim()),
      searchPart: searchModule.current,
      searchReady: !this.searchIndexSrc || this.searchIndexedProgram === program,
      searchFailure: searchModule.failure,
      searchFailedFor: this.searchFailedFor,
      searchIndexFailure: this.searchIndexFailure,
      exportFailure: this.exportFailure,
      successionView,
      // A new array each time: equal when both are empty.
      successionProblems: successionProblems.length > 0 ? successionProblems : NO_PROBLEMS,
      filteredByVisitor: this.filteredByVisitor,
      pages: this.pages,
    };
    if (this.view && this.viewInputs && sameInputs(inputs, this.viewInputs)) return this.view;
    let view = taskListView(inputs);
    // The URL fragment is looked at once the first tasks are known: it may open a later page.
    if (!this.fragmentChecked && view.matching && view.matching.length > 0) {
      this.fragmentChecked = true;
      if (this.targetFragment(view) && this.pages !== inputs.pages) {
        inputs.pages = this.pages;
        view = taskListView(inputs);
      }
    }
    this.viewInputs = inputs;
    return (this.view = view);
  }

  private renderReady(program: Program, t: Translation): TemplateResult {
    const view = this.view!;
    return html`
      ${this.renderHeading(program, t)} ${renderIssuer(view.successionView?.issuer(), t)} ${this.controls ? this.renderControls(program, view, t) : nothing} ${this.renderProblems(t)}
      ${view.shown === undefined
        ? html`<p part="status" class="status" role="status">${t.searching}</p>`
        : view.blocked
          ? nothing
          : this.renderTasks(view, view.shown, t)}
    `;
  }

  /**
   * "Nhiệm vụ", with the agency's and the area's names when the list shows one: what the list is
   * about, and what tells two lists on one page (and their search landmarks) apart.
   */
  private renderHeading(program: Program, t: Translation): TemplateResult {
    const agency = this.agency && getAgency(program, this.agency);
    const place = this.area && resolveArea(program, this.area);
    // The area by its number only: each task already shows its area's name, and a heading stays short.
    const content = html`${t.tasksHeading}${agency ? html`: <span lang="vi">${agency.name}</span>` : ''}${place
      ? `${agency ? ',' : ':'} ${t.areaLabel} ${place.section?.number ?? place.area.number}`
      : ''}`;
    return renderHeading(this.level, content, { id: 'tasks-heading', className: 'list-heading', part: 'heading' });
  }

  // The summary is one live region that stays whatever the result, so that a search that finds
  // nothing is announced like one that finds something.
  private renderTasks(view: TaskListView, shown: TaskItem[], t: Translation): TemplateResult {
    const total = view.matching?.length ?? 0;
    const { suggestion } = view;
    return html`<p part="summary" class="summary" role="status" tabindex="-1">
        ${shown.length === 0 ? t.noMatchingTasks : shown.length < total ? t.shownOfTotal(shown.length, total) : t.tasks(total)}
      </p>
      ${shown.length === 0
        ? html`<div part="empty" class="empty">
            ${suggestion
              ? html`<p>
                  ${t.didYouMean}
                  <button type="button" part="suggestion" lang="vi" @click=${() => this.searchFor(suggestion)}>${suggestion}</button>
                </p>`
              : nothing}
            <button type="button" part="clear-button" @click=${this.clearFromEmpty}>${t.clearFilters}</button>
          </div>`
        : html`<ul part="list" class="tasks" aria-labelledby="tasks-heading">
              ${shown.map((item) => this.renderTask(view, item, t))}
            </ul>
            ${shown.length < total ? html`<button type="button" part="more-button" class="more" @click=${this.showNextPage}>${t.moreTasks}</button>` : nothing}`}`;
  }

  // The status select keeps both `?selected` and `.value`, as `filterSelect` explains.
  private renderControls(program: Program, { agencies, years, matching }: TaskListView, t: Translation): TemplateResult {
    const active = [this.agency, this.agencyRole, this.area, this.year, this.status].filter((value) => value !== undefined && value !== '').length;
    return html`<form part="controls" class="controls" role="search" aria-labelledby="filters-label tasks-heading" @submit=${this.preventSubmit}>
      <span id="filters-label" hidden>${t.filtersLabel}</span>
      <label class="search">
        <span>${t.searchLabel}</span>
        <input part="search-input" type="search" name="query" .value=${this.query ?? ''} @input=${this.onFilterInput} />
      </label>
      <details part="filters" class="filters" .open=${this.filtersOpen ?? !this.narrow} @toggle=${this.onFiltersToggle}>
        <summary>${t.filtersToggle}${active > 0 ? html` <span class="active-count">(${t.activeFilters(active)})</span>` : nothing}</summary>
        <div class="filter-fields">
          ${filterSelect({ name: 'agency', label: t.agencyLabel, any: t.anyAgency, value: this.agency ?? '', options: agencyOptions(agencies, this.language === 'en'), onChange: this.onFilterInput })}
          ${filterSelect({ name: 'agency-role', label: t.roleLabel, any: t.anyRole, value: this.agencyRole ?? '', options: roleOptions(t), onChange: this.onFilterInput, disabled: !this.agency })}
          ${filterSelect({ name: 'area', label: t.areaLabel, any: t.anyArea, value: this.area ?? '', options: areaOptions(program), onChange: this.onFilterInput })}
          ${filterSelect({ name: 'year', label: t.yearLabel, any: t.anyYear, value: this.year === undefined ? '' : String(this.year), options: yearOptions(years), onChange: this.onFilterInput })}
          ${this.statusSrc?.trim()
            ? html`<label>
                <span>${t.statusFilterLabel}</span>
                <select part="filter-select" name="status" .value=${this.status ?? ''} @change=${this.onFilterInput}>
                  <option value="">${t.anyStatus}</option>
                  <optgroup label=${t.byTimeliness}>
                    ${TIMELINESS.map((value) => html`<option value=${value} ?selected=${value === this.status}>${t.timeliness[value]}</option>`)}
                  </optgroup>
                  <optgroup label=${t.byReportedStatus}>
                    ${REPORTED_STATUSES.map((value) => html`<option value=${value} ?selected=${value === this.status}>${t.statuses[value]}</option>`)}
                  </optgroup>
                </select>
              </label>`
            : nothing}
          <button type="button" part="clear-button" @click=${this.clearFilters}>${t.clearFilters}</button>
          <fieldset part="download" class="download">
            <legend>${t.downloadLabel}</legend>
            ${EXPORT_FORMATS.map(
              (format) =>
                html`<button type="button" part="download-button" data-format=${format} ?disabled=${!matching?.length} @click=${() => this.download(program, format)}>
                  ${t.downloadFormats[format]}
                </button>`,
            )}
          </fieldset>
        </div>
      </details>
    </form>`;
  }

  /**
   * Downloads every task the filters select (not only the `limit` shown), written by core's
   * export functions from the lazily loaded export part; the CSV carries the statuses when there
   * is a status report.
   */
  private async download(program: Program, format: ExportFormat): Promise<void> {
    // The view as it is at the click: the export part may load after a visitor has changed a
    // filter, and the file, its name and the event must all describe the same selection.
    const tasks = (this.view?.matching ?? []).map((match) => match.task);
    const agency = this.agency ? getAgency(program, this.agency) : undefined;
    const name = fileName([this.t.fileNameBase, this.agency, this.agencyRole, this.area, this.year, this.status], format);
    const options = {
      language: this.language,
      ...(this.viewInputs?.statusView ? { status: this.viewInputs.statusView.report } : {}),
      ...(agency ? { calendarName: `${agency.name}: ${program.title}` } : {}),
    };
    let blob: Blob;
    try {
      blob = await exportTasks(program, tasks, format, options);
    } catch (error) {
      this.exportFailure = error instanceof Error ? error.message : String(error);
      this.requestUpdate();
      return;
    }
    if (this.exportFailure !== undefined) {
      this.exportFailure = undefined;
      this.requestUpdate();
    }
    saveFile(blob, name);
    emit(this, 'ct-download', { format, fileName: name, taskCount: tasks.length });
  }

  private renderTask({ successionView }: TaskListView, item: TaskItem, t: Translation): TemplateResult {
    const { task, lines, excerpt, progress } = item;
    const { title, body } = lines;
    // A search result opens on the part of its text around the match; a text without a search is
    // clamped to four lines, and offers "show more" only when it did not fit.
    const expanded = this.expanded.has(task.id);
    const english = this.language === 'en';
    const textId = `text-${task.id}`;
    // Until measured (on the server, and before a prerendered list hydrates), a body long enough
    // to overflow four lines at any width gets the button. It sits over the clamped text's last
    // line rather than below it, so measuring can add or remove it without moving anything.
    const showMore = excerpt !== undefined || (body !== '' && (expanded || (this.overflows.get(task.id) ?? lines.surelyClamped)));
    return html`<li part="task" class=${task.id === this.targetedTaskId ? 'task targeted' : 'task'} id=${task.id} tabindex="-1">
      <p part="area" class="place" lang="vi">${lines.place}</p>
      <div class="head">
        <p part="task-title" class="title" lang="vi">${highlighted(title, item.titleMarks)}</p>
        ${progress ? html`<p part="tags" class="tags">${renderBadges(progress, t)}</p>` : nothing}
      </div>
      <div class="body">
        ${excerpt !== undefined && !expanded
          ? html`<p part="task-text" class="text" id=${textId} lang="vi">${highlighted(excerpt.text, excerpt.highlights)}</p>`
          : body !== ''
            ? html`<p part="task-text" class=${expanded ? 'text' : 'text collapsed'} id=${textId} lang="vi" data-task=${task.id}>${highlighted(body, item.bodyMarks)}</p>`
          : nothing}
        ${showMore
          ? html`<button
              type="button"
              part="show-more"
              class=${expanded || excerpt !== undefined ? 'show-more' : 'show-more over'}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${textId}
              @click=${() => this.toggle(task.id)}
            >
              ${expanded ? t.showLess : t.showMore}<span class="visually-hidden">: <span lang="vi">${title}</span></span>
            </button>`
          : nothing}
      </div>
      <div part="meta" class="meta">
        <span class="visually-hidden">${t.agenciesLabel}:</span>
        ${lines.agencies.length > 0
          ? html`<ul part="agencies" class="agencies">
              ${lines.agencies.map(
                ({ agency, role }) =>
                  html`<li>
                    ${english && agency.nameEn ? agency.nameEn : html`<span lang="vi">${agency.name}</span>`}
                    <span class="role">(${t.roles[role]})</span>
                    ${renderNow(successionView?.nowOf(agency.id), t)}
                  </li>`,
              )}
            </ul>`
          : html`<span part="agencies" lang="vi">${lines.blockHeader}</span>`}
        <span part="deadlines" class="deadlines"
          ><span class="visually-hidden">${t.deadlinesLabel}:</span> ${lines.deadlines ?? t.noDeadline}</span
        >
      </div>
      ${progress ? this.renderProgress(item, progress, t) : nothing}
      ${lines.references !== '' ? html`<p class="cites">${t.citesLabel}: <span lang="vi">${lines.references}</span></p>` : nothing}
      <p class="foot">
        <span part="citation" class="citation">${this.sources.line(task.source, t)}</span>
        <a part="permalink" href=${`#${task.id}`} @click=${() => emit(this, 'ct-task-select', { taskId: task.id })}
          >${t.permalink}<span class="visually-hidden">: <span lang="vi">${title}</span></span></a
        >
      </p>
    </li>`;
  }

  /** The report beyond the badges, and each deadline with its own timeliness. */
  private renderProgress({ judgedDeadlines }: TaskItem, progress: TaskProgress, t: Translation): TemplateResult {
    return html`<p part="progress" class="progress">
      ${this.renderReport(progress, t)}
      ${judgedDeadlines.map(({ deadline, judgements }) => html`<span class="deadline-progress">${deadline}${renderDeadlineMarks(judgements, t)}</span>`)}
    </p>`;
  }

  /** What the overlay says beyond the status: when it was done or last updated, its note and evidence. */
  private renderReport(progress: TaskProgress, t: Translation): TemplateResult | typeof nothing {
    const { entry } = progress;
    if (!entry) return nothing;
    const done = completionDate(entry);
    const when = done ? t.completedOn(formatDate(done, t)) : t.updatedOn(formatDate(entry.updated, t));
    return html`<span class="report">
      <span class="when">(${when})</span>
      ${entry.note ? html`<span class="note" lang="vi">${entry.note}</span>` : nothing}
      ${entry.evidenceUrl ? html`<a part="evidence" href=${entry.evidenceUrl} rel="noopener">${t.evidenceLink}</a>` : nothing}
    </span>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollToTarget && this.targetedTaskId) {
      this.scrollToTarget = false;
      const task = this.taskElement(this.targetedTaskId);
      task?.scrollIntoView({ block: 'start' });
      task?.focus({ preventScroll: true });
    }
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus === 'after-clear') {
      (this.renderRoot.querySelector<HTMLElement>('[part~="search-input"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="summary"]'))?.focus();
    } else if (focus) this.taskElement(focus.taskId)?.focus();
    // Measured once this render is on the page, as a new update rather than inside this one.
    if (!this.measureQueued) {
      this.measureQueued = true;
      queueMicrotask(() => {
        this.measureQueued = false;
        this.measure(false);
      });
    }
  }

  private taskElement(taskId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="task"][id="${CSS.escape(taskId)}"]`);
  }

  /**
   * Which collapsed texts overflow their four lines: after a render, the texts not measured yet;
   * when the widget's width changes (`again`), every one shown, and whether the widget is narrow (an expanded one keeps its last
   * answer, the others are forgotten). All are read before anything changes, so the browser lays
   * the list out once, and the list renders again only when an answer differs from what it shows.
   */
  private measure(again: boolean): void {
    // A prerendered view waiting to hydrate must stay as the server wrote it: its first client
    // render has to match, and only then may the buttons join it.
    if (!this.hasUpdated) return;
    if (again) for (const taskId of this.overflows.keys()) if (!this.expanded.has(taskId)) this.overflows.delete(taskId);
    const texts = [...this.renderRoot.querySelectorAll<HTMLElement>('.text.collapsed[data-task]')].filter((text) => !this.overflows.has(text.dataset.task!));
    const answers = texts.map((text) => ({ text, overflows: text.scrollHeight > text.clientHeight + 1 }));
    let differs = false;
    for (const { text, overflows } of answers) {
      this.overflows.set(text.dataset.task!, overflows);
      if (overflows !== (text.nextElementSibling?.matches('[part~="show-more"]') ?? false)) differs = true;
    }
    if (differs) this.requestUpdate();
    // Asking for the width lays the page out: only when it changed (the observer also reports the
    // first size), not after every keystroke's render.
    if (!again) return;
    const narrow = this.isNarrow();
    if (narrow !== this.narrow) this.narrow = narrow;
  }

  private isNarrow(): boolean {
    return this.clientWidth > 0 && this.clientWidth < NARROW_WIDTH;
  }

  private readonly onHashChange = () => this.targetFragment();

  /**
   * Anchors inside a shadow root are invisible to the browser's own fragment navigation, so
   * `page.html#<task id>` is handled here: the page the task is on is opened, and the task
   * expanded, highlighted, scrolled to and focused.
   */
  private targetFragment({ matching, pageSize }: Pick<TaskListView, 'matching' | 'pageSize'> = this.view ?? { matching: undefined, pageSize: undefined }): boolean {
    if (isServer) return false; // a prerendered view has no URL: the element looks again when it hydrates
    const id = fragmentId(location.hash);
    const index = id ? (matching?.findIndex((match) => match.task.id === id) ?? -1) : -1;
    this.targetedTaskId = index >= 0 ? id : undefined;
    if (!this.targetedTaskId) return false;
    if (pageSize !== undefined) this.pages = Math.max(this.pages, Math.ceil((index + 1) / pageSize));
    this.expanded = new Set(this.expanded).add(this.targetedTaskId);
    this.scrollToTarget = true;
    return true;
  }

  private readonly showNextPage = () => {
    const next = this.view?.matching?.[this.view.shown?.length ?? 0];
    if (next) this.focusAfterUpdate = { taskId: next.task.id };
    this.pages += 1;
  };

  private readonly onFiltersToggle = (event: Event) => {
    const { open } = event.target as HTMLDetailsElement;
    if (open !== (this.filtersOpen ?? !this.narrow)) this.filtersOpen = open;
  };

  private toggle(taskId: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(taskId)) expanded.add(taskId);
    this.expanded = expanded;
  }

  private readonly preventSubmit = (event: Event) => event.preventDefault();

  private readonly onFilterInput = (event: Event) => {
    const { name, value } = event.target as HTMLInputElement | HTMLSelectElement;
    if (name === 'query') this.query = value;
    else if (name === 'agency') {
      this.agency = value || undefined;
      if (!this.agency) this.agencyRole = undefined;
    } else if (name === 'agency-role') this.agencyRole = (value as Role) || undefined;
    else if (name === 'area') this.area = value || undefined;
    else if (name === 'year') this.year = value ? Number(value) : undefined;
    else if (name === 'status') this.status = (value as StatusFilter) || undefined;
    this.filteredByVisitor = true;
    this.writeUrl();
    emit(this, 'ct-filter-change', this.filterDetail());
  };

  // Without the prebuilt index (or when it fails to load) search builds its own: slower, same results.
  private prepareSearch(program: Program, query: string): void {
    this.searchPreparing ??= searchModule
      .load()
      .then(async (search) => {
        if (!search || !this.searchIndexSrc || this.searchIndexedProgram === program) return;
        this.searchIndexFailure = await search.loadSearchIndexFrom(program, new URL(this.searchIndexSrc, document.baseURI).href);
        this.searchIndexedProgram = program;
      })
      .finally(() => {
        this.searchPreparing = undefined;
        this.searchFailedFor = searchModule.failure === undefined ? undefined : query;
        this.requestUpdate();
      });
  }

  private searchFor(query: string): void {
    this.query = query;
    this.filteredByVisitor = true;
    this.writeUrl();
    emit(this, 'ct-filter-change', this.filterDetail());
  }

  private readonly clearFilters = () => {
    this.agency = this.agencyRole = this.area = this.query = this.status = undefined;
    this.year = undefined;
    this.filteredByVisitor = true;
    this.writeUrl();
    emit(this, 'ct-filter-change', this.filterDetail());
  };

  // The button of the empty message goes away with the message: focus moves to the search box
  // (or the summary), never to the page's <body>.
  private readonly clearFromEmpty = () => {
    this.focusAfterUpdate = 'after-clear';
    this.clearFilters();
  };

  private get mirrorsUrl(): boolean {
    return this.controls && !this.noUrl && !isServer;
  }

  private get urlPrefix(): string {
    return this.urlKey?.trim() || this.id;
  }

  private urlFilters(): UrlFilters {
    const filters: UrlFilters = {};
    for (const name of FILTERS) {
      const value = this[name];
      if (value !== undefined && value !== '') filters[name] = String(value);
    }
    return filters;
  }

  /** Once, when first connected: the host's attributes are the defaults, the URL's values win over them. */
  private readUrl(): void {
    if (!this.mirrorsUrl || this.hostFilters) return;
    this.hostFilters = this.urlFilters();
    const fromUrl = readUrlFilters(location.search, this.urlPrefix);
    for (const [name, value] of Object.entries(fromUrl) as Array<[keyof UrlFilters, string]>) {
      if (name === 'year') this.year = value ? Number(value) : undefined;
      else this[name] = (value || undefined) as never;
      this.filteredByVisitor = true;
    }
  }

  // replaceState, not pushState: a visitor typing a search should not fill the Back button.
  private writeUrl(): void {
    if (!this.mirrorsUrl) return;
    history.replaceState(history.state, '', withUrlFilters(location.href, this.urlPrefix, this.urlFilters(), this.hostFilters ?? {}));
  }

  private filterDetail(): FilterChangeDetail {
    const detail: FilterChangeDetail = {};
    if (this.agency) detail.agency = this.agency;
    if (this.agencyRole) detail.role = this.agencyRole;
    if (this.area) detail.area = this.area;
    if (this.year !== undefined) detail.year = this.year;
    if (this.query) detail.query = this.query;
    if (this.status) detail.status = this.status;
    return detail;
  }
}

/** The properties a visitor filters by: a change shows the first page again, and the URL mirrors them. */
const FILTERS = ['agency', 'agencyRole', 'area', 'year', 'status', 'query'] as const;

const NO_PROBLEMS: readonly WidgetProblem[] = [];

/** The task id a URL fragment names; anyone can send a link whose fragment is not valid percent-encoding (`#%`), which names none. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** The text with each `[start, end)` range wrapped in `<mark>`. */
function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), html`<mark part="highlight">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

defineElement('ct-task-list', CtTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'ct-task-list': CtTaskList;
  }
}
