import * as z from 'zod/mini';
import type { Program, Task } from '../schema.js';
import { TASK_STATUSES } from '../constants.js';
import type { StatusEntry, TaskStatus, Timeliness } from './schema.js';
import { countTimeliness } from './progress.js';
import { type AcceptedEntry, readOverlay } from './read-overlay.js';
import { finish, finishInSlices, type Steps } from './slices.js';
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

export interface ApplyStatusAsyncOptions extends ApplyStatusOptions {
  /** Aborting it stops the work at the next slice. */
  signal?: AbortSignal;
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

/**
 * The whole application, one step per entry and per combined key: each overlay read in turn, then
 * the entries on the same task (and year) combined, then each task judged against `asOf`.
 */
function* applySteps(program: Program, overlays: readonly unknown[], options: ApplyStatusOptions): Steps<StatusReport> {
  const issues: OverlayIssue[] = [];
  const candidates = new Map<string, AcceptedEntry[]>();
  const asOfs: string[] = [];
  let accepted = 0;
  for (const [index, overlay] of overlays.entries()) {
    const reading = yield* readOverlay(program, overlay, index, options.labels?.[index]);
    for (const issue of reading.issues) issues.push(issue); // (a spread of 100,000 arguments overflows the stack)
    if (reading.asOf !== null) asOfs.push(reading.asOf);
    accepted += reading.accepted.length;
    for (const candidate of reading.accepted) {
      const list = candidates.get(candidate.key);
      if (list) list.push(candidate);
      else candidates.set(candidate.key, [candidate]);
    }
  }

  const conflicts: StatusConflict[] = [];
  const chosen = new Map<string, StatusEntry>();
  for (const [key, list] of candidates) {
    yield;
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
  const tasks: TaskProgress[] = [];
  for (const task of program.tasks) {
    yield;
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
    tasks.push({ task, status: entry?.status ?? null, entry, timeliness, deadlines });
  }

  return { asOf, tasks, counts: countTimeliness(tasks).counts, issues, conflicts, accepted };
}

/**
 * Validates status overlays entry by entry and applies them to the program: every invalid entry is
 * reported with its path and reason and left out whole, while the valid entries of the same overlay
 * still apply. An overlay for another program, or one that is not an overlay at all, is reported
 * and skipped. Entries from several overlays on the same task (and year) are a conflict: reported,
 * and the entry updated last applies (a tie is broken by content, never by order: `precedence`).
 * Each task's timeliness is then judged against `asOf`.
 *
 * Runs in one go: about 0.3 s for 100,000 entries. A page should use `applyStatusAsync`.
 */
export function applyStatus(program: Program, overlays: readonly unknown[], options: ApplyStatusOptions = {}): StatusReport {
  return finish(applySteps(program, overlays, options));
}

/**
 * `applyStatus`, with the same report, run in slices of about 20 ms that give the event loop back
 * between them: a page applying overlays of 100,000 entries stays responsive. With `signal`, a
 * load that has been superseded stops at the next slice, rejecting with the signal's reason.
 */
export function applyStatusAsync(program: Program, overlays: readonly unknown[], options: ApplyStatusAsyncOptions = {}): Promise<StatusReport> {
  return finishInSlices(applySteps(program, overlays, options), options.signal);
}
