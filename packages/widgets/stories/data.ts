import type { Workload } from '@chuongtrinh/core';
import { AGENCY_ROLES } from '@chuongtrinh/core/constants';
import { program } from '@chuongtrinh/core/data';
import { agencyWorkloads, deadlinesByYear, filterTasks } from '@chuongtrinh/core/query';
import { taskTitle } from '@chuongtrinh/core/format';

/**
 * The agencies, areas and combinations the stories show, picked from the dataset through core's
 * functions rather than copied by hand, so that the stories still show what they say when the
 * dataset changes.
 */

const workloads = agencyWorkloads(program);

function most(score: (workload: Workload) => number): string {
  const best = [...workloads].sort((a, b) => score(b) - score(a) || b.total - a.total)[0];
  if (!best || score(best) <= 0) throw new Error('no agency fits');
  return best.agency.id;
}

/** The agency that leads the most tasks. */
export const LEADS_MOST = most((workload) => workload.lead);

/** The agency whose tasks are most often ones it coordinates (in this program, no agency only coordinates). */
export const COORDINATES_MOST = most((workload) => workload.coordinating / Math.max(workload.total, 1));

/** The agency with the most tasks among those that lead none. */
export const NEVER_LEADS = most((workload) => (workload.lead === 0 ? workload.total : 0));

/** For each role, the agency with the most tasks in that role. */
export const MOST_BY_ROLE = AGENCY_ROLES.map((role) => ({ role, agency: most((workload) => workload[role]) }));

/**
 * An area all of whose tasks are given to "the departments, agencies and localities, each within
 * its remit" rather than to named agencies: the generic, all-agencies case.
 */
export const ALL_AGENCIES_AREA = (() => {
  const area = program.areas.find((candidate) => {
    const blocks = program.blocks.filter((block) => block.areaId === candidate.id);
    return blocks.length > 0 && blocks.every((block) => block.scope.allAgencies && block.assignments.length === 0);
  });
  if (!area) throw new Error('no area is given to all agencies');
  return String(area.number);
})();

/** An agency and a year with no task between them. */
export const EMPTY_COMBINATION = (() => {
  for (const agency of program.agencies) {
    for (let year = program.period.start; year <= program.period.end; year++) {
      if (filterTasks(program, { agency: agency.id, year }).length === 0) return { agency: agency.id, year };
    }
  }
  throw new Error('every agency has a task in every year');
})();

/** An agency with no deadline at all: its timeline is empty. */
export const WITHOUT_DEADLINES = (() => {
  const agency = program.agencies.find(({ id }) => {
    const groups = deadlinesByYear(program, { agency: id });
    return groups.annual.length + groups.undated.length + groups.years.reduce((sum, year) => sum + year.entries.length, 0) === 0;
  });
  if (!agency) throw new Error('every agency has a deadline');
  return agency.id;
})();

/** A body this long overflows the list's four lines at any width a story shows. */
const LONG_BODY = 600;

/** The area or section with the most task bodies long enough to start clamped. */
export const LONG_TEXTS_AREA = (() => {
  const counts = new Map<string, number>();
  for (const task of program.tasks) {
    if (taskTitle(task.text).body.length <= LONG_BODY) continue;
    const block = program.blocks.find((candidate) => candidate.id === task.blockId)!;
    const section = program.areas.flatMap((area) => area.sections).find((candidate) => candidate.id === block.sectionId);
    const area = section?.number ?? String(program.areas.find((candidate) => candidate.id === block.areaId)!.number);
    counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const [area] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!area) throw new Error('no task text is long');
  return area;
})();

/** The agency with the longest name. */
export const LONGEST_NAME = [...program.agencies].sort((a, b) => b.name.length - a.name.length)[0]!.id;

/** A date inside the program period, so the as-of marker stands between years. */
export const AS_OF_INSIDE = `${Math.floor((program.period.start + program.period.end) / 2)}-06-30`;

/** The year in which the agency that leads the most leads the most tasks: a filter by agency, role and year. */
export const FILTER_EXAMPLE = (() => {
  let best = { year: program.period.start, count: 0 };
  for (let year = program.period.start; year <= program.period.end; year++) {
    const count = filterTasks(program, { agency: LEADS_MOST, role: 'lead', year }).length;
    if (count > best.count) best = { year, count };
  }
  if (best.count === 0) throw new Error(`${LEADS_MOST} leads no task with a deadline`);
  return { agency: LEADS_MOST, 'agency-role': 'lead', year: best.year };
})();
