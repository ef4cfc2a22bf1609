import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCHEMA_FILE, STATUS_SCHEMA_FILE } from '../scripts/dataset.js';
import { SUCCESSION_SCHEMA_FILE } from '../scripts/succession-schema.js';
import { program } from '../src/data.js';
import { validateProgram } from '../src/index.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the dataset is versioned as data packages are', () => {
  test('the JSON carries the package’s datasetRelease: its own version and date', () => {
    expect(manifest.datasetRelease).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), date: expect.any(String) });
    expect(program.release).toEqual(manifest.datasetRelease);
  });

  test('a malformed release is rejected with its path; a parsed document without one is valid', () => {
    const misversioned = structuredClone(program) as { release?: { version: string } };
    misversioned.release!.version = 'v1';
    expect(validateProgram(misversioned)).toEqual({ success: false, issues: [{ path: 'release.version', message: 'expected a version like "1.0.0"' }] });
    const unreleased = structuredClone(program) as { release?: unknown };
    delete unreleased.release;
    expect(validateProgram(unreleased)).toMatchObject({ success: true });
  });

  test.each([
    ['program', SCHEMA_FILE],
    ['status-overlay', STATUS_SCHEMA_FILE],
    ['succession', SUCCESSION_SCHEMA_FILE],
  ])('the %s JSON Schema is named and identified by its format version; the unversioned path is its alias', (name, file) => {
    const schema = readJson(file);
    const versioned = `${name}.v${schema.properties.formatVersion.const}.schema.json`;
    expect(basename(file)).toBe(versioned);
    expect(schema.$id).toBe(`https://unpkg.com/@chuongtrinh/core/schema/${versioned}`);
    expect(manifest.exports[`./schema/${name}.schema.json`]).toBe(`./schema/${versioned}`);
  });
});
