import { Succession } from '../src/succession/schema.js';
import { versionedJsonSchema } from './json-schema.js';

const successionSchema = versionedJsonSchema(
  'succession',
  Succession,
  'Agency succession: who carries the tasks of a program after a reorganisation',
);
export const SUCCESSION_SCHEMA_FILE = successionSchema.file;

/** `schema/succession.v1.schema.json` exactly as `npm run generate` writes it. */
export function successionSchemaJson(): string {
  return successionSchema.json;
}
