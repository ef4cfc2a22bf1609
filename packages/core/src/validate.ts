import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { Program } from './schema.js';

/** One thing wrong with a dataset: where (a JSON path such as `tasks[3].deadlines[0].year`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { success: true; program: Program } | { success: false; issues: ValidationIssue[] };

const MAX_ISSUES = 20;

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  ) || '(root)';
}

/** Ids that records point to and that must exist: a dataset can pass the schema and still dangle. */
function danglingIds(program: Program): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = (records: Array<{ id: string }>) => new Set(records.map((record) => record.id));
  const areas = ids(program.areas);
  const sections = ids(program.areas.flatMap((area) => area.sections));
  const blocks = ids(program.blocks);
  const agencies = ids(program.agencies);
  const references = ids(program.references);
  program.blocks.forEach((block, i) => {
    if (!areas.has(block.areaId)) issues.push({ path: `blocks[${i}].areaId`, message: `no area has id "${block.areaId}"` });
    if (block.sectionId !== null && !sections.has(block.sectionId)) {
      issues.push({ path: `blocks[${i}].sectionId`, message: `no section has id "${block.sectionId}"` });
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
  return issues;
}

/**
 * Checks that `data` is a dataset of this contract (for a dataset fetched from elsewhere): the
 * schema first, then that every id a record points to exists. Issues name the JSON path.
 */
export function validateProgram(data: unknown): ValidationResult {
  const parsed = z.safeParse(Program, data, { error: en().localeError });
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
    };
  }
  const issues = danglingIds(parsed.data);
  return issues.length > 0 ? { success: false, issues: issues.slice(0, MAX_ISSUES) } : { success: true, program: parsed.data };
}
