import type { Program, TaskFilter } from '@chuongtrinh/core';
import { deadlineTimeline } from '@chuongtrinh/core/format';
import { filterTasks } from '@chuongtrinh/core/query';
import type { StatusReport } from '@chuongtrinh/core/status';
import type { Language } from '../translations/translation.js';
import type { TimelineView } from './timeline-view.js';

/**
 * What the timeline shows for a valid filter: core's `deadlineTimeline` of the filtered tasks, as
 * of `asOf` (YYYY-MM-DD) and judged by the status report when there is one; the same with every
 * clause whole for print; and the chosen agency's name for the calm "no deadlines" line.
 */
export function timelineView(program: Program, filter: TaskFilter, report: StatusReport | undefined, asOf: string, lang: Language): TimelineView {
  const tasks = filterTasks(program, filter);
  const options = { period: program.period, asOf, ...(report ? { status: report } : {}) };
  const agency = filter.agency ? program.agencies.find((candidate) => candidate.id === filter.agency) : undefined;
  return {
    model: deadlineTimeline(tasks, options),
    // A length no clause reaches: printed, each is whole.
    printed: deadlineTimeline(tasks, { ...options, clauseLength: Number.MAX_SAFE_INTEGER }),
    withStatus: report !== undefined,
    agency: agency ? (lang === 'en' && agency.nameEn ? agency.nameEn : agency.name) : null,
  };
}

/** The link of a task: on the page `taskPage` names (`{id}` replaced, or as its fragment), else on this page. */
export function taskLink(taskPage: string | undefined, taskId: string): string {
  if (!taskPage) return `#${taskId}`;
  if (taskPage.includes('{id}')) return taskPage.replaceAll('{id}', encodeURIComponent(taskId));
  return `${taskPage.split('#')[0]}#${taskId}`;
}
