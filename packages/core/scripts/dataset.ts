import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { parseProgram } from '../src/parse/program.js';
import { Program } from '../src/schema.js';
import { StatusOverlay } from '../src/status/schema.js';

export const SEED_FILE = 'seeds/binh-thuan-ctrhd-2021-2025.txt';
export const DATA_FILE = fileURLToPath(new URL('../data/binh-thuan-2021-2025.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/program.schema.json', import.meta.url));
export const STATUS_SCHEMA_FILE = fileURLToPath(new URL('../schema/status-overlay.schema.json', import.meta.url));
const SEED_PATH = fileURLToPath(new URL(`../../../${SEED_FILE}`, import.meta.url));

/** The dataset and the JSON Schemas exactly as `npm run generate` writes them, plus the parser's diagnostics. */
export function buildDataset() {
  const { program, diagnostics } = parseProgram(readFileSync(SEED_PATH, 'utf8'), {
    id: 'binh-thuan-ctrhd-2021-2025',
    issuer: 'Ủy ban nhân dân tỉnh Bình Thuận',
    sourceFile: SEED_FILE,
  });
  const schema = {
    ...z.toJSONSchema(Program, { target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/@chuongtrinh/core/schema/program.schema.json',
    title: 'Chương trình hành động (action program) dataset',
  };
  const statusSchema = {
    ...z.toJSONSchema(StatusOverlay, { target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/@chuongtrinh/core/schema/status-overlay.schema.json',
    title: 'Status overlay: what agencies report about the tasks of a program',
  };
  return {
    program,
    diagnostics,
    json: `${JSON.stringify(program, null, 2)}\n`,
    schemaJson: `${JSON.stringify(schema, null, 2)}\n`,
    statusSchemaJson: `${JSON.stringify(statusSchema, null, 2)}\n`,
  };
}
