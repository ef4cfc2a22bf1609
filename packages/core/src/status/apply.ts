import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { pathOf } from '../json-path.js';
import { getTask } from '../query.js';
import type { Program, Task } from '../schema.js';
import { TASK_STATUSES } from '../constants.js';
import { StatusEntry, StatusOverlay, type TaskStatus, type Timeliness } from './schema.js';
import { readEvidenceDocument } from './evidence.js';
import { countTimeliness } from './progress.js';
import { type DeadlineJudgement, judgeDeadlines, overallTimeliness } from './timeliness.js';

/** Something wrong in an overlay: which overlay, where in it (JSON path) and why. */
export interface OverlayIssue {
  /** Position of the overlay in the list given, from 0. */
  overlay: number;
  /** The overlay's label (file name, URL or reporter) when known. */
  label: string;
  path: string;
  message: string;
}

/** Two overlays (or two entries) that report on the same task and year differently. */
export interface StatusConflict {
  taskId: string;
  year: number | null;
  /** Where each competing entry is, as "label entries[i]". */
  sources: string[];
  /** The source whose entry applies: the one updated last; on a tie, see `applyStatus`. */
  applied: string;
}

export interface TaskProgress {
  task: Task;
  /** The task-wide status reported, or null when no overlay reports on the task. */
  status: TaskStatus | null;
  entry: StatusEntry | null;
  timeliness: Timeliness;
  deadlines: DeadlineJudgement[];
}

export interface StatusReport {
  asOf: string;
  /** One per task of the program, in document order. */
  tasks: TaskProgress[];
  counts: Record<Timeliness, number>;
  issues: OverlayIssue[];
  conflicts: StatusConflict[];
  /** Entries that passed validation and apply (conflict losers included). */
  accepted: number;
}

export interface ApplyStatusOptions {
  /** Judge against this date (YYYY-MM-DD); default: the latest `asOf` of the valid overlays, else today. */
  asOf?: string;
  /** Names for the overlays in messages (file names, URLs); default: the overlay's `reporter` or "overlay N". */
  labels?: readonly string[];
}

const Envelope = z.extend(StatusOverlay, { entries: z.array(z.unknown()) });

interface Candidate {
  entry: StatusEntry;
  source: string;
}

/**
 * Which of two entries on one task applies: the one updated last. On the same `updated` date the
 * status further along `TASK_STATUSES` (not-started, in-progress, done, cancelled), then the later
 * `completedOn`, then the entry's own text: never the order the overlays were given in, so every
 * reader of the same files sees the same status.
 */
function precedence(a: StatusEntry, b: StatusEntry): number {
  return (
    b.updated.localeCompare(a.updated) ||
    TASK_STATUSES.indexOf(b.status) - TASK_STATUSES.indexOf(a.status) ||
    (b.completedOn ?? '').localeCompare(a.completedOn ?? '') ||
    canonical(b).localeCompare(canonical(a))
  );
}

const canonical = (entry: StatusEntry) => JSON.stringify(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)));

/** Reasons a schema-valid entry still cannot apply to this program, or [] when it can. */
function entryProblems(program: Program, entry: StatusEntry, asOf: string): Array<{ field: string; message: string }> {
  const task = getTask(program, entry.taskId);
  if (!task) return [{ field: 'taskId', message: `no task has id "${entry.taskId}"` }];
  const problems: Array<{ field: string; message: string }> = [];
  if (entry.year !== undefined) {
    if (!task.deadlines.some((deadline) => deadline.kind === 'annual')) {
      problems.push({ field: 'year', message: `task "${entry.taskId}" has no annual deadline; report on it without "year"` });
    } else if (entry.year < program.period.start || entry.year > program.period.end) {
      problems.push({ field: 'year', message: `expected a year of the program period ${program.period.start}–${program.period.end}, got ${entry.year}` });
    }
  }
  if (entry.completedOn !== undefined && entry.status !== 'done') {
    problems.push({ field: 'completedOn', message: `completedOn is only for status "done", not "${entry.status}"` });
  }
  if (entry.completedOn !== undefined && entry.completedOn > entry.updated) {
    problems.push({ field: 'completedOn', message: `completedOn ${entry.completedOn} is after updated ${entry.updated}` });
  }
  if (entry.evidenceDocument !== undefined) {
    const reading = readEvidenceDocument(entry.evidenceDocument);
    if (!reading.ok) problems.push({ field: 'evidenceDocument', message: reading.message });
  }
  if (entry.updated > asOf) {
    problems.push({ field: 'updated', message: `updated ${entry.updated} is after the overlay's asOf ${asOf}` });
  }
  return problems;
}

