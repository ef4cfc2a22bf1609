import { describe, expect, test } from 'vitest';
import { baseDocuments, fuzzDocument, invariantBreaks } from '../bench/fuzz-corpus.js';
import { parseProgram } from '../src/index.js';

// A sample of the corpus `npm run fuzz` parses in full (10,000 documents); timing is the script's job.
const SAMPLE = 200;

describe('a sample of the fuzz corpus', () => {
  const bases = baseDocuments();
  test(`${SAMPLE} mutated documents parse without a throw and keep every invariant`, () => {
    const failures: string[] = [];
    for (let index = 0; index < SAMPLE; index++) {
      const { label, text } = fuzzDocument(16, index, bases);
      try {
        const breaks = invariantBreaks(parseProgram(text).program, text);
        if (breaks.length > 0) failures.push(`#${index} (${label}): ${breaks.slice(0, 2).join('; ')}`);
      } catch (error) {
        failures.push(`#${index} (${label}) threw: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  test('the corpus is the same for the same seed, and mutates', () => {
    expect(fuzzDocument(3, 5, bases)).toEqual(fuzzDocument(3, 5, bases));
    expect(fuzzDocument(3, 5, bases).text).not.toBe(fuzzDocument(3, 6, bases).text);
  });

  test('the invariant check catches a duplicate id and a dangling reference', () => {
    const { program } = parseProgram(bases[0]!);
    const broken = { ...program, tasks: [...program.tasks, { ...program.tasks[0]!, blockId: 'block-none' }] };
    expect(invariantBreaks(broken, bases[0]!)).toEqual(
      expect.arrayContaining([`duplicate task id ${program.tasks[0]!.id}`, `${program.tasks[0]!.id}: no block block-none`]),
    );
  });
});
