import { TASK_STATUSES, TIMELINESS } from '../constants.js';
import type { Deadline, Task } from '../schema.js';
import type { TaskProgress } from './apply.js';
import type { StatusEntry, TaskStatus, Timeliness } from './schema.js';
import type { DeadlineJudgement } from './timeliness.js';

/**
 * What a status report says about some of its tasks: which match a progress filter, how many fall
 * in each timeliness class, how one deadline was judged, when a task was done. Free of zod (it only reads a report), so a page can filter and count
 * before the code that validates overlays has loaded.
 */

/** Statuses as reported, apart from `cancelled` (a timeliness class too), plus tasks no overlay reports on. */
export const REPORTED_STATUSES = [...TASK_STATUSES.filter((status) => status !== 'cancelled'), 'unreported'] as const satisfies ReadonlyArray<
  TaskStatus | 'unreported'
>;

/**
 * The values a progress filter takes: a timeliness class (`open-overdue`), a status as reported
 * (`in-progress`), or `unreported`.
 */
export const STATUS_FILTERS: ReadonlyArray<Timeliness | TaskStatus | 'unreported'> = [...TIMELINESS, ...REPORTED_STATUSES];
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

/**
 * Whether a task's progress (an item of `applyStatus`'s report) falls under a progress filter: its
 * timeliness for a timeliness class, its reported status for a status, no status for `unreported`.
 * A task the report does not judge (`undefined`) matches nothing.
 */
export function matchesStatus(progress: TaskProgress | undefined, filter: StatusFilter): boolean {
  if (!progress) return false;
  if (filter === 'unreported') return progress.status === null;
  if ((TIMELINESS as readonly string[]).includes(filter)) return progress.timeliness === filter;
  return progress.status === filter;
}

/** Tasks per timeliness class (every class, 0 when none), how many of them an overlay reports on, and how many in all. */
export interface TimelinessCounts {
  counts: Record<Timeliness, number>;
  reported: number;
  total: number;
}

/**
 * Tallies a report's progress items: of `tasks` when given (an agency's, an area's), else of every
 * task the report judges. A task of `tasks` the report does not judge is left out of every number.
 */
export function countTimeliness(progress: readonly TaskProgress[], tasks?: readonly Task[]): TimelinessCounts {
  const ids = tasks && new Set(tasks.map((task) => task.id));
  const counts = Object.fromEntries(TIMELINESS.map((level) => [level, 0])) as Record<Timeliness, number>;
  let reported = 0;
  let total = 0;
  for (const item of progress) {
    if (ids && !ids.has(item.task.id)) continue;
    counts[item.timeliness]++;
    if (item.status !== null) reported++;
    total++;
  }
  return { counts, reported, total };
}

/** How one deadline of a task was judged: one judgement, or one per year for an annual deadline; none without a report. */
export function deadlineJudgements(progress: TaskProgress | undefined, deadline: Deadline): DeadlineJudgement[] {
  return progress?.deadlines.filter((judgement) => judgement.deadline === deadline) ?? [];
}

/** The day a `done` entry counts as done (its `completedOn`, else the day it was updated); null for any other status. */
export function completionDate(entry: StatusEntry): string | null {
  return entry.status === 'done' ? (entry.completedOn ?? entry.updated) : null;
}
