import { program } from '@chuongtrinh/core/data';
import { filterTasks, taskDetails } from '@chuongtrinh/core/query';
import { applyStatus } from '@chuongtrinh/core/status';
import { AS_OF, everyClass, overlay, served } from '../test/overlays.js';

/**
 * Status overlays for the stories, made the way the component tests make them
 * (`test/overlays.ts`): tasks picked from the dataset by the shape of their deadlines, served from
 * blob: URLs as an agency's own file would be.
 */

/** The date the overlays are judged at: after the 2021 deadlines, before the later ones. */
export const STATUS_AS_OF = AS_OF;

/** An overlay that puts a task in each timeliness class. */
export const everyClassSrc = () => served(overlay(everyClass().entries));

/** The tasks of `everyClass`, by class. */
export const statusTasks = () => everyClass().tasks;

/**
 * Of the agencies of `everyClass`'s tasks, the one whose tasks fall in the most timeliness
 * classes, as core judges them: its card shows the most kinds of count.
 */
export const STATUS_AGENCY = (() => {
  const { tasks, entries } = everyClass();
  const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
  const agencies = [...new Set(Object.values(tasks).flatMap((task) => taskDetails(program, task)!.agencies.map(({ agency }) => agency.id)))];
  const classes = (agency: string) => {
    const ids = new Set(filterTasks(program, { agency }).map((task) => task.id));
    return new Set(report.tasks.filter((progress) => ids.has(progress.task.id) && progress.status !== null).map((progress) => progress.timeliness)).size;
  };
  const [best] = agencies.sort((a, b) => classes(b) - classes(a));
  if (!best) throw new Error('the status fixture names no agency');
  return best;
})();

/** The first tasks due in the program's first year, as `<ct-task-list year limit>` lists them. */
export const FIRST_YEAR = { year: program.period.start, limit: 4 } as const;

/**
 * An overlay for the tasks of `FIRST_YEAR`: one done on time, one done late, one still in progress
 * and one not reported, so that a short list shows the badges side by side.
 */
export function firstYearSrc(): string {
  const [onTime, late, open] = filterTasks(program, { year: FIRST_YEAR.year });
  if (!onTime || !late || !open) throw new Error('the first year has fewer than three tasks');
  const end = `${FIRST_YEAR.year}-12-31`;
  const after = `${FIRST_YEAR.year + 1}-02-15`;
  return served(
    overlay([
      { taskId: onTime.id, status: 'done', updated: after, completedOn: `${FIRST_YEAR.year}-11-30` },
      { taskId: late.id, status: 'done', updated: after, completedOn: after },
      { taskId: open.id, status: 'in-progress', updated: after, note: `Chưa xong trước ${end}` },
    ]),
  );
}

export { overlay, served };
