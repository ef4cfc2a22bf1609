import { describe, expect, test } from 'vitest';
import { applyStatus, deadlinesByYear, filterTasks, TIMELINESS, type Program, type Task } from '../src/index.js';
import { deadlineTimeline, TIMELINE_CLAUSE_LENGTH } from '../src/format/index.js';
import { program } from '../src/data.js';

const idsOf = (entries: Array<{ taskId?: string; task?: Task; deadline: unknown }>) => entries.map((entry) => [entry.taskId ?? entry.task!.id, entry.deadline]);

describe('the deadline timeline of the seed', () => {
  const timeline = deadlineTimeline(program.tasks, { period: program.period, asOf: '2023-06-30' });
  const groups = deadlinesByYear(program);

  test('every year of the period on the axis, empty ones too, each with the deadlines core groups there', () => {
    expect(timeline.years.map((year) => year.year)).toEqual(groups.years.map((year) => year.year));
    expect(timeline.years.map((year) => idsOf(year.entries))).toEqual(groups.years.map((year) => idsOf(year.entries)));
    expect(timeline.years.some((year) => year.entries.length === 0)).toBe(true);
    expect(timeline.years.every((year) => year.inPeriod)).toBe(true);
    expect(timeline.maxYearCount).toBe(Math.max(...groups.years.map((year) => year.entries.length)));
  });

  test('annual, ongoing and conditional deadlines without a year have their own lanes', () => {
    expect(idsOf(timeline.lanes.annual)).toEqual(idsOf(groups.annual));
    expect(idsOf(timeline.lanes.ongoing)).toEqual(idsOf(groups.ongoing));
    expect(idsOf(timeline.lanes.conditional)).toEqual(idsOf(groups.undated));
    const all = program.tasks.flatMap((task) => task.deadlines).length;
    expect(timeline.counts).toEqual({ dated: all - groups.annual.length - groups.ongoing.length - groups.undated.length, total: all });
    expect(timeline.noDatedDeadlines).toBe(false);
  });

  test('each entry says what is due: the clause it closes, capitalised, never cut inside a word', () => {
    const entries = [...timeline.years.flatMap((year) => year.entries), ...Object.values(timeline.lanes).flat()];
    for (const entry of entries) {
      const clause = entry.deadline.clause;
      expect(entry.clause.length).toBeLessThanOrEqual(TIMELINE_CLAUSE_LENGTH);
      expect(entry.clause.charAt(0)).toBe(entry.clause.charAt(0).toUpperCase());
      const kept = entry.clause.replace(/…$/u, '');
      expect(clause.slice(1).startsWith(kept.slice(1))).toBe(true);
      if (kept.length < clause.length) expect(clause.charAt(kept.length)).toMatch(/[\s,;:.]/u);
      expect(entry.timeliness).toBeNull();
    }
  });

  test('the as-of date places the marker and says where each year stands', () => {
    expect(timeline.asOf).toEqual({ date: '2023-06-30', year: 2023, index: 2, afterPeriod: false });
    expect(timeline.years.map((year) => year.relation)).toEqual(['past', 'past', 'current', 'upcoming', 'upcoming']);
    const later = deadlineTimeline(program.tasks, { period: program.period, asOf: '2026-12-02' });
    expect(later.asOf).toEqual({ date: '2026-12-02', year: 2026, index: later.years.length, afterPeriod: true });
    expect(deadlineTimeline(program.tasks, { period: program.period }).asOf).toBeNull();
  });

  test('an agency without dated deadlines gets a timeline that says so', () => {
    const tasks = filterTasks(program, { agency: 'so-y-te' });
    expect(tasks.length).toBeGreaterThan(0);
    const own = deadlineTimeline(tasks, { period: program.period });
    expect(own.noDatedDeadlines).toBe(true);
    expect(own.years).toHaveLength(program.period.end - program.period.start + 1);
    expect(own.maxYearCount).toBe(0);
  });
});

describe('with a status report', () => {
  const dated = program.tasks.find((task) => task.deadlines.some((deadline) => deadline.year === 2021 && deadline.kind === 'year'))!;
  const annual = program.tasks.find((task) => task.deadlines.some((deadline) => deadline.kind === 'annual'))!;
  const overlay = {
    formatVersion: 1,
    programId: program.id,
    asOf: '2023-06-30',
    entries: [
      { taskId: dated.id, status: 'done', updated: '2021-11-30', completedOn: '2021-11-30' },
      { taskId: annual.id, year: 2021, status: 'done', updated: '2021-12-01', completedOn: '2021-12-01' },
    ],
  };
  const status = applyStatus(program, [overlay], { asOf: '2023-06-30' });
  const timeline = deadlineTimeline(program.tasks, { period: program.period, status, asOf: '2020-01-01' });

  test('each entry carries core\'s judgements and its timeliness; each year counts them', () => {
    const progress = new Map(status.tasks.map((item) => [item.task.id, item]));
    for (const year of timeline.years) {
      for (const entry of year.entries) {
        const judgements = progress.get(entry.taskId)!.deadlines.filter((judgement) => judgement.deadline === entry.deadline);
        expect(entry.judgements).toEqual(judgements);
        expect(entry.timeliness).toBe(judgements[0]!.timeliness);
      }
      const counted = Object.fromEntries(TIMELINESS.map((level) => [level, year.entries.filter((entry) => entry.timeliness === level).length]));
      expect(year.byTimeliness).toEqual(counted);
    }
    expect(timeline.years[0]!.byTimeliness['done-on-time']).toBeGreaterThanOrEqual(1);
    expect(timeline.years[0]!.byTimeliness['open-overdue']).toBe(timeline.years[0]!.entries.length - timeline.years[0]!.byTimeliness['done-on-time']);
  });

  test('an annual deadline has one judgement per year and is as late as its latest year', () => {
    const entry = timeline.lanes.annual.find((item) => item.taskId === annual.id)!;
    expect(entry.judgements.map((judgement) => judgement.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(entry.judgements[0]!.timeliness).toBe('done-on-time');
    expect(entry.timeliness).toBe('open-overdue');
  });

  test('the report\'s as-of date wins over the option', () => {
    expect(timeline.asOf?.date).toBe('2023-06-30');
  });
});

describe('bad options', () => {
  const period: Program['period'] = { start: 2021, end: 2025 };
  test('are refused, naming the option', () => {
    expect(() => deadlineTimeline([], { period: { start: 2025, end: 2021 } })).toThrow('period: expected whole years with start ≤ end; got 2025–2021');
    expect(() => deadlineTimeline([], { period, asOf: '30/06/2023' })).toThrow('asOf: expected a date as YYYY-MM-DD; got "30/06/2023"');
  });

  test('a deadline after the period adds its year to the axis, marked outside the period', () => {
    const task = structuredClone(program.tasks.find((item) => item.deadlines.length > 0)!);
    task.deadlines = [{ ...task.deadlines[0]!, kind: 'year', year: 2030, due: '2030-12-31', period: null }];
    const years = deadlineTimeline([task], { period }).years;
    expect(years.map((year) => [year.year, year.inPeriod, year.entries.length])).toEqual([
      [2021, true, 0], [2022, true, 0], [2023, true, 0], [2024, true, 0], [2025, true, 0], [2030, false, 1],
    ]);
  });
});
