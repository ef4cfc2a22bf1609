import type { Program, Task } from '../schema.js';

/**
 * A program holding only `tasks` and what they need (their blocks, those blocks' agencies, the
 * references they cite, plus the basis), under the same contract, so it validates and loads like
 * the full dataset.
 */
export function subsetProgram(program: Program, tasks: readonly Task[]): Program {
  const taskIds = new Set(tasks.map((task) => task.id));
  const kept = program.tasks.filter((task) => taskIds.has(task.id));
  const blockIds = new Set(kept.map((task) => task.blockId));
  const blocks = program.blocks.filter((block) => blockIds.has(block.id));
  const agencyIds = new Set(blocks.flatMap((block) => block.assignments.map((assignment) => assignment.agencyId)));
  const referenceIds = new Set([...kept.flatMap((task) => task.referenceIds), ...(program.basis ? [program.basis.referenceId] : [])]);
  return {
    ...program,
    blocks,
    tasks: kept,
    agencies: program.agencies.filter((agency) => agencyIds.has(agency.id)),
    references: program.references.filter((reference) => referenceIds.has(reference.id)),
  };
}
