import type { Program, Task } from '@chuongtrinh/core';
import { validateFilter } from '@chuongtrinh/core/query';
import { formatDate, formatDeadlines } from '@chuongtrinh/core/format';
import { agencyTasks } from '@chuongtrinh/core/report';
import { applyStatus, readEvidenceDocument, StatusOverlay, TASK_STATUSES, type TaskStatus } from '@chuongtrinh/core/status';
import * as z from 'zod/mini';
import { html, nothing, type TemplateResult } from 'lit';
import { CtElement } from '../shared/ct-element.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { defineElement } from '../shared/define.js';
import { LazyModule } from '../shared/lazy-module.js';
import { fileName, saveFile } from '../shared/download.js';
import type { WidgetProblem } from '../shared/problems.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { DraftStore, type Draft, type DraftEntry } from './draft-store.js';
import { statusEditorStyles } from './status-editor.styles.js';
import { STATUS_EDITOR_TRANSLATIONS, type StatusEditorTranslation } from './status-editor.translations.js';

const reportModule = /* @__PURE__ */ new LazyModule(() => import('./lazy-report.js'));

const today = () => new Date().toISOString().slice(0, 10);
const hasAnnualDeadline = (task: Task) => task.deadlines.some((deadline) => deadline.kind === 'annual');

/**
 * @tag ct-status-editor
 * @summary The form in which an agency's officer reports on its tasks: status, completion date, a
 * note and evidence per task, kept in the browser at every change, exported as a status overlay
 * (validated) and as the agency's own report.
 *
 * @attr lang - UI language: `vi` (default) or `en`; also the language of the report it writes. Without it, the nearest `lang` of the page decides.
 *
 * @csspart base - The outer wrapper.
 * @csspart task - One task's fieldset.
 * @csspart notice - The line about saving and other tabs.
 * @csspart problems - The list of import or export problems.
 *
 * @cssproperty --ct-color-accent - Buttons and focus.
 */
export class CtStatusEditor extends CtElement {
  static override styles = [sharedStyles, statusEditorStyles];

  static override properties = {
    ...CtElement.properties,
    agency: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of', reflect: true },
    draft: { state: true, attribute: false },
    overtaken: { state: true, attribute: false },
    notes: { state: true, attribute: false },
  };

  /** Id of the reporting agency (`so-noi-vu`); chosen in the form when absent. */
  declare agency: string | undefined;
  /** The date the report describes (YYYY-MM-DD); default: today. */
  declare asOf: string | undefined;

  private declare draft: Draft;
  /** Another tab saved this draft after this one loaded it. */
  private declare overtaken: boolean;
  /** The last import or export result: a title and each problem by path. */
  private declare notes: { title: string; items: string[]; alert: boolean } | null;

  private store: DraftStore | undefined;
  private tasks: ReturnType<typeof agencyTasks> = [];

  constructor() {
    super();
    this.draft = { revision: 0, entries: {} };
    this.overtaken = false;
    this.notes = null;
  }

  private get ui(): StatusEditorTranslation {
    return STATUS_EDITOR_TRANSLATIONS[this.language];
  }

  private get reportDate(): string {
    return this.asOf && z.safeParse(z.iso.date(), this.asOf).success ? this.asOf : today();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.close();
    this.store = undefined;
  }

  private readonly datasets = new DatasetController(this);
  private stage: Stage = { status: 'loading', message: 'loading' };

