import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { validateProgram } from '../src/index.js';

/** The seed's dataset as format 1 held it (ids, roles, deadline texts), written before the move to format 2. */
interface V1Facts {
  areas: Array<{ id: string; sections: string[] }>;
  blocks: Array<{ id: string; areaId: string; sectionId: string | null; roles: string[]; scope: unknown }>;
  tasks: Array<{ id: string; blockId: string; deadlines: Array<{ kind: string; year: number | null; text: string }>; referenceIds: string[] }>;
  references: string[];
  agencies: string[];
  implementation: string[];
}
const v1: V1Facts = JSON.parse(readFileSync(new URL('./fixtures/seed-v1-facts.json', import.meta.url), 'utf8'));

describe('format 2 keeps every fact of the seed that format 1 had', () => {
  test('areas, sections, blocks, tasks, agencies, references and implementation items, ids unchanged', () => {
    expect(program.formatVersion).toBe(2);
    expect(program.areas.map((area) => ({ id: area.id, sections: area.sections.map((section) => section.id) }))).toEqual(v1.areas);
    expect(program.blocks.map((block) => block.id)).toEqual(v1.blocks.map((block) => block.id));
    expect(program.tasks.map((task) => task.id)).toEqual(v1.tasks.map((task) => task.id));
    expect(program.agencies.map((agency) => agency.id)).toEqual(v1.agencies);
    expect(program.implementation.map((item) => item.id)).toEqual(v1.implementation);
    for (const id of v1.references) expect(program.references.map((reference) => reference.id)).toContain(id);
  });

  test('every block keeps its place, roles and scope', () => {
    expect(
      program.blocks.map((block) => ({
        id: block.id,
        areaId: block.areaId,
        sectionId: block.sectionId,
        roles: block.assignments.map((assignment) => `${assignment.agencyId}:${assignment.role}`),
        scope: block.scope,
      })),
    ).toEqual(v1.blocks);
  });

  test('every task keeps its block, its deadlines (kind, year, text) and its references', () => {
    for (const [index, old] of v1.tasks.entries()) {
      const task = program.tasks[index]!;
      expect(task.blockId).toBe(old.blockId);
      expect(task.deadlines.map(({ kind, year, text }) => ({ kind, year, text }))).toEqual(expect.arrayContaining(old.deadlines));
      expect(task.referenceIds).toEqual(expect.arrayContaining(old.referenceIds));
    }
  });

  test('a year deadline is due on 31 December, a conditional one on its expected year, an annual one never', () => {
    const deadlines = program.tasks.flatMap((task) => task.deadlines);
    for (const deadline of deadlines) {
      if (deadline.kind === 'annual') expect(deadline.due).toBeNull();
      else expect(deadline.due).toBe(deadline.year === null ? null : `${deadline.year}-12-31`);
      expect(deadline.clause.length).toBeGreaterThan(0);
    }
  });

  test('a format-1 dataset is rejected with the path of its version', () => {
    const result = validateProgram({ ...program, formatVersion: 1 });
    expect(result.success).toBe(false);
  });
});
