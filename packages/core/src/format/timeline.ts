import { TIMELINESS } from '../constants.js';
import type { Deadline, Program, Task } from '../schema.js';
import type { TaskProgress } from '../status/apply.js';
import type { Timeliness } from '../status/schema.js';
import { overallTimeliness, type DeadlineJudgement } from '../status/timeliness.js';
import { shortenAtWord } from './shorten.js';

/** What is due is cut to this many characters (at a word boundary) unless `clauseLength` says otherwise. */
export const TIMELINE_CLAUSE_LENGTH = 160;

/** One deadline on the timeline, with what it asks for and, with a status report, how it stands. */
export interface TimelineEntry {
  taskId: string;
  deadline: Deadline;
  /** What is due: the clause the deadline closes, its first letter capitalised, cut at a word boundary when long. */
  clause: string;
  /** Core's judgements of this deadline (one per year of the period for an annual one); empty without a status report. */
  judgements: DeadlineJudgement[];
  /** The worst of `judgements` (an annual deadline is as late as its latest year); null without a status report. */
  timeliness: Timeliness | null;
}

/** Where a year stands against the as-of date. */
export type YearRelation = 'past' | 'current' | 'upcoming';

export interface TimelineYear {
  year: number;
  /** Whether the year is in the program period (a deadline can fall after it). */
  inPeriod: boolean;
  /** Against the as-of date; null without one. */
  relation: YearRelation | null;
  /** The deadlines due this year, conditional ones with this expected year included, in task order. */
  entries: TimelineEntry[];
  /** Of the year's entries, how many stand at each timeliness (all zero without a status report). */
  byTimeliness: Record<Timeliness, number>;
}

export interface DeadlineTimeline {
  /** Every year of the program period (those without deadlines too), plus any year outside it that has one, in order. */
  years: TimelineYear[];
  /** The most deadlines any year has: the full length of a bar (0 when no year has one). */
  maxYearCount: number;
  /** Deadlines with no single year, each in its lane: every year, ongoing work, conditional without an expected year. */
  lanes: { annual: TimelineEntry[]; ongoing: TimelineEntry[]; conditional: TimelineEntry[] };
  /** How many deadlines the timeline holds: dated ones (on the axis) and all. */
  counts: { dated: number; total: number };
  /** True when no deadline has a year: the axis is empty and a reader should be told so, not shown empty bars. */
  noDatedDeadlines: boolean;
  /** The as-of date on the axis, or null without one. */
  asOf: {
    date: string;
    year: number;
    /** Index in `years` of the first year not before the as-of year; `years.length` when it is after them all. */
    index: number;
    /** The program period ended before the as-of year. */
    afterPeriod: boolean;
  } | null;
}

export interface DeadlineTimelineOptions {
  /** The program period: the axis covers each of its years. */
  period: Program['period'];
  /** Core's status report (`applyStatus`): each entry gets its judgements and timeliness, and the as-of date is the report's. */
  status?: { asOf: string; tasks: readonly TaskProgress[] };
  /** The as-of date (YYYY-MM-DD) for the marker when there is no status report; the report's wins. */
  asOf?: string;
  /** Longest `clause`, in characters; default {@link TIMELINE_CLAUSE_LENGTH}. */
  clauseLength?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function zeroCounts(): Record<Timeliness, number> {
  return Object.fromEntries(TIMELINESS.map((level) => [level, 0])) as Record<Timeliness, number>;
}

function relationOf(year: number, asOfYear: number): YearRelation {
  return year < asOfYear ? 'past' : year === asOfYear ? 'current' : 'upcoming';
}

/**
 * The deadlines of `tasks` laid out for a timeline: years on an axis over the program period, each
 * with what is due that year and its counts (by timeliness with a status report), and separate lanes
 * for deadlines that have no single year. Everything a timeline shows is computed here, so a widget
 * only draws it. Throws a RangeError naming the option when the period or the as-of date is not valid.
 */
export function deadlineTimeline(tasks: readonly Task[], options: DeadlineTimelineOptions): DeadlineTimeline {
  const { period, status } = options;
  if (!Number.isInteger(period.start) || !Number.isInteger(period.end) || period.end < period.start) {
    throw new RangeError(`period: expected whole years with start ≤ end; got ${period.start}–${period.end}`);
  }
  const asOfDate = status?.asOf ?? options.asOf ?? null;
  if (asOfDate !== null && !ISO_DATE.test(asOfDate)) throw new RangeError(`asOf: expected a date as YYYY-MM-DD; got "${asOfDate}"`);
  const clauseLength = options.clauseLength ?? TIMELINE_CLAUSE_LENGTH;
  const progressOf = new Map(status?.tasks.map((progress) => [progress.task.id, progress]));

  const byYear = new Map<number, TimelineEntry[]>();
  for (let year = period.start; year <= period.end; year++) byYear.set(year, []);
  const lanes: DeadlineTimeline['lanes'] = { annual: [], ongoing: [], conditional: [] };
  let total = 0;
  for (const task of tasks) {
    const judgementsOfTask = progressOf.get(task.id)?.deadlines ?? [];
    for (const deadline of task.deadlines) {
      const judgements = judgementsOfTask.filter((judgement) => judgement.deadline === deadline);
      const clause = shortenAtWord(deadline.clause, clauseLength);
      const entry: TimelineEntry = {
        taskId: task.id,
        deadline,
        clause: clause.charAt(0).toUpperCase() + clause.slice(1),
        judgements,
        timeliness: status ? overallTimeliness(null, judgements) : null,
      };
      total++;
      if (deadline.kind === 'annual') lanes.annual.push(entry);
      else if (deadline.kind === 'ongoing') lanes.ongoing.push(entry);
      else if (deadline.year === null) lanes.conditional.push(entry);
      else {
        const entries = byYear.get(deadline.year);
        if (entries) entries.push(entry);
        else byYear.set(deadline.year, [entry]);
      }
    }
  }

  const asOfYear = asOfDate === null ? null : Number(asOfDate.slice(0, 4));
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, entries]): TimelineYear => {
      const byTimeliness = zeroCounts();
      for (const entry of entries) if (entry.timeliness) byTimeliness[entry.timeliness]++;
      return {
        year,
        inPeriod: year >= period.start && year <= period.end,
        relation: asOfYear === null ? null : relationOf(year, asOfYear),
        entries,
        byTimeliness,
      };
    });
  const dated = years.reduce((sum, year) => sum + year.entries.length, 0);
  const index = asOfYear === null ? -1 : years.findIndex((year) => year.year >= asOfYear);
  return {
    years,
    maxYearCount: Math.max(0, ...years.map((year) => year.entries.length)),
    lanes,
    counts: { dated, total },
    noDatedDeadlines: dated === 0,
    asOf:
      asOfDate === null || asOfYear === null
        ? null
        : { date: asOfDate, year: asOfYear, index: index === -1 ? years.length : index, afterPeriod: asOfYear > period.end },
  };
}
