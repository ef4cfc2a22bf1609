import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { Succession } from '../src/succession/schema.js';

export const SUCCESSION_SCHEMA_FILE = fileURLToPath(new URL('../schema/succession.schema.json', import.meta.url));

/** `schema/succession.schema.json` exactly as `npm run generate` writes it. */
export function successionSchemaJson(): string {
  const schema = {
    ...z.toJSONSchema(Succession, { target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/@chuongtrinh/core/schema/succession.schema.json',
    title: 'Agency succession: who carries the tasks of a program after a reorganisation',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
