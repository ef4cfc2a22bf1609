import type { Task } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';

/**
 * Hand-built status overlays for the browser tests, served from blob: URLs as a page author's own
 * files would be. Tasks are picked from the dataset by the shape of their deadlines, so the
 * fixtures follow the data; the tests then compare what the widgets show with core's
 * `applyStatus` on the same overlays.
 */

/** The date the fixtures are judged at: after the 2021 deadlines, before the later ones. */
export const AS_OF = '2022-06-30';

export { served } from './page.js';

/** An overlay as an agency writes it. */
export function overlay(entries: unknown[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { formatVersion: 1, programId: program.id, asOf: AS_OF, reporter: 'so-thu-nghiem', entries, ...fields };
}

const onlyYear = (year: number) =>
  program.tasks.filter((task) => task.deadlines.length > 0 && task.deadlines.every((deadline) => deadline.kind === 'year' && deadline.year === year));
const undated = program.tasks.filter((task) => task.deadlines.length === 0);
const yearly = program.tasks.find((task) => task.deadlines.some((deadline) => deadline.kind === 'annual'));

function pick(tasks: Task[], index: number): Task {
  const task = tasks[index];
  if (!task) throw new Error('the dataset no longer has the tasks these fixtures need');
  return task;
}

/** Tasks for each timeliness class as of AS_OF, and the entries that put them there. */
export function everyClass() {
  const onTime = pick(onlyYear(2021), 0);
  const late = pick(onlyYear(2021), 1);
  const overdue = pick(onlyYear(2021), 2);
  const notDue = yearly!;
  const cancelled = pick(undated, 0);
  const noDeadline = pick(undated, 1);
  const entries = [
    { taskId: onTime.id, status: 'done', updated: '2022-01-05', completedOn: '2021-12-31', note: 'Đã ban hành kế hoạch', evidenceUrl: 'https://example.org/ke-hoach' },
    { taskId: late.id, status: 'done', updated: '2022-01-05', completedOn: '2022-01-01' },
    { taskId: overdue.id, status: 'in-progress', updated: '2022-03-01' },
    // Its dated deadlines done in 2021, its yearly one done for 2021 and still open for the years ahead.
    { taskId: notDue.id, status: 'done', updated: '2021-12-05', completedOn: '2021-11-30' },
    { taskId: notDue.id, year: 2021, status: 'done', updated: '2021-12-20', completedOn: '2021-12-15' },
    { taskId: cancelled.id, status: 'cancelled', updated: '2022-02-01' },
    { taskId: noDeadline.id, status: 'not-started', updated: '2022-02-01' },
  ];
  return { tasks: { onTime, late, overdue, notDue, cancelled, noDeadline }, entries };
}
