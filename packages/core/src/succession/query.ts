import { filterTasks, getAgency, roleIn, getBlock, type TaskFilter } from '../query.js';
import type { Program, Role, Task } from '../schema.js';
import type { BilingualText, Body, LegalDocument, ProgramRole, Succession, SuccessionLink } from './schema.js';

/** One link followed: what happened to the body it starts from, and where this path went. */
export interface SuccessionStep {
  link: SuccessionLink;
  document: LegalDocument;
  /** The body this step reaches, or null for an `ended` link. */
  to: string | null;
  /** For a split: the functions that went to `to`. */
  functions: BilingualText | null;
}

/** Where an agency's work is as of a date: the body that carries it (or null: ended) and how it got there. */
export interface SuccessorPath {
  bodyId: string | null;
  steps: SuccessionStep[];
}

/** A body that passed its work on to the asked-for one, and how. */
export interface Predecessor {
  agencyId: string;
  /** Steps from the predecessor up to and including the one that reaches the asked-for body. */
  steps: SuccessionStep[];
}

/** A task an agency carries as of a date, and whether it came to it through succession. */
export interface CarriedTask {
  task: Task;
  /** The role of the named agency (own task) or of the predecessor (inherited) in the program. */
  role: Role | null;
  /** Null for the agency's own tasks; else the predecessor the task comes from and the way it came. */
  inherited: Predecessor | null;
}

interface Index {
  links: Map<string, SuccessionLink>;
  documents: Map<string, LegalDocument>;
  bodies: Map<string, Body>;
}

const indexes = new WeakMap<Succession, Index>();

function index(succession: Succession): Index {
  let found = indexes.get(succession);
  if (!found) {
    found = {
      links: new Map(succession.links.map((link) => [link.agencyId, link])),
      documents: new Map(succession.documents.map((document) => [document.id, document])),
      bodies: new Map(succession.bodies.map((body) => [body.id, body])),
    };
    indexes.set(succession, found);
  }
  return found;
}

/** `date` as YYYY-MM-DD, or a thrown error naming what was wrong. */
function isoDate(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
    return date.toISOString().slice(0, 10);
  }
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = parsed && new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
  if (!day || day.toISOString().slice(0, 10) !== date) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  return date;
}

function targets(link: SuccessionLink): Array<{ to: string | null; functions: BilingualText | null }> {
  switch (link.kind) {
    case 'renamed':
    case 'merged-into':
      return [{ to: link.to, functions: null }];
    case 'split-between':
      return link.parts.map((part) => ({ to: part.to, functions: part.functions }));
    case 'ended':
      return [{ to: null, functions: null }];
  }
}

function follow(found: Index, agencyId: string, date: string, steps: SuccessionStep[]): SuccessorPath[] {
  const link = found.links.get(agencyId);
  if (!link || link.from > date) return steps.length === 0 ? [] : [{ bodyId: agencyId, steps }];
  const document = found.documents.get(link.documentId)!;
  return targets(link).flatMap(({ to, functions }) => {
    const next = [...steps, { link, document, to, functions }];
    return to === null ? [{ bodyId: null, steps: next }] : follow(found, to, date, next);
  });
}

/**
 * The body or bodies carrying an agency's work as of `date` (YYYY-MM-DD or a Date), following
 * chains (merged in March 2025, then into the new province in July). Empty when nothing changed
 * by that date; a path with `bodyId: null` ends in an `ended` link.
 */
export function successorsAsOf(succession: Succession, agencyId: string, date: string | Date): SuccessorPath[] {
  return follow(index(succession), agencyId, isoDate(date), []);
}

/**
 * The agencies whose work reached `agencyId` through succession by `date`, directly or along a
 * chain: as of 2026, Sở Tài chính tỉnh Lâm Đồng has Sở Tài chính and Sở Kế hoạch và Đầu tư.
 */
export function predecessorsOf(succession: Succession, agencyId: string, date: string | Date): Predecessor[] {
  const day = isoDate(date);
  const found = index(succession);
  const predecessors: Predecessor[] = [];
  for (const origin of found.links.keys()) {
    if (origin === agencyId) continue;
    for (const path of follow(found, origin, day, [])) {
      const reached = path.steps.findIndex((step) => step.to === agencyId);
      if (reached >= 0 && !predecessors.some((known) => known.agencyId === origin)) {
        predecessors.push({ agencyId: origin, steps: path.steps.slice(0, reached + 1) });
      }
    }
  }
  // Direct predecessors first: their tasks are listed before those that came along a chain.
  return predecessors.sort((a, b) => a.steps.length - b.steps.length);
}

/**
 * The tasks an agency carries as of `date`: its own (those of blocks naming it), then those of
 * its predecessors, each marked as inherited with the way it came. `filter` narrows both as
 * `filterTasks` does (its `agency` is replaced).
 */
export function tasksCarriedBy(
  program: Program,
  succession: Succession,
  agencyId: string,
  date: string | Date,
  filter: Omit<TaskFilter, 'agency'> = {},
): CarriedTask[] {
  const carried: CarriedTask[] = [];
  const seen = new Set<string>();
  const add = (holder: string, inherited: Predecessor | null) => {
    for (const task of filterTasks(program, { ...filter, agency: holder })) {
      if (seen.has(task.id)) continue;
      seen.add(task.id);
      carried.push({ task, role: roleIn(getBlock(program, task.blockId)!, holder) ?? null, inherited });
    }
  };
  add(agencyId, null);
  for (const predecessor of predecessorsOf(succession, agencyId, date)) add(predecessor.agencyId, predecessor);
  return carried;
}

/** A program agency or a successor body by id, with both names, or undefined. */
export function successionBody(
  program: Program,
  succession: Succession,
  id: string,
): { id: string; name: string; nameEn: string | null } | undefined {
  const agency = getAgency(program, id);
  if (agency) return { id, name: agency.name, nameEn: agency.nameEn };
  const body = index(succession).bodies.get(id);
  return body && { id, name: body.name, nameEn: body.nameEn };
}

/** A role the program gives by name (issuer, compiler of the reports) with who holds it as of `date`. */
export interface ProgramRoleAsOf {
  role: ProgramRole;
  /** Empty when nothing changed by that date. */
  successors: SuccessorPath[];
}

/**
 * The issuer (UBND tỉnh Bình Thuận → UBND tỉnh Lâm Đồng from 1 July 2025) and the department
 * compiling the reports (Sở Kế hoạch và Đầu tư → Sở Tài chính from 1 March 2025) as of `date`.
 */
export function programRolesAsOf(succession: Succession, date: string | Date): ProgramRoleAsOf[] {
  return succession.roles.map((role) => ({ role, successors: successorsAsOf(succession, role.agencyId, date) }));
}
