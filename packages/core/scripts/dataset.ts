import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProgram } from '../src/parse/program.js';
import { Program } from '../src/schema.js';
import { StatusOverlay } from '../src/status/schema.js';
import { versionedJsonSchema } from './json-schema.js';

export const SEED_FILE = 'seeds/binh-thuan-ctrhd-2021-2025.txt';
export const DATA_FILE = fileURLToPath(new URL('../data/binh-thuan-2021-2025.json', import.meta.url));
/** The seed as published beside the dataset, so readers can open the lines a record cites (`sourceExcerpt`). */
export const SOURCE_TEXT_FILE = fileURLToPath(new URL('../data/binh-thuan-2021-2025.txt', import.meta.url));
const programSchema = versionedJsonSchema('program', Program, 'Chương trình hành động (action program) dataset');
const statusSchema = versionedJsonSchema('status-overlay', StatusOverlay, 'Status overlay: what agencies report about the tasks of a program');
export const SCHEMA_FILE = programSchema.file;
export const STATUS_SCHEMA_FILE = statusSchema.file;
/** The published dataset's own version and date: the package's `datasetRelease`, edited by hand on a data release. */
const { datasetRelease } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  datasetRelease: NonNullable<Program['release']>;
};
const SEED_PATH = fileURLToPath(new URL(`../../../${SEED_FILE}`, import.meta.url));

/** The dataset and the JSON Schemas exactly as `npm run generate` writes them, plus the parser's diagnostics. */
export function buildDataset() {
  const sourceText = readFileSync(SEED_PATH, 'utf8');
  const parsed = parseProgram(sourceText, {
    id: 'binh-thuan-ctrhd-2021-2025',
    issuer: 'Ủy ban nhân dân tỉnh Bình Thuận',
    sourceFile: SEED_FILE,
  });
  const { formatVersion, ...contents } = parsed.program;
  const program: Program = { formatVersion, release: datasetRelease, ...contents };
  return {
    program,
    diagnostics: parsed.diagnostics,
    json: `${JSON.stringify(program, null, 2)}\n`,
    sourceText,
    schemaJson: programSchema.json,
    statusSchemaJson: statusSchema.json,
  };
}
