import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { appendPath, pathOf } from './json-path.js';
import { Program, type Deadline, type DeadlineKind } from './schema.js';

/** One thing wrong with a dataset: where (a JSON path such as `tasks[3].deadlines[0].year`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { success: true; program: Program } | { success: false; issues: ValidationIssue[] };

const MAX_ISSUES = 20;

/**
 * What a year can mean in this genre: programs of Vietnamese public bodies since the state's
 * founding, planned at most to the end of the century, over a term of at most 30 years (a
 * five-year plan is the norm; strategies reach 10 to 30). Beyond that a number is a typo or an
 * attack, and every function that walks the period (the timeline, the ICS recurrence) would
 * walk it.
 */
const EARLIEST_YEAR = 1945;
const LATEST_YEAR = 2100;
const LONGEST_PERIOD = 30;
/**
 * A deadline may fall a year outside the period: programs are often adopted the year before
 * their period starts with tasks due that year, and the final report is due the year after.
 */
const DEADLINE_YEAR_MARGIN = 1;

/**
 * Whether each deadline kind carries a year. One row per kind, so a new kind of the contract
 * gets its rule here (the `Record` makes a missing row a type error).
 */
const YEAR_BY_KIND: Record<DeadlineKind, 'required' | 'forbidden' | 'optional'> = {
  day: 'required',
  month: 'required',
  quarter: 'required',
  year: 'required',
  period: 'required',
  annual: 'forbidden',
  ongoing: 'forbidden',
  conditional: 'optional',
};

type Issues = ValidationIssue[];

type Schema = z.core.$ZodType;

/**
 * Keys the contract does not have, at any depth. zod strips them where the JSON Schema
 * (`additionalProperties: false`) rejects them; zod's own strict mode is not used because it
 * counts inherited keys, so a page that adds a key to `Object.prototype` would fail every dataset.
 */
function unknownKeys(schema: Schema, data: unknown, path: string, issues: Issues): void {
  const def = schema._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema };
  if (def.type === 'nullable' || def.type === 'optional') {
    if (data !== null && data !== undefined) unknownKeys(def.innerType!, data, path, issues);
  } else if (def.type === 'array' && Array.isArray(data)) {
    data.forEach((item, index) => unknownKeys(def.element!, item, appendPath(path, index), issues));
  } else if (def.type === 'object' && data !== null && typeof data === 'object') {
    const shape = def.shape!;
    for (const key of Object.keys(data)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) issues.push({ path: appendPath(path, key), message: `unknown field "${key}": the contract has ${Object.keys(shape).join(', ')}` });
      else unknownKeys(field, (data as Record<string, unknown>)[key], appendPath(path, key), issues);
    }
  }
}

/**
 * Every string in NFC (a dataset saved in NFD would put search highlights in the wrong places),
 * and none with a lone surrogate half, which no text means and which breaks encoders. Strings
 * are replaced in place: `data` is zod's output, a copy of the input.
 */
// With the `u` flag a surrogate pair is one code point: only a lone half is in category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

function normalizeText(data: unknown, path: string, issues: Issues): unknown {
  if (typeof data === 'string') {
    if (!LONE_SURROGATE.test(data)) return data.normalize('NFC');
    issues.push({ path: path || '(root)', message: 'contains a lone surrogate (half of a UTF-16 pair): the text is corrupt' });
    return data;
  }
  if (Array.isArray(data)) data.forEach((item, index) => (data[index] = normalizeText(item, appendPath(path, index), issues)));
  else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = normalizeText(record[key], appendPath(path, key), issues);
  }
  return data;
}

/** Ids used twice within one kind of record; `at` is each record's JSON path. */
function duplicateIds(records: ReadonlyArray<{ id: string; at: string }>, what: string, issues: Issues): void {
  const first = new Map<string, string>();
  for (const { id, at } of records) {
    const earlier = first.get(id);
    if (earlier !== undefined) issues.push({ path: `${at}.id`, message: `${what} id "${id}" is already used at ${earlier}` });
    else first.set(id, at);
  }
}

const located = (records: ReadonlyArray<{ id: string }>, path: string) => records.map((record, i) => ({ id: record.id, at: `${path}[${i}]` }));

/** Every `source` span: `endLine` is not before `line`. */
function spans(data: unknown, path: string, issues: Issues): void {
  if (Array.isArray(data)) data.forEach((item, index) => spans(item, appendPath(path, index), issues));
  else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (typeof record.line === 'number' && typeof record.endLine === 'number' && record.endLine < record.line) {
      issues.push({ path: appendPath(path, 'endLine'), message: `endLine ${record.endLine} is before line ${record.line}` });
    }
    for (const key of Object.keys(record)) if (typeof record[key] === 'object') spans(record[key], appendPath(path, key), issues);
  }
}

function period(program: Program, issues: Issues): boolean {
  const { start, end } = program.period;
  const before = issues.length;
  for (const [key, year] of [['start', start], ['end', end]] as const) {
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      issues.push({ path: `period.${key}`, message: `expected a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}, got ${year}` });
    }
  }
  if (issues.length === before && end < start) issues.push({ path: 'period.end', message: `the period ends (${end}) before it starts (${start})` });
  if (issues.length === before && end - start + 1 > LONGEST_PERIOD) {
    issues.push({ path: 'period.end', message: `a period of ${end - start + 1} years (${start}–${end}); at most ${LONGEST_PERIOD} are expected` });
  }
  return issues.length === before;
}

