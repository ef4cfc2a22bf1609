import type {
  Agency,
  Area,
  Block,
  Deadline,
  DeadlineKind,
  Program,
  Reference,
  Role,
  Section,
  Task,
} from './schema.js';
import { fold } from './text.js';

interface Lookup {
  tasks: Map<string, Task>;
  blocks: Map<string, Block>;
  agencies: Map<string, Agency>;
  references: Map<string, Reference>;
  areas: Map<string, Area>;
  sections: Map<string, { area: Area; section: Section }>;
}

// Programs are immutable data; index each one once, on first use, without holding it alive.
const lookups = new WeakMap<Program, Lookup>();

function lookup(program: Program): Lookup {
  let found = lookups.get(program);
  if (!found) {
    const sections = new Map<string, { area: Area; section: Section }>();
    for (const area of program.areas) for (const section of area.sections) sections.set(section.id, { area, section });
    found = {
      tasks: new Map(program.tasks.map((task) => [task.id, task])),
      blocks: new Map(program.blocks.map((block) => [block.id, block])),
      agencies: new Map(program.agencies.map((agency) => [agency.id, agency])),
      references: new Map(program.references.map((reference) => [reference.id, reference])),
      areas: new Map(program.areas.map((area) => [area.id, area])),
      sections,
    };
    lookups.set(program, found);
  }
  return found;
}

/** The task with this id, or undefined. */
export function getTask(program: Program, id: string): Task | undefined {
  return lookup(program).tasks.get(id);
}

/** The assignment block with this id, or undefined. */
export function getBlock(program: Program, id: string): Block | undefined {
  return lookup(program).blocks.get(id);
}

/** The agency with this id (e.g. `so-cong-thuong`), or undefined. */
export function getAgency(program: Program, id: string): Agency | undefined {
  return lookup(program).agencies.get(id);
}

/** The cited legal document with this id (e.g. `nghi-quyet-08-nq-tw`), or undefined. */
export function getReference(program: Program, id: string): Reference | undefined {
  return lookup(program).references.get(id);
}

/**
 * Resolves how people name a part of the program: `1` or `"1"` (area), `"1.2"` (section), or an
 * id (`area-1`, `section-1-2`). Undefined when nothing matches.
 */
export function resolveArea(
  program: Program,
  value: string | number,
): { area: Area; section: Section | null } | undefined {
  const text = String(value).trim();
  const { areas, sections } = lookup(program);
  const number = /^(\d+)(?:\.(\d+))?$/.exec(text);
  const areaId = number ? `area-${number[1]}` : text;
  const sectionId = number?.[2] ? `section-${number[1]}-${number[2]}` : text;
  const section = sections.get(sectionId);
  if (section) return section;
  const area = number?.[2] ? undefined : areas.get(areaId);
  return area ? { area, section: null } : undefined;
}

/** What to select tasks by; every given field must match. */
export interface TaskFilter {
  /** Agency id: tasks of blocks that name it (see `role`). */
  agency?: string;
  /** With `agency`: only blocks where it has this role (or one of these roles). */
  role?: Role | readonly Role[];
  /**
   * Tasks of blocks addressed to all agencies generically ("Các sở, cơ quan và địa phương căn cứ
   * chức năng nhiệm vụ được giao"). With `agency`, adds these to the agency's own tasks.
   */
  allAgencies?: boolean;
  /** Area or section as `resolveArea` reads it: `1`, `"1.2"`, `"area-1"`, `"section-1-2"`. */
  area?: string | number;
  /** Deadline year: a `year` deadline in that year, or a `conditional` one expected then. */
  year?: number;
  /** Only tasks with a deadline of this kind. */
  deadlineKind?: DeadlineKind;
  /** Reference id: only tasks that cite this document. */
  reference?: string;
}

function roleMatches(role: Role, wanted: TaskFilter['role']): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? role === wanted : wanted.includes(role);
}

/** The role an agency has in a block, or undefined when the block does not name it. */
export function roleIn(block: Block, agencyId: string): Role | undefined {
  return block.assignments.find((assignment) => assignment.agencyId === agencyId)?.role;
}