  protected override willUpdate(): void {
    const stage = (this.stage = this.datasets.stage);
    this.problems = stage.status === 'ready' ? this.openDraft(stage.program) : stage.status === 'failed' ? stage.problems : [];
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, ({ program }) => this.renderReady(program));
  }

  /** Opens the stored draft of the chosen agency and date; the problems are those of the agency id. */
  private openDraft(program: Program): WidgetProblem[] {
    const agency = this.agency?.trim();
    this.tasks = agency ? agencyTasks(program, agency) : [];
    const key = agency ? `ct-status-editor:${program.id}:${agency}:${this.reportDate}` : undefined;
    if (this.store?.key !== key) {
      this.store?.close();
      this.store = key ? new DraftStore(key, (draft) => this.onExternalChange(draft)) : undefined;
      this.draft = this.store?.read() ?? { revision: 0, entries: {} };
      this.overtaken = false;
    }
    return agency ? validateFilter(program, { agency }) : [];
  }

  private onExternalChange(draft: Draft): void {
    if (draft.revision === this.draft.revision) return;
    this.overtaken = true;
    this.pendingExternal = draft;
  }

  private pendingExternal: Draft | undefined;

  private loadOtherTab(): void {
    this.draft = this.pendingExternal ?? this.store?.read() ?? this.draft;
    this.overtaken = false;
  }

  private change(taskId: string, patch: Partial<DraftEntry> | null): void {
    const entries = { ...this.draft.entries };
    if (patch === null) delete entries[taskId];
    else {
      const updated = [today(), this.reportDate].sort()[0]!;
      const merged = { ...(entries[taskId] ?? { status: 'in-progress' as TaskStatus }), ...patch, updated } as DraftEntry;
      for (const field of ['completedOn', 'note', 'evidenceUrl', 'evidenceDocument'] as const) if (merged[field] === '') delete merged[field];
      if (merged.status !== 'done') delete merged.completedOn;
      entries[taskId] = merged;
    }
    if (!this.store) {
      this.draft = { revision: this.draft.revision, entries };
      return;
    }
    const result = this.store.save(this.draft.revision, entries);
    if (result.saved) this.draft = result.draft;
    else {
      // Keep what was typed on screen, but do not write over the other tab's save.
      this.pendingExternal = result.draft;
      this.draft = { revision: this.draft.revision, entries };
      this.overtaken = true;
    }
  }

  /** The draft as a status overlay (the contract `chuongtrinh status validate` checks). */
  overlay(program: Program): StatusOverlay {
    const year = Number(this.reportDate.slice(0, 4));
    const order = new Map(this.tasks.map((item, index) => [item.task.id, index]));
    return {
      formatVersion: 1,
      programId: program.id,
      asOf: this.reportDate,
      reporter: this.agency,
      entries: Object.entries(this.draft.entries)
        .filter(([taskId]) => order.has(taskId))
        .sort(([a], [b]) => order.get(a)! - order.get(b)!)
        .map(([taskId, entry]) => {
          const task = this.tasks[order.get(taskId)!]!.task;
          return { taskId, ...(hasAnnualDeadline(task) ? { year } : {}), ...entry };
        }),
    };
  }

  private entryProblems(program: Program): Map<string, string[]> {
    const overlay = this.overlay(program);
    const byTask = new Map<string, string[]>();
    for (const issue of applyStatus(program, [overlay]).issues) {
      const index = /^entries\[(\d+)\]/.exec(issue.path)?.[1];
      const taskId = index === undefined ? undefined : overlay.entries[Number(index)]?.taskId;
      if (taskId) byTask.set(taskId, [...(byTask.get(taskId) ?? []), `${issue.path.replace(/^entries\[\d+\]\.?/, '')}: ${issue.message}`]);
    }
    return byTask;
  }

  private async importFile(program: Program, file: File): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      this.notes = { title: this.ui.importNotJson((error as Error).message), items: [], alert: true };
      return;
    }
    const report = applyStatus(program, [data], { labels: [file.name] });
    const bad = new Set(report.issues.map((issue) => /^entries\[(\d+)\]/.exec(issue.path)?.[1]).filter((index) => index !== undefined).map(Number));
    const entries = Array.isArray((data as { entries?: unknown }).entries) ? ((data as { entries: unknown[] }).entries) : [];
    const own = new Set(this.tasks.map((item) => item.task.id));
    let kept = 0;
    const next = { ...this.draft.entries };
    entries.forEach((raw, index) => {
      if (bad.has(index) || report.issues.some((issue) => !issue.path.startsWith('entries['))) return;
      const { taskId, year: _year, ...entry } = raw as { taskId: string; year?: number } & DraftEntry;
      if (!own.has(taskId)) return;
      next[taskId] = { ...entry, updated: [entry.updated, this.reportDate].sort()[0]! };
      kept++;
    });
    if (this.store) {
      const result = this.store.save(this.draft.revision, next);
      this.draft = result.saved ? result.draft : { revision: this.draft.revision, entries: next };
      if (!result.saved) this.overtaken = true;
    } else this.draft = { revision: this.draft.revision, entries: next };
    this.notes = { title: this.ui.imported(kept, report.issues.length), items: report.issues.map((issue) => `${issue.path}: ${issue.message}`), alert: report.issues.length > 0 };
  }

  private exportOverlay(program: Program): void {
    const overlay = this.overlay(program);
    const schema = z.safeParse(StatusOverlay, overlay);
    const issues = [
      ...(schema.success ? [] : schema.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
      ...applyStatus(program, [overlay]).issues.map((issue) => `${issue.path}: ${issue.message}`),
    ];
    if (issues.length > 0) {
      this.notes = { title: this.ui.exportBlocked, items: issues, alert: true };
      return;
    }
    this.notes = null;
    saveFile(new Blob([`${JSON.stringify(overlay, null, 2)}\n`], { type: 'application/json' }), fileName(['bao-cao', this.agency, this.reportDate], 'json'));
  }

  private async exportReport(program: Program, format: 'html' | 'docx'): Promise<void> {
    try {
      const { buildReport, reportToHtml, loadDocx } = await reportModule.required();
      const report = buildReport(program, [this.overlay(program)], { asOf: this.reportDate, agency: this.agency });
      const options = { lang: this.language };
      const blob =
        format === 'html'
          ? new Blob([reportToHtml(report, options)], { type: 'text/html;charset=utf-8' })
          : new Blob([await (await loadDocx()).reportToDocx(report, options)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const name = fileName(['bao-cao', this.agency, this.reportDate], 'json').replace(/\.json$/, `.${format}`);
      saveFile(blob, name);
    } catch (error) {
      this.notes = { title: this.ui.reportFailed((error as Error).message), items: [], alert: true };
    }
  }

  private renderReady(program: Program): TemplateResult {
    const ui = this.ui;
    const problems = this.entryProblems(program);
    return html`<form class="editor" @submit=${(event: Event) => event.preventDefault()}>
      <h2 class="title">${ui.title}</h2>
      ${this.renderProblems(this.t)}
      <div class="choose">
        <label>${ui.agency}
          <select name="agency" @change=${(event: Event) => (this.agency = (event.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!this.agency}>${ui.chooseAgency}</option>
            ${program.agencies.map((agency) => html`<option value=${agency.id} ?selected=${agency.id === this.agency}>${agency.name}</option>`)}
          </select>
        </label>
        <label>${ui.asOf}
          <input type="date" name="as-of" .value=${this.reportDate} @change=${(event: Event) => (this.asOf = (event.target as HTMLInputElement).value || undefined)} />
        </label>
      </div>
      ${this.agency && this.problems.length === 0 ? this.renderTasks(program, problems) : nothing}
    </form>`;
  }

  private renderTasks(program: Program, problems: Map<string, string[]>): TemplateResult {
    const ui = this.ui;
    return html`<p part="notice" class="notice" role="status">${this.overtaken
        ? html`${ui.otherTab} <button type="button" name="load-other-tab" @click=${() => this.loadOtherTab()}>${ui.loadOtherTab}</button>`
        : ui.saved}</p>
      <div class="actions">
        <label class="import">${ui.importLabel}
          <input type="file" name="import" accept="application/json,.json" @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.importFile(program, file).then(() => (input.value = ''));
          }} />
        </label>
        <button type="button" name="export-overlay" @click=${() => this.exportOverlay(program)}>${ui.exportOverlay}</button>
        <button type="button" name="report-html" @click=${() => void this.exportReport(program, 'html')}>${ui.reportHtml}</button>
        <button type="button" name="report-docx" @click=${() => void this.exportReport(program, 'docx')}>${ui.reportDocx}</button>
      </div>
      ${this.notes
        ? html`<div part="problems" class="notes" role=${this.notes.alert ? 'alert' : 'status'}>
            <p>${this.notes.title}</p>
            ${this.notes.items.length ? html`<ul>${this.notes.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      <p class="count">${ui.tasks(this.tasks.length)}</p>
      ${this.tasks.map(({ task, role }, index) => this.renderTask(task, role, index, problems.get(task.id) ?? []))}`;
  }

  private renderTask(task: Task, role: keyof StatusEditorTranslation['roles'], index: number, problems: string[]): TemplateResult {
    const ui = this.ui;
    const entry = this.draft.entries[task.id];
    const id = `t${index}`;
    const document = entry?.evidenceDocument ? readEvidenceDocument(entry.evidenceDocument) : null;
    const input = (field: 'note' | 'evidenceUrl' | 'evidenceDocument' | 'completedOn') => (event: Event) =>
      this.change(task.id, { [field]: (event.target as HTMLInputElement).value });
    return html`<fieldset part="task" class="task" data-task=${task.id}>
      <legend>${ui.taskLegend(index + 1, ui.roles[role])}</legend>
      <p class="text">${task.text}</p>
      <p class="deadlines">${ui.deadlines}: ${task.deadlines.length ? formatDeadlines(task.deadlines, this.language) : ui.noDeadline}</p>
      <div class="fields">
        <label for="${id}-status">${ui.status}</label>
        <select id="${id}-status" name="status" @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          this.change(task.id, value ? { status: value as TaskStatus } : null);
        }}>
          <option value="" ?selected=${!entry}>${ui.unreported}</option>
          ${TASK_STATUSES.map((status) => html`<option value=${status} ?selected=${entry?.status === status}>${ui.statuses[status]}</option>`)}
        </select>
        ${entry?.status === 'done'
          ? html`<label for="${id}-done">${ui.completedOn}</label>
              <input id="${id}-done" name="completedOn" type="date" .value=${entry.completedOn ?? ''} @input=${input('completedOn')} />`
          : nothing}
        ${entry
          ? html`<label for="${id}-note">${ui.note}</label>
              <textarea id="${id}-note" name="note" rows="2" .value=${entry.note ?? ''} @input=${input('note')}></textarea>
              <label for="${id}-url">${ui.evidenceUrl}</label>
              <input id="${id}-url" name="evidenceUrl" type="url" .value=${entry.evidenceUrl ?? ''} @input=${input('evidenceUrl')} />
              <label for="${id}-doc">${ui.evidenceDocument}</label>
              <div>
                <input id="${id}-doc" name="evidenceDocument" placeholder=${ui.evidenceDocumentHint} aria-describedby="${id}-doc-reading"
                  .value=${entry.evidenceDocument ?? ''} @input=${input('evidenceDocument')} />
                <p id="${id}-doc-reading" class="reading">${document?.ok ? ui.documentRead(document.document.number, formatDate(document.document.date!, this.language)) : ''}</p>
              </div>`
          : nothing}
      </div>
      ${problems.length
        ? html`<div class="entry-problems" role="alert"><p>${ui.entryProblems}:</p><ul>${problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>`
        : nothing}
    </fieldset>`;
  }
}

defineElement('ct-status-editor', CtStatusEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ct-status-editor': CtStatusEditor;
  }
}
