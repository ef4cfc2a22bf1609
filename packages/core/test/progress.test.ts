import { describe, expect, test } from 'vitest';
import {
  applyStatus,
  completionDate,
  countTimeliness,
  deadlineJudgements,
  isStatusFilter,
  matchesStatus,
  parseProgram,
  REPORTED_STATUSES,
  STATUS_FILTERS,
  TIMELINESS,
  type StatusFilter,
} from '../src/index.js';

/** Four tasks: two due in 2021, one annual, one conditional without a year. */
const small = parseProgram(
  [
    'Để thực hiện Nghị quyết số 01-NQ/TU, UBND tỉnh ban hành Chương trình giai đoạn 2021 - 2023:',
    'I. NHIỆM VỤ',
    '1. Một.',
    'Sở Y tế chủ trì:',
    '- Xây dựng đề án (năm 2021).',
    '- Ban hành quy chế (năm 2021).',
    '- Báo cáo tình hình (hàng năm).',
    '- Công bố chỉ số (sau khi Trung ương có kết quả công bố).',
  ].join('\n'),
  { id: 'small' },
).program;
const [plan, rules, yearly, conditional] = small.tasks.map((task) => task.id) as [string, string, string, string];

const report = applyStatus(
  small,
  [
    {
      formatVersion: 1,
      programId: 'small',
      asOf: '2022-06-30',
      entries: [
        { taskId: plan, status: 'done', updated: '2021-12-20', completedOn: '2021-12-15' },
        { taskId: yearly, status: 'in-progress', updated: '2022-05-01' },
      ],
    },
  ],
  { asOf: '2022-06-30' },
);
const matching = (filter: StatusFilter) => report.tasks.filter((progress) => matchesStatus(progress, filter)).map((progress) => progress.task.id);

describe('the progress filter', () => {
  test('its values are the timeliness classes, then the statuses as reported and unreported', () => {
    expect(STATUS_FILTERS).toEqual([...TIMELINESS, 'not-started', 'in-progress', 'done', 'unreported']);
    expect(REPORTED_STATUSES).toEqual(['not-started', 'in-progress', 'done', 'unreported']);
  });

  test('a timeliness class matches the tasks judged so', () => {
    expect(matching('done-on-time')).toEqual([plan]);
    // Not reported on and due in 2021; the annual one is overdue for 2021 whatever its task-wide status.
    expect(matching('open-overdue')).toEqual([rules, yearly]);
    expect(matching('no-deadline')).toEqual([conditional]);
    expect(matching('cancelled')).toEqual([]);
  });

  test('a status matches the status reported; unreported, the tasks no overlay reports on', () => {
    expect(matching('done')).toEqual([plan]);
    expect(matching('in-progress')).toEqual([yearly]);
    expect(matching('not-started')).toEqual([]);
    expect(matching('unreported')).toEqual([rules, conditional]);
  });

  test('every task falls under exactly one timeliness class and one reported status', () => {
    for (const progress of report.tasks) {
      expect(TIMELINESS.filter((filter) => matchesStatus(progress, filter))).toEqual([progress.timeliness]);
      expect(REPORTED_STATUSES.filter((filter) => matchesStatus(progress, filter))).toHaveLength(1);
    }
  });

  test('a task the report does not judge matches nothing', () => {
    expect(STATUS_FILTERS.filter((filter) => matchesStatus(undefined, filter))).toEqual([]);
  });

  test('isStatusFilter accepts exactly the filter values', () => {
    for (const value of STATUS_FILTERS) expect(isStatusFilter(value)).toBe(true);
    for (const value of ['', 'late', 'Done', 'done ', 'toString']) expect(isStatusFilter(value)).toBe(false);
  });
});

describe('countTimeliness', () => {
  test('tallies every task judged, with every class present: the counts of applyStatus', () => {
    const all = countTimeliness(report.tasks);
    expect(all).toEqual({
      counts: { 'done-on-time': 1, 'done-late': 0, 'open-not-due': 0, 'open-overdue': 2, cancelled: 0, 'no-deadline': 1 },
      reported: 2,
      total: 4,
    });
    expect(report.counts).toEqual(all.counts);
  });

  test('tallies only the tasks given', () => {
    const some = small.tasks.filter((task) => task.id === yearly || task.id === conditional);
    expect(countTimeliness(report.tasks, some)).toEqual({
      counts: { 'done-on-time': 0, 'done-late': 0, 'open-not-due': 0, 'open-overdue': 1, cancelled: 0, 'no-deadline': 1 },
      reported: 1,
      total: 2,
    });
    expect(countTimeliness(report.tasks, []).total).toBe(0);
  });

  test('a task the report does not judge counts nowhere', () => {
    const stranger = { ...small.tasks[0]!, id: 'task-elsewhere' };
    expect(countTimeliness(report.tasks, [stranger, small.tasks[1]!])).toMatchObject({ reported: 0, total: 1 });
  });
});

describe('deadlineJudgements', () => {
  test("one deadline's judgements: one for a dated deadline, one per year of the period for an annual one", () => {
    const progressOf = (id: string) => report.tasks.find((item) => item.task.id === id)!;
    const [dated] = progressOf(plan).task.deadlines;
    expect(deadlineJudgements(progressOf(plan), dated!)).toMatchObject([{ deadline: dated, year: 2021, timeliness: 'done-on-time' }]);
    const [annual] = progressOf(yearly).task.deadlines;
    expect(deadlineJudgements(progressOf(yearly), annual!).map((judgement) => [judgement.year, judgement.timeliness])).toEqual([
      [2021, 'open-overdue'],
      [2022, 'open-not-due'],
      [2023, 'open-not-due'],
    ]);
    // Another task's deadline, or no report: no judgement.
    expect(deadlineJudgements(progressOf(plan), annual!)).toEqual([]);
    expect(deadlineJudgements(undefined, dated!)).toEqual([]);
  });
});

test('completionDate: completedOn, else the day a done entry was updated; null unless done', () => {
  expect(completionDate({ taskId: plan, status: 'done', updated: '2022-01-05', completedOn: '2021-12-31' })).toBe('2021-12-31');
  expect(completionDate({ taskId: plan, status: 'done', updated: '2022-01-05' })).toBe('2022-01-05');
  expect(completionDate({ taskId: plan, status: 'in-progress', updated: '2022-01-05' })).toBeNull();
});
