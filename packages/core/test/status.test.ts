import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { applyStatus, filterTasks, parseProgram, type StatusReport } from '../src/index.js';

/** A program of three tasks: one due in 2021, one annual, one conditional without a year. */
const small = parseProgram(
  [
    'Để thực hiện Nghị quyết số 01-NQ/TU, UBND tỉnh ban hành Chương trình giai đoạn 2021 - 2023:',
    'I. NHIỆM VỤ',
    '1. Một.',
    'Sở Y tế chủ trì:',
    '- Xây dựng đề án (năm 2021).',
    '- Báo cáo tình hình (hàng năm).',
    '- Công bố chỉ số (sau khi Trung ương có kết quả công bố).',
  ].join('\n'),
  { id: 'small' },
).program;
const [dated, annual, conditional] = small.tasks.map((task) => task.id) as [string, string, string];

function overlay(entries: unknown[], extra: Record<string, unknown> = {}) {
  return { formatVersion: 1, programId: 'small', asOf: '2030-01-01', entries, ...extra };
}
const progressOf = (report: StatusReport, taskId: string) => report.tasks.find((item) => item.task.id === taskId)!;
const timeliness = (entries: unknown[], asOf: string) => progressOf(applyStatus(small, [overlay(entries)], { asOf }), dated).timeliness;

describe('timeliness', () => {
  test('done on 31 December is on time; done on 1 January is late', () => {
    expect(timeliness([{ taskId: dated, status: 'done', updated: '2022-02-01', completedOn: '2021-12-31' }], '2022-06-01')).toBe('done-on-time');
    expect(timeliness([{ taskId: dated, status: 'done', updated: '2022-02-01', completedOn: '2022-01-01' }], '2022-06-01')).toBe('done-late');
  });

  test('open is not yet due through 31 December and overdue from 1 January', () => {
    expect(timeliness([{ taskId: dated, status: 'in-progress', updated: '2021-06-01' }], '2021-12-31')).toBe('open-not-due');
    expect(timeliness([{ taskId: dated, status: 'in-progress', updated: '2021-06-01' }], '2022-01-01')).toBe('open-overdue');
    expect(timeliness([], '2022-01-01')).toBe('open-overdue');
  });

  test('done without completedOn counts its updated date; cancelled is never late', () => {
    expect(timeliness([{ taskId: dated, status: 'done', updated: '2021-11-30' }], '2024-01-01')).toBe('done-on-time');
    expect(timeliness([{ taskId: dated, status: 'cancelled', updated: '2023-01-01' }], '2024-01-01')).toBe('cancelled');
  });

  test('an annual deadline is judged per year, each year with its own entry', () => {
    const report = applyStatus(
      small,
      [overlay([
        { taskId: annual, year: 2021, status: 'done', updated: '2021-12-20' },
        { taskId: annual, year: 2022, status: 'done', updated: '2023-01-10', completedOn: '2023-01-10' },
      ])],
      { asOf: '2023-06-30' },
    );
    const progress = progressOf(report, annual);
    expect(progress.deadlines.map((d) => `${d.year}:${d.timeliness}`)).toEqual([
      '2021:done-on-time',
      '2022:done-late',
      '2023:open-not-due',
    ]);
    expect(progress.timeliness).toBe('done-late');
    expect(progressOf(applyStatus(small, [], { asOf: '2023-06-30' }), annual).timeliness).toBe('open-overdue');
  });

  test('a conditional deadline without a year is never overdue', () => {
    const report = applyStatus(small, [], { asOf: '2099-01-01' });
    expect(progressOf(report, conditional)).toMatchObject({ status: null, timeliness: 'no-deadline' });
    expect(report.counts).toEqual({
      'done-on-time': 0, 'done-late': 0, 'open-not-due': 0, 'open-overdue': 2, cancelled: 0, 'no-deadline': 1,
    });
  });

  test('on the real program, an open 2021 task is overdue as of 2026, a 2024 deadline was not due in 2023', () => {
    const report2026 = applyStatus(program, [], { asOf: '2026-11-26' });
    const task2021 = filterTasks(program, { year: 2021 })[0]!;
    expect(progressOf(report2026, task2021.id).timeliness).toBe('open-overdue');
    const task2024 = filterTasks(program, { year: 2024 })[0]!;
    const judged = progressOf(applyStatus(program, [], { asOf: '2023-12-31' }), task2024.id).deadlines;
    expect(new Set(judged.filter((d) => d.year === 2024).map((d) => d.timeliness))).toEqual(new Set(['open-not-due']));
  });
});