/** Tasks matching every field of `filter`, in document order. An empty filter returns every task. */
export function filterTasks(program: Program, filter: TaskFilter = {}): Task[] {
  const { blocks } = lookup(program);
  const place = filter.area === undefined || filter.area === '' ? undefined : resolveArea(program, filter.area);
  if (filter.area !== undefined && filter.area !== '' && !place) return [];
  return program.tasks.filter((task) => {
    const block = blocks.get(task.blockId);
    if (!block) return false;
    if (filter.agency !== undefined || filter.allAgencies) {
      const role = filter.agency === undefined ? undefined : roleIn(block, filter.agency);
      const named = role !== undefined && roleMatches(role, filter.role);
      const generic = filter.allAgencies === true && block.scope.allAgencies;
      if (!named && !generic) return false;
    }
    if (place) {
      if (place.section ? block.sectionId !== place.section.id : block.areaId !== place.area.id) return false;
    }
    if (filter.year !== undefined && !task.deadlines.some((deadline) => deadline.year === filter.year)) return false;
    if (filter.deadlineKind !== undefined && !task.deadlines.some((deadline) => deadline.kind === filter.deadlineKind)) {
      return false;
    }
    if (filter.reference !== undefined && !task.referenceIds.includes(filter.reference)) return false;
    return true;
  });
}

/** A task with everything a reader needs around it: where it sits, who does it, what it cites. */
export interface TaskDetails {
  task: Task;
  block: Block;
  area: Area;
  section: Section | null;
  /** The block's named agencies with their roles, in header order. */
  agencies: Array<{ agency: Agency; role: Role }>;
  references: Reference[];
}

/** Details of a task (by id or record), or undefined when the id is unknown. */
export function taskDetails(program: Program, task: Task | string): TaskDetails | undefined {
  const index = lookup(program);
  const record = typeof task === 'string' ? index.tasks.get(task) : task;
  const block = record && index.blocks.get(record.blockId);
  const area = block && index.areas.get(block.areaId);
  if (!record || !block || !area) return undefined;
  return {
    task: record,
    block,
    area,
    section: block.sectionId ? (index.sections.get(block.sectionId)?.section ?? null) : null,
    agencies: block.assignments.flatMap(({ agencyId, role }) => {
      const agency = index.agencies.get(agencyId);
      return agency ? [{ agency, role }] : [];
    }),
    references: record.referenceIds.flatMap((id) => index.references.get(id) ?? []),
  };
}

/** How many tasks an agency leads, coordinates and is responsible for. */
export interface Workload {
  agency: Agency;
  lead: number;
  coordinating: number;
  responsible: number;
  /** Distinct tasks in any role. */
  total: number;
  /** Areas with at least one of its tasks, in program order. */
  areas: Area[];
}

/** The workload of one agency, or undefined when the id is unknown. */
export function agencyWorkload(program: Program, agencyId: string): Workload | undefined {
  const index = lookup(program);
  const agency = index.agencies.get(agencyId);
  if (!agency) return undefined;
  const workload: Workload = { agency, lead: 0, coordinating: 0, responsible: 0, total: 0, areas: [] };
  const areaIds = new Set<string>();
  for (const task of program.tasks) {
    const block = index.blocks.get(task.blockId);
    const role = block && roleIn(block, agencyId);
    if (!block || !role) continue;
    workload[role]++;
    workload.total++;
    areaIds.add(block.areaId);
  }
  workload.areas = program.areas.filter((area) => areaIds.has(area.id));
  return workload;
}

/** Every agency with its workload, busiest first (by tasks led, then in total). */
export function agencyWorkloads(program: Program): Workload[] {
  return program.agencies
    .map((agency) => agencyWorkload(program, agency.id)!)
    .sort((a, b) => b.lead - a.lead || b.total - a.total || a.agency.name.localeCompare(b.agency.name, 'vi'));
}

export interface DeadlineEntry {
  deadline: Deadline;
  task: Task;
}

export interface DeadlineGroups {
  /** One group per year of the program period (empty ones included), plus any year outside it. */
  years: Array<{ year: number; entries: DeadlineEntry[] }>;
  /** "(hàng năm)": every year, so no single year. */
  annual: DeadlineEntry[];
  /** "Thường xuyên": ongoing work, never due. */
  ongoing: DeadlineEntry[];
  /** Conditional deadlines that name no expected year. */
  undated: DeadlineEntry[];
}

/**
 * Deadlines of the tasks matching `filter`, grouped by the year they are due (a period's end year).
 * Conditional deadlines with an expected year sit in that year's group (their `kind` still says they
 * are conditional).
 */
