import * as z from 'zod/mini';
import { TIMELINESS } from '../constants.js';
import { filterTasks, getAgency, suggestAgencies, taskDetails } from '../query.js';
import type { Agency, Program, Role, Task } from '../schema.js';
import { applyStatus, type OverlayIssue, type StatusConflict, type StatusReport, type TaskProgress } from '../status/apply.js';
import type { Timeliness } from '../status/schema.js';

/** A task as an agency reports on it: the task, the agency's role in it. */
export interface AgencyTask {
  task: Task;
  role: Role;
}

/**
 * The tasks an agency reports on, in document order, with its role in each. The one place that
 * decides this, so the status editor, the report and the CLI agree (and agency succession can add
 * the tasks an agency inherits here).
 */
export function agencyTasks(program: Program, agencyId: string): AgencyTask[] {
  return filterTasks(program, { agency: agencyId }).flatMap((task) => {
    const role = taskDetails(program, task)?.agencies.find((item) => item.agency.id === agencyId)?.role;
    return role ? [{ task, role }] : [];
  });
}

export interface ReportOptions {
  /** The date the report describes (YYYY-MM-DD); it may not be after `today`. */
  asOf: string;
  /** Only the tasks of this agency (its own report); default: every task (the consolidated report). */
  agency?: string;
  /** Today's date (YYYY-MM-DD), for the "as-of in the future" check; default: the current UTC date. */
  today?: string;
  /** Names for the overlays in messages (file names); default: the overlay's reporter. */
  labels?: readonly string[];
}

export interface ReportTask {
  progress: TaskProgress;
  /** Position of the task in its area's table, from 1. */
  number: number;
  /** The agencies named in the task's block, with their roles, in header order. */
  agencies: Array<{ agency: Agency; role: Role }>;
  /** The agency's role when the report is one agency's. */
  role: Role | null;
  /** No valid overlay entry reports on this task. */
  unreported: boolean;
}

export interface ReportArea {
  number: number;
  title: string;
  tasks: ReportTask[];
  counts: Record<Timeliness, number>;
}

export interface ReportAgency {
  agency: Agency;
  /** Tasks the agency leads (in one agency's report: every task it is named in). */
  tasks: number;
  counts: Record<Timeliness, number>;
  /** Of its tasks, those no overlay reports on. */
  unreported: number;
}

export interface ProgressReport {
  program: Pick<Program, 'id' | 'title' | 'issuer' | 'period'>;
  asOf: string;
  agency: Agency | null;
  /** How many overlays the report was compiled from. */
  overlays: number;
  areas: ReportArea[];
  /** Per agency named as lead, in the program's agency order; for one agency's report, just that one. */
  agencies: ReportAgency[];
  counts: Record<Timeliness, number>;
  total: number;
  unreported: ReportTask[];
  conflicts: StatusConflict[];
  /** Entries left out because they were invalid (each with its overlay and JSON path). */
  issues: OverlayIssue[];
  /** applyStatus's result the report is built from (all tasks of the program). */
  status: StatusReport;
}

/** Input the report cannot be built from; `problems` names each thing that was wrong. */
export class ReportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ReportError';
  }
}

function emptyCounts(): Record<Timeliness, number> {
  return Object.fromEntries(TIMELINESS.map((level) => [level, 0])) as Record<Timeliness, number>;
}

function countOf(tasks: readonly ReportTask[]): Record<Timeliness, number> {
  const counts = emptyCounts();
  for (const item of tasks) counts[item.progress.timeliness]++;
  return counts;
}

function inputProblems(program: Program, overlays: readonly unknown[], options: ReportOptions): string[] {
  const problems: string[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!z.safeParse(z.iso.date(), options.asOf).success) problems.push(`as-of: expected a date like 2024-12-31, got "${options.asOf}"`);
  else if (options.asOf > today) problems.push(`as-of ${options.asOf} is in the future (today is ${today}); a report describes what has happened`);
  if (options.agency !== undefined && !getAgency(program, options.agency)) {
    const suggestions = suggestAgencies(program, options.agency).map((agency) => agency.id);
    problems.push(`no agency has id "${options.agency}"; did you mean ${suggestions.join(', ')}?`);
  }
  if (overlays.length === 0) problems.push('no status overlay given');
  return problems;
}

/**
 * Builds the progress report of a program from any number of status overlays as of a date: per
 * area and per agency, every task with its status, timeliness and evidence; the counts per
 * timeliness class (those of `applyStatus`); the tasks no one reported on; and the conflicts.
 * An invalid entry is left out and listed in `issues`, as `applyStatus` does; but an overlay that
 * cannot be read at all, or is about another program, a future or malformed as-of date, or an
 * unknown agency stop the report with a `ReportError`, since a report missing a whole agency's
 * overlay would understate its work without saying so.
 */
export function buildReport(program: Program, overlays: readonly unknown[], options: ReportOptions): ProgressReport {
  const problems = inputProblems(program, overlays, options);
  if (problems.length > 0) throw new ReportError(problems);
  const status = applyStatus(program, overlays, { asOf: options.asOf, labels: options.labels });
  const whole = status.issues.filter((issue) => !issue.path.startsWith('entries['));
  if (whole.length > 0) throw new ReportError(whole.map((issue) => `${issue.label}: ${issue.path}: ${issue.message}`));

  const agency = options.agency === undefined ? null : getAgency(program, options.agency)!;
  const roles = new Map(agency ? agencyTasks(program, agency.id).map((item) => [item.task.id, item.role]) : []);
  const reported = new Set(status.tasks.filter((item) => item.entry !== null || item.deadlines.some((d) => d.entry !== null)).map((item) => item.task.id));
  const items = status.tasks.filter((item) => !agency || roles.has(item.task.id));

  const areas = program.areas.flatMap((area): ReportArea[] => {
    const tasks = items
      .filter((item) => taskDetails(program, item.task)?.area.id === area.id)
      .map((progress, index): ReportTask => {
        return {
          progress,
          number: index + 1,
          agencies: taskDetails(program, progress.task)?.agencies ?? [],
          role: roles.get(progress.task.id) ?? null,
          unreported: !reported.has(progress.task.id),
        };
      });
    return tasks.length > 0 ? [{ number: area.number, title: area.title, tasks, counts: countOf(tasks) }] : [];
  });
  const rows = areas.flatMap((area) => area.tasks);

  const agencies = (agency ? [agency] : program.agencies).flatMap((candidate): ReportAgency[] => {
    const own = agency ? rows : rows.filter((row) => row.agencies.some((item) => item.role === 'lead' && item.agency.id === candidate.id));
    return own.length > 0 ? [{ agency: candidate, tasks: own.length, counts: countOf(own), unreported: own.filter((row) => row.unreported).length }] : [];
  });

  const ids = new Set(rows.map((row) => row.progress.task.id));
  return {
    program: { id: program.id, title: program.title, issuer: program.issuer, period: program.period },
    asOf: status.asOf,
    agency,
    overlays: overlays.length,
    areas,
    agencies,
    counts: countOf(rows),
    total: rows.length,
    unreported: rows.filter((row) => row.unreported),
    conflicts: status.conflicts.filter((conflict) => ids.has(conflict.taskId)),
    issues: status.issues,
    status,
  };
}