describe('bad overlays', () => {
  test('each invalid entry is reported with its path and left out whole; valid ones still apply', () => {
    const report = applyStatus(small, [
      overlay([
        { taskId: dated, status: 'done', updated: '2021-12-01' },
        { taskId: annual, status: 'finished', updated: '2021-12-01' },
        { taskId: conditional, status: 'done', updated: '2021-13-01' },
        { taskId: 'task-9-9-9', status: 'done', updated: '2021-12-01' },
        { taskId: conditional, status: 'in-progress', updated: '2021-12-01', completedOn: '2021-11-01', evidenceUrl: 'ftp://x' },
      ]),
    ]);
    expect(report.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'entries[1].status: Invalid option: expected one of "not-started"|"in-progress"|"done"|"cancelled"',
      'entries[2].updated: Invalid ISO date',
      'entries[3].taskId: no task has id "task-9-9-9"',
      'entries[4].evidenceUrl: Invalid URL',
    ]);
    expect(report.accepted).toBe(1);
    expect(progressOf(report, dated).status).toBe('done');
    expect(progressOf(report, annual).status).toBeNull();
    expect(progressOf(report, conditional).status).toBeNull();
  });

  test('an evidence URL with a user name or password is rejected: a page would publish them', () => {
    const report = applyStatus(small, [
      overlay([
        { taskId: dated, status: 'done', updated: '2021-12-01', evidenceUrl: 'https://user:pw@example.org/report.pdf' },
        { taskId: annual, year: 2021, status: 'done', updated: '2021-12-01', evidenceUrl: 'https://token@example.org/' },
        { taskId: conditional, status: 'done', updated: '2021-12-01', evidenceUrl: 'https://example.org/a@b.pdf' },
      ]),
    ]);
    expect(report.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'entries[0].evidenceUrl: expected a URL without a user name or password',
      'entries[1].evidenceUrl: expected a URL without a user name or password',
    ]);
    expect(report.accepted).toBe(1);
  });

  test('entries that contradict themselves or the overlay are reported', () => {
    const report = applyStatus(small, [
      overlay(
        [
          { taskId: dated, status: 'in-progress', updated: '2021-12-01', completedOn: '2021-11-01' },
          { taskId: conditional, status: 'done', updated: '2021-10-01', completedOn: '2021-11-01' },
          { taskId: annual, status: 'done', updated: '2025-01-01' },
          { taskId: dated, year: 2021, status: 'done', updated: '2021-10-01' },
          { taskId: annual, year: 2030, status: 'done', updated: '2021-10-01' },
        ],
        { asOf: '2024-01-01' },
      ),
    ]);
    expect(report.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'entries[0].completedOn: completedOn is only for status "done", not "in-progress"',
      'entries[1].completedOn: completedOn 2021-11-01 is after updated 2021-10-01',
      "entries[2].updated: updated 2025-01-01 is after the overlay's asOf 2024-01-01",
      `entries[3].year: task "${dated}" has no annual deadline; report on it without "year"`,
      'entries[4].year: expected a year of the program period 2021–2023, got 2030',
    ]);
    expect(report.accepted).toBe(0);
  });

  test('a duplicate entry within one overlay is reported and the first kept', () => {
    const report = applyStatus(small, [
      overlay([
        { taskId: dated, status: 'done', updated: '2021-12-01' },
        { taskId: dated, status: 'not-started', updated: '2021-12-02' },
      ]),
    ]);
    expect(report.issues).toEqual([
      expect.objectContaining({ path: 'entries[1]', message: `task "${dated}" is already reported earlier in this overlay` }),
    ]);
    expect(progressOf(report, dated).status).toBe('done');
  });

  test('an overlay for another program, or not an overlay at all, is reported and skipped', () => {
    const report = applyStatus(small, [overlay([], { programId: 'other' }), 'nope', { formatVersion: 2 }], {
      labels: ['a.json', 'b.json', 'c.json'],
    });
    expect(report.issues.map((issue) => `${issue.label} ${issue.path}`)).toEqual([
      'a.json programId',
      'b.json (root)',
      'c.json formatVersion',
      'c.json programId',
      'c.json asOf',
      'c.json entries',
    ]);
  });

  test('a malformed as-of option is reported, not thrown', () => {
    const report = applyStatus(small, [], { asOf: '31/12/2025' });
    expect(report.issues).toEqual([expect.objectContaining({ path: 'asOf', message: expect.stringContaining('expected a date like 2025-12-31') })]);
  });
});

describe('several overlays', () => {
  test('combine, and a conflict is reported with the entry updated last applied', () => {
    const health = overlay([{ taskId: dated, status: 'in-progress', updated: '2021-06-01' }], { reporter: 'so-y-te' });
    const office = overlay(
      [
        { taskId: dated, status: 'done', updated: '2021-12-15', completedOn: '2021-12-10' },
        { taskId: annual, year: 2021, status: 'done', updated: '2021-12-15' },
      ],
      { reporter: 'van-phong-ubnd-tinh' },
    );
    const report = applyStatus(small, [health, office], { asOf: '2022-03-01' });
    expect(report.conflicts).toEqual([
      {
        taskId: dated,
        year: null,
        sources: ['so-y-te entries[0]', 'van-phong-ubnd-tinh entries[0]'],
        applied: 'van-phong-ubnd-tinh entries[0]',
      },
    ]);
    expect(progressOf(report, dated).timeliness).toBe('done-on-time');
    expect(report.accepted).toBe(3);
    expect(report.asOf).toBe('2022-03-01');
  });

  test('a tie on the updated date resolves the same whatever the order of the overlays', () => {
    const done = overlay([{ taskId: dated, status: 'done', updated: '2021-12-15' }], { reporter: 'so-y-te' });
    const cancelled = overlay([{ taskId: dated, status: 'cancelled', updated: '2021-12-15' }], { reporter: 'van-phong-ubnd-tinh' });
    const forward = applyStatus(small, [done, cancelled], { asOf: '2022-03-01' });
    const backward = applyStatus(small, [cancelled, done], { asOf: '2022-03-01' });
    expect(progressOf(forward, dated).status).toBe('cancelled');
    expect(progressOf(backward, dated).status).toBe('cancelled');
    expect(forward.conflicts[0]!.applied).toBe('van-phong-ubnd-tinh entries[0]');
    expect(backward.conflicts[0]!.applied).toBe('van-phong-ubnd-tinh entries[0]');
  });

  test('identical reports are not a conflict; as-of defaults to the latest overlay', () => {
    const entry = { taskId: dated, status: 'done', updated: '2021-12-15' };
    const report = applyStatus(small, [overlay([entry], { asOf: '2022-01-01' }), overlay([entry], { asOf: '2023-01-01' })]);
    expect(report.conflicts).toEqual([]);
    expect(report.asOf).toBe('2023-01-01');
  });
});