/**
 * Validates status overlays entry by entry and applies them to the program: every invalid entry is
 * reported with its path and reason and left out whole, while the valid entries of the same overlay
 * still apply. An overlay for another program, or one that is not an overlay at all, is reported
 * and skipped. Entries from several overlays on the same task (and year) are a conflict: reported,
 * and the entry updated last applies (a tie is broken by content, never by order: `precedence`). Each task's timeliness is then judged against `asOf`.
 */
export function applyStatus(program: Program, overlays: readonly unknown[], options: ApplyStatusOptions = {}): StatusReport {
  const issues: OverlayIssue[] = [];
  const candidates = new Map<string, Candidate[]>();
  const asOfs: string[] = [];
  let accepted = 0;

  overlays.forEach((overlay, index) => {
    const envelope = z.safeParse(Envelope, overlay, { error: en().localeError });
    const reporter = typeof (overlay as { reporter?: unknown })?.reporter === 'string' ? (overlay as { reporter: string }).reporter : undefined;
    const label = options.labels?.[index] ?? reporter ?? `overlay ${index + 1}`;
    const report = (path: string, message: string) => issues.push({ overlay: index, label, path, message });
    if (!envelope.success) {
      for (const issue of envelope.error.issues) report(pathOf(issue.path), issue.message);
      return;
    }
    if (envelope.data.programId !== program.id) {
      report('programId', `expected "${program.id}", got "${envelope.data.programId}": this overlay is about another program`);
      return;
    }
    asOfs.push(envelope.data.asOf);
    const seen = new Set<string>();
    envelope.data.entries.forEach((raw, i) => {
      const at = `entries[${i}]`;
      const parsed = z.safeParse(StatusEntry, raw, { error: en().localeError });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(pathOf(issue.path, at), issue.message);
        return;
      }
      const entry = parsed.data;
      const problems = entryProblems(program, entry, envelope.data.asOf);
      if (problems.length > 0) {
        for (const problem of problems) report(`${at}.${problem.field}`, problem.message);
        return;
      }
      const key = `${entry.taskId}@${entry.year ?? ''}`;
      if (seen.has(key)) {
        report(at, `task "${entry.taskId}"${entry.year ? ` (${entry.year})` : ''} is already reported earlier in this overlay`);
        return;
      }
      seen.add(key);
      accepted++;
      const list = candidates.get(key) ?? [];
      list.push({ entry, source: `${label} ${at}` });
      candidates.set(key, list);
    });
  });

  const conflicts: StatusConflict[] = [];
  const chosen = new Map<string, StatusEntry>();
  for (const [key, list] of candidates) {
    const winner = [...list].sort((a, b) => precedence(a.entry, b.entry))[0]!;
    chosen.set(key, winner.entry);
    const differs = list.some(
      (candidate) => candidate.entry.status !== winner.entry.status || candidate.entry.completedOn !== winner.entry.completedOn,
    );
    if (differs) {
      conflicts.push({ taskId: winner.entry.taskId, year: winner.entry.year ?? null, sources: list.map((c) => c.source), applied: winner.source });
    }
  }

  let asOf = asOfs.length > 0 ? asOfs.sort().at(-1)! : new Date().toISOString().slice(0, 10);
  if (options.asOf !== undefined) {
    if (z.safeParse(z.iso.date(), options.asOf).success) asOf = options.asOf;
    else issues.push({ overlay: -1, label: 'options', path: 'asOf', message: `expected a date like 2025-12-31, got "${options.asOf}"; judged as of ${asOf}` });
  }
  const tasks = program.tasks.map((task): TaskProgress => {
    const entry = chosen.get(`${task.id}@`) ?? null;
    const byYear = new Map<number, StatusEntry>();
    for (const deadline of task.deadlines) {
      if (deadline.kind !== 'annual') continue;
      for (let year = program.period.start; year <= program.period.end; year++) {
        const yearly = chosen.get(`${task.id}@${year}`);
        if (yearly) byYear.set(year, yearly);
      }
    }
    const deadlines = judgeDeadlines(task, program.period, { task: entry, byYear }, asOf);
    const timeliness = overallTimeliness(entry, deadlines);
    return { task, status: entry?.status ?? null, entry, timeliness, deadlines };
  });

  return { asOf, tasks, counts: countTimeliness(tasks).counts, issues, conflicts, accepted };
}