export function deadlinesByYear(program: Program, filter: TaskFilter = {}): DeadlineGroups {
  const byYear = new Map<number, DeadlineEntry[]>();
  for (let year = program.period.start; year <= program.period.end; year++) byYear.set(year, []);
  const groups: DeadlineGroups = { years: [], annual: [], ongoing: [], undated: [] };
  for (const task of filterTasks(program, filter)) {
    for (const deadline of task.deadlines) {
      const entry = { deadline, task };
      if (deadline.kind === 'annual') groups.annual.push(entry);
      else if (deadline.kind === 'ongoing') groups.ongoing.push(entry);
      else if (deadline.year === null) groups.undated.push(entry);
      else {
        const entries = byYear.get(deadline.year) ?? [];
        entries.push(entry);
        byYear.set(deadline.year, entries);
      }
    }
  }
  groups.years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, entries]) => ({ year, entries }));
  return groups;
}

/** Every cited document with the tasks that cite it (the preamble's basis has none). */
export function referencesWithTasks(program: Program): Array<{ reference: Reference; tasks: Task[] }> {
  return program.references.map((reference) => ({
    reference,
    tasks: program.tasks.filter((task) => task.referenceIds.includes(reference.id)),
  }));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const SUGGESTION_INPUT_LENGTH = 120;

/**
 * Agencies whose id or name is closest to a mistyped id ("so-cong-thong", "Sở Công thương"),
 * best first, for "did you mean" messages.
 */
export function suggestAgencies(program: Program, input: string, limit = 3): Agency[] {
  // Edit distance costs the product of the lengths: past the longest name, more input cannot
  // bring a name closer, and a megabyte of it would take seconds.
  const wanted = fold(input.slice(0, SUGGESTION_INPUT_LENGTH)).replace(/[^a-z0-9]+/g, '-');
  const distance = (agency: Agency) =>
    Math.min(
      editDistance(wanted, agency.id),
      ...agency.aliases.map((name) => editDistance(wanted, fold(name).replace(/[^a-z0-9]+/g, '-'))),
    );
  return program.agencies
    .map((agency) => ({ agency, distance: distance(agency) }))
    .sort((a, b) => a.distance - b.distance || a.agency.id.localeCompare(b.agency.id))
    .slice(0, limit)
    .map(({ agency }) => agency);
}

/** Why a filter cannot match: each problem names the field, the value and what would be valid. */
export type FilterProblem =
  | { field: 'agency'; code: 'unknown-agency'; value: string; suggestions: Agency[] }
  | { field: 'role'; code: 'unknown-role'; value: string; allowed: readonly Role[] }
  | { field: 'area'; code: 'unknown-area'; value: string; allowed: string[] }
  | { field: 'year'; code: 'year-outside-period'; value: number; period: Program['period'] }
  | { field: 'reference'; code: 'unknown-reference'; value: string };

const ROLES: readonly Role[] = ['lead', 'coordinating', 'responsible'];

/**
 * Checks a filter against the program before it is applied, so a mistyped agency or a year outside
 * the period is reported instead of silently matching nothing.
 */
export function validateFilter(program: Program, filter: TaskFilter): FilterProblem[] {
  const problems: FilterProblem[] = [];
  const index = lookup(program);
  if (filter.agency !== undefined && !index.agencies.has(filter.agency)) {
    problems.push({ field: 'agency', code: 'unknown-agency', value: filter.agency, suggestions: suggestAgencies(program, filter.agency) });
  }
  for (const role of filter.role === undefined ? [] : typeof filter.role === 'string' ? [filter.role] : filter.role) {
    if (!ROLES.includes(role)) problems.push({ field: 'role', code: 'unknown-role', value: role, allowed: ROLES });
  }
  if (filter.area !== undefined && filter.area !== '' && !resolveArea(program, filter.area)) {
    problems.push({
      field: 'area',
      code: 'unknown-area',
      value: String(filter.area),
      allowed: program.areas.flatMap((area) => [String(area.number), ...area.sections.map((section) => section.number)]),
    });
  }
  if (filter.year !== undefined && (filter.year < program.period.start || filter.year > program.period.end)) {
    problems.push({ field: 'year', code: 'year-outside-period', value: filter.year, period: program.period });
  }
  if (filter.reference !== undefined && !index.references.has(filter.reference)) {
    problems.push({ field: 'reference', code: 'unknown-reference', value: filter.reference });
  }
  return problems;
}
