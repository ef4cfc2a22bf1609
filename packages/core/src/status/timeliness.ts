import type { Deadline, Program, Task } from '../schema.js';
import { completionDate } from './progress.js';
import type { StatusEntry, Timeliness } from './schema.js';

/** One deadline of a task (for an annual one, one year of it) judged against the as-of date. */
export interface DeadlineJudgement {
  deadline: Deadline;
  /** The year judged: the deadline's year, or for an annual deadline the occurrence's year. */
  year: number | null;
  /** Last day to be on time (YYYY-MM-DD): the deadline's `due`, or 31 December of an annual one's year; null when undated. */
  due: string | null;
  /** The entry this judgement used, if any. */
  entry: StatusEntry | null;
  timeliness: Timeliness;
}

// Worst first: the task as a whole is as late as its latest-running deadline.
const SEVERITY: readonly Timeliness[] = ['open-overdue', 'done-late', 'open-not-due', 'done-on-time', 'cancelled', 'no-deadline'];

function judge(entry: StatusEntry | null, due: string | null, asOf: string): Timeliness {
  if (entry?.status === 'cancelled') return 'cancelled';
  if (due === null) return 'no-deadline';
  const done = entry && completionDate(entry);
  if (done) return done <= due ? 'done-on-time' : 'done-late';
  return asOf <= due ? 'open-not-due' : 'open-overdue';
}

/**
 * Judges each deadline of a task on its `due` date: a day deadline on that day, a month or quarter
 * one on its last day, a year or period one on 31 December of its (end) year, a conditional one with
 * an expected year likewise; ongoing work and a conditional one without a year are never overdue. An annual
 * deadline is judged once per year of the program period, each year with the entry for that year
 * (a task-wide entry counts for every year only when it cancels the task).
 */
export function judgeDeadlines(
  task: Task,
  period: Program['period'],
  entries: { task: StatusEntry | null; byYear: ReadonlyMap<number, StatusEntry> },
  asOf: string,
): DeadlineJudgement[] {
  return task.deadlines.flatMap((deadline): DeadlineJudgement[] => {
    if (deadline.kind !== 'annual') {
      const due = deadline.due;
      return [{ deadline, year: deadline.year, due, entry: entries.task, timeliness: judge(entries.task, due, asOf) }];
    }
    const years = Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);
    return years.map((year) => {
      const entry = entries.byYear.get(year) ?? (entries.task?.status === 'cancelled' ? entries.task : null);
      const due = `${year}-12-31`;
      return { deadline, year, due, entry, timeliness: judge(entry, due, asOf) };
    });
  });
}

/** The task's timeliness as a whole: its worst deadline, or its status alone when it has none. */
export function overallTimeliness(entry: StatusEntry | null, judgements: readonly DeadlineJudgement[]): Timeliness {
  if (entry?.status === 'cancelled') return 'cancelled';
  if (judgements.length === 0) return 'no-deadline';
  return SEVERITY.find((level) => judgements.some((judgement) => judgement.timeliness === level)) ?? 'no-deadline';
}
