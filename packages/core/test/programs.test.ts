import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProgram, validateProgram } from '../src/index.js';
import { bacNinh } from './programs/bac-ninh.expected.js';
import { dangDoanQuocHoi } from './programs/dang-doan-quoc-hoi.expected.js';
import { konTum } from './programs/kon-tum.expected.js';
import { readingOf } from './programs/reading.js';

const read = (file: string) => readFileSync(new URL(`./fixtures/programs/${file}`, import.meta.url), 'utf8');

describe.each([konTum, bacNinh, dangDoanQuocHoi])('$file reads as written', (expected) => {
  const { program, diagnostics } = parseProgram(read(expected.file), { sourceFile: expected.file });
  const reading = readingOf(program, expected);

  test('metadata: kind, number, place, date, issuer, title and period', () => {
    expect(reading.document).toEqual(expected.document);
    expect(reading.issuer).toBe(expected.issuer);
    expect(program.title.startsWith(expected.titleStart)).toBe(true);
    expect(reading.period).toEqual(expected.period);
  });

  test('every assignment with its agencies by role, every task and every deadline with its precision', () => {
    expect(reading.blocks).toEqual(expected.blocks);
  });

  test('every numbered reference and the implementation items', () => {
    expect(reading.references).toEqual(expect.arrayContaining(expected.references));
    expect(reading.references).toHaveLength(expected.references.length);
    expect(reading.implementation).toBe(expected.implementation);
  });

  test('passes the contract, with no errors', () => {
    expect(validateProgram(program)).toMatchObject({ success: true });
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});

test('two documents never share an id', () => {
  const ids = [konTum, bacNinh, dangDoanQuocHoi].map((expected) => parseProgram(read(expected.file)).program.id);
  expect(new Set(ids).size).toBe(3);
});