function deadline(deadline: Deadline, path: string, program: Program, periodValid: boolean, issues: Issues): void {
  const rule = YEAR_BY_KIND[deadline.kind];
  if (rule === 'required' && deadline.year === null) issues.push({ path: `${path}.year`, message: `a "${deadline.kind}" deadline needs its year` });
  if (rule === 'forbidden' && deadline.year !== null) {
    issues.push({ path: `${path}.year`, message: `a "${deadline.kind}" deadline has no year of its own, got ${deadline.year}` });
  }
  // `due` is the last day of the year, quarter, month or day named: it exists exactly when `year` does.
  if ((deadline.due === null) !== (deadline.year === null)) {
    issues.push({ path: `${path}.due`, message: deadline.due === null ? `a deadline with a year needs its due date` : `a deadline without a year has no due date, got ${deadline.due}` });
  } else if (deadline.due !== null && deadline.year !== null && Number(deadline.due.slice(0, 4)) !== deadline.year) {
    issues.push({ path: `${path}.due`, message: `expected a due date in ${deadline.year}, got ${deadline.due}` });
  }
  if ((deadline.kind === 'period') !== (deadline.period !== null)) {
    issues.push({ path: `${path}.period`, message: deadline.kind === 'period' ? 'a "period" deadline needs its start and end years' : `only a "period" deadline has a period, this one is "${deadline.kind}"` });
  } else if (deadline.period !== null && (deadline.period.end < deadline.period.start || deadline.period.end !== deadline.year)) {
    issues.push({ path: `${path}.period`, message: `expected a period ending in its year ${deadline.year}, got ${deadline.period.start}–${deadline.period.end}` });
  }
  if (deadline.year !== null && rule !== 'forbidden' && periodValid) {
    const first = program.period.start - DEADLINE_YEAR_MARGIN;
    const last = program.period.end + DEADLINE_YEAR_MARGIN;
    if (deadline.year < first || deadline.year > last) {
      issues.push({
        path: `${path}.year`,
        message: `expected a year from ${first} to ${last} (the period ${program.period.start}–${program.period.end}, give or take ${DEADLINE_YEAR_MARGIN}), got ${deadline.year}`,
      });
    }
  }
}

/** Ids that records point to and that must exist: a dataset can pass the schema and still dangle. */
function danglingIds(program: Program, issues: Issues): void {
  const ids = (records: Array<{ id: string }>) => new Set(records.map((record) => record.id));
  const areas = ids(program.areas);
  const sections = new Map(program.areas.flatMap((area) => area.sections.map((section) => [section.id, area.id] as const)));
  const blocks = ids(program.blocks);
  const agencies = ids(program.agencies);
  const references = ids(program.references);
  if (program.basis && !references.has(program.basis.referenceId)) {
    issues.push({ path: 'basis.referenceId', message: `no reference has id "${program.basis.referenceId}"` });
  }
  program.blocks.forEach((block, i) => {
    if (!areas.has(block.areaId)) issues.push({ path: `blocks[${i}].areaId`, message: `no area has id "${block.areaId}"` });
    if (block.sectionId !== null) {
      const area = sections.get(block.sectionId);
      if (area === undefined) issues.push({ path: `blocks[${i}].sectionId`, message: `no section has id "${block.sectionId}"` });
      else if (area !== block.areaId) issues.push({ path: `blocks[${i}].sectionId`, message: `section "${block.sectionId}" belongs to area "${area}", not "${block.areaId}"` });
    }
    block.assignments.forEach((assignment, j) => {
      if (!agencies.has(assignment.agencyId)) {
        issues.push({ path: `blocks[${i}].assignments[${j}].agencyId`, message: `no agency has id "${assignment.agencyId}"` });
      }
    });
  });
  program.tasks.forEach((task, i) => {
    if (!blocks.has(task.blockId)) issues.push({ path: `tasks[${i}].blockId`, message: `no block has id "${task.blockId}"` });
    task.referenceIds.forEach((id, j) => {
      if (!references.has(id)) issues.push({ path: `tasks[${i}].referenceIds[${j}]`, message: `no reference has id "${id}"` });
    });
  });
}

/** What the schema cannot say: unique ids, spans, a period and years the genre can mean, consistent deadlines, ids that resolve. */
function consistency(program: Program, issues: Issues): void {
  duplicateIds(located(program.areas, 'areas'), 'area', issues);
  duplicateIds(program.areas.flatMap((area, i) => located(area.sections, `areas[${i}].sections`)), 'section', issues);
  duplicateIds(located(program.blocks, 'blocks'), 'block', issues);
  duplicateIds(located(program.tasks, 'tasks'), 'task', issues);
  duplicateIds(located(program.agencies, 'agencies'), 'agency', issues);
  duplicateIds(located(program.references, 'references'), 'reference', issues);
  duplicateIds(located(program.implementation, 'implementation'), 'implementation item', issues);
  spans(program, '', issues);
  const periodValid = period(program, issues);
  program.tasks.forEach((task, i) => task.deadlines.forEach((item, j) => deadline(item, `tasks[${i}].deadlines[${j}]`, program, periodValid, issues)));
  danglingIds(program, issues);
}

/**
 * Checks that `data` is a dataset of this contract (for a dataset fetched from elsewhere): the
 * schema with no unknown field, then what the schema cannot say (see `consistency`). A dataset it
 * accepts can be given to every function of this package; it is returned with its text in NFC.
 * Issues name the JSON path; at most 20 are listed.
 */
export function validateProgram(data: unknown): ValidationResult {
  const parsed = z.safeParse(Program, data, { error: en().localeError });
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
    };
  }
  const issues: Issues = [];
  unknownKeys(Program, data, '', issues);
  const program = normalizeText(parsed.data, '', issues) as Program;
  if (issues.length === 0) consistency(program, issues);
  return issues.length > 0 ? { success: false, issues: issues.slice(0, MAX_ISSUES) } : { success: true, program };
}
