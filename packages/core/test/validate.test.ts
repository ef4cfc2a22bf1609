import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { validateProgram, type Program } from '../src/index.js';

/** A deep copy of the bundled program, changed by `edit`, for one test. */
function broken(edit: (copy: Program & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(program) as Program & Record<string, unknown>;
  edit(copy);
  return copy;
}

describe('validateProgram', () => {
  test('accepts the bundled dataset and returns it typed', () => {
    const result = validateProgram(structuredClone(program));
    expect(result).toEqual({ success: true, program });
  });

  test('names the JSON path and what was expected', () => {
    const result = validateProgram(broken((copy) => void (copy.tasks[2]!.text = 42 as never)));
    expect(result).toEqual({
      success: false,
      issues: [{ path: 'tasks[2].text', message: 'Invalid input: expected string, received number' }],
    });
  });

  test('reports a missing field and a bad enum value', () => {
    const result = validateProgram(
      broken((copy) => {
        delete (copy as Record<string, unknown>).areas;
        copy.blocks[0]!.assignments[0]!.role = 'boss' as never;
      }),
    );
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((issue) => issue.path)).toEqual(['areas', 'blocks[0].assignments[0].role']);
    expect(!result.success && result.issues[1]!.message).toMatch(/lead.*coordinating.*responsible/);
  });

  test('reports ids that point nowhere', () => {
    const result = validateProgram(
      broken((copy) => {
        copy.blocks[1]!.assignments[0]!.agencyId = 'so-khong-co';
        copy.tasks[0]!.blockId = 'block-99';
      }),
    );
    expect(result).toEqual({
      success: false,
      issues: [
        { path: 'blocks[1].assignments[0].agencyId', message: 'no agency has id "so-khong-co"' },
        { path: 'tasks[0].blockId', message: 'no block has id "block-99"' },
      ],
    });
  });

  test('says what the root should be when it is not a dataset at all', () => {
    for (const value of [null, 'html', [], 3]) {
      const result = validateProgram(value);
      expect(result).toMatchObject({ success: false, issues: [{ path: '(root)', message: expect.stringMatching(/expected object/) }] });
    }
  });

  test('caps the list of issues', () => {
    const result = validateProgram(broken((copy) => copy.tasks.forEach((task) => void (task.id = 'Bad Id'))));
    expect(!result.success && result.issues).toHaveLength(20);
  });

  const pathsOf = (result: ReturnType<typeof validateProgram>) => (result.success ? [] : result.issues.map((issue) => issue.path));

  test.each<[string, (copy: Program & Record<string, unknown>) => void, string[]]>([
    ['a task id used twice', (copy) => void (copy.tasks[5]!.id = copy.tasks[2]!.id), ['tasks[5].id']],
    ['a block id used twice', (copy) => void (copy.blocks[3]!.id = copy.blocks[0]!.id), ['blocks[3].id']],
    ['an area id used twice', (copy) => void (copy.areas[1]!.id = copy.areas[0]!.id), ['areas[1].id']],
    ['a section id used twice, across areas', (copy) => void (copy.areas[1]!.sections[0]!.id = copy.areas[0]!.sections[0]!.id), ['areas[1].sections[0].id']],
    ['a reference id used twice', (copy) => void (copy.references[1]!.id = copy.references[0]!.id), ['references[1].id']],
    ['an agency id used twice', (copy) => void (copy.agencies[4]!.id = copy.agencies[3]!.id), ['agencies[4].id']],
    ['endLine before line', (copy) => void (copy.tasks[7]!.source = { line: 40, endLine: 39 }), ['tasks[7].source.endLine']],
    ['a reversed period', (copy) => void (copy.period = { start: 2025, end: 2021 }), ['period.end']],
    ['an absurd period end', (copy) => void (copy.period.end = 102021), ['period.end']],
    ['a period from year 0 to 2^32 + 5', (copy) => void (copy.period = { start: 0, end: 2 ** 32 + 5 }), ['period.start', 'period.end']],
    ['a period of 40 years', (copy) => void (copy.period = { start: 2001, end: 2040 }), ['period.end']],
    ['a deadline year outside the period', (copy) => redate(copy, 2031), [`${datedPath(program)}.year`]],
    ['a "year" deadline without its year', (copy) => void (dated(copy).year = null), [`${datedPath(program)}.year`]],
    ['an annual deadline with a year', (copy) => void (annual(copy).year = 2022), [`${annualPath(program)}.year`]],
    ['an unknown top-level key', (copy) => void (copy.extra = 1), ['extra']],
    ['an unknown key deep inside', (copy) => void ((copy.tasks[0] as Record<string, unknown>).priority = 'high'), ['tasks[0].priority']],
    ['a block in a section of another area', (copy) => void (copy.blocks.find((block) => block.areaId !== copy.areas[0]!.id)!.sectionId = copy.areas[0]!.sections[0]!.id), [
      `blocks[${program.blocks.findIndex((block) => block.areaId !== program.areas[0]!.id)}].sectionId`,
    ]],
    ['a task citing a reference that does not exist', (copy) => void copy.tasks[0]!.referenceIds.push('nq-khong-co'), [`tasks[0].referenceIds[${program.tasks[0]!.referenceIds.length}]`]],
    ['a lone surrogate in a text', (copy) => void (copy.tasks[1]!.text = 'Nhiệm vụ \uD83D'), ['tasks[1].text']],
  ])('rejects %s, naming the path', (_name, edit, paths) => {
    // First the issue itself; a renamed id can leave records pointing nowhere after it.
    expect(pathsOf(validateProgram(broken(edit))).slice(0, paths.length)).toEqual(paths);
  });

  test('the year bounds leave the deadline margin of one year on each side', () => {
    expect(validateProgram(broken((copy) => redate(copy, copy.period.end + 1))).success).toBe(true);
    expect(validateProgram(broken((copy) => redate(copy, copy.period.start - 1))).success).toBe(true);
    expect(validateProgram(broken((copy) => redate(copy, copy.period.end + 2))).success).toBe(false);
  });

  test('NFD text is returned in NFC, so search offsets match what is shown', () => {
    const result = validateProgram(broken((copy) => copy.tasks.forEach((task) => void (task.text = task.text.normalize('NFD')))));
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.program.tasks.map((task) => task.text)).toEqual(program.tasks.map((task) => task.text));
  });

  test('a key added to Object.prototype is not an unknown field of every dataset', () => {
    Object.defineProperty(Object.prototype, 'cmsFlag', { value: true, enumerable: true, configurable: true, writable: true });
    try {
      expect(validateProgram(structuredClone(program)).success).toBe(true);
    } finally {
      delete (Object.prototype as Record<string, unknown>).cmsFlag;
    }
  });
});

/** The first deadline of kind "year", and its path, in a copy of the program. */
/** The first year deadline moved to another year, its due date with it. */
function redate(copy: Program, year: number): void {
  const deadline = dated(copy);
  deadline.year = year;
  deadline.due = `${year}-12-31`;
}

function dated(copy: Program) {
  return copy.tasks.flatMap((task) => task.deadlines).find((deadline) => deadline.kind === 'year')!;
}
function datedPath(copy: Program) {
  return pathOfDeadline(copy, (kind) => kind === 'year');
}
function annual(copy: Program) {
  return copy.tasks.flatMap((task) => task.deadlines).find((deadline) => deadline.kind === 'annual')!;
}
function annualPath(copy: Program) {
  return pathOfDeadline(copy, (kind) => kind === 'annual');
}
function pathOfDeadline(copy: Program, matches: (kind: string) => boolean): string {
  const i = copy.tasks.findIndex((task) => task.deadlines.some((deadline) => matches(deadline.kind)));
  return `tasks[${i}].deadlines[${copy.tasks[i]!.deadlines.findIndex((deadline) => matches(deadline.kind))}]`;
}
