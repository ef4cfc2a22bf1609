import type { Program, StatusReport, Task } from '@chuongtrinh/core';
import { tasksToAtom, tasksToIcs } from '@chuongtrinh/core/export';
import { filterTasks } from '@chuongtrinh/core/query';
import { embedPageUrl } from '../embed/embed-parameters.js';
import { calendarPath, feedPath } from '../shared/subscription-paths.js';

export { calendarPath, feedPath };

export interface SubscriptionOptions {
  /** The absolute URL of the folder the files are served from: feeds must name themselves and their links absolutely. */
  baseUrl: string;
  /** The feeds' `updated` and the calendars' DTSTAMP. */
  updated: Date;
  /** With a status report, the feeds carry the reported statuses too. */
  status?: StatusReport;
}

/** One program-wide set of files, then one per agency that has tasks. */
function subjects(program: Program): Array<{ id: string; name: string | undefined; tasks: Task[] }> {
  const agencies = program.agencies
    .map((agency) => ({ id: agency.id, name: `${agency.name}: ${program.title}`, tasks: filterTasks(program, { agency: agency.id }) }))
    .filter((subject) => subject.tasks.length > 0);
  return [{ id: program.id, name: undefined, tasks: program.tasks }, ...agencies];
}

/**
 * The static files people subscribe to, by path: for the program and for each agency, an ICS
 * calendar of its deadlines (core's `tasksToIcs`, the rules of the ICS download) and an Atom feed
 * of its tasks (core's `tasksToAtom`) whose links open the task on the task list's iframe page.
 */
export function subscriptionFiles(program: Program, options: SubscriptionOptions): Map<string, string> {
  let base: URL;
  try {
    base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  } catch {
    throw new Error(`--base-url: expected an absolute URL such as https://example.gov.vn/js/chuongtrinh/, got "${options.baseUrl}"`);
  }
  const files = new Map<string, string>();
  for (const { id, name, tasks } of subjects(program)) {
    const agency = id === program.id ? undefined : id;
    files.set(calendarPath(id), tasksToIcs(program, tasks, { stamp: options.updated, ...(name ? { name } : {}) }));
    files.set(
      feedPath(id),
      tasksToAtom(program, tasks, {
        feedUrl: new URL(feedPath(id), base).href,
        taskUrl: (task) => new URL(`${embedPageUrl('ct-task-list', agency ? { agency } : {})}#${task.id}`, base).href,
        updated: options.updated,
        ...(name ? { title: name } : {}),
        ...(options.status ? { status: options.status } : {}),
      }),
    );
  }
  return files;
}
