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
});
