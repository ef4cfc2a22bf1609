import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

/**
 * A contract as JSON Schema, named and identified by its format version (`program.v2.schema.json`,
 * `$id` …/program.v2.schema.json), so that a document written to format 2 keeps pointing at the
 * format-2 schema after format 3 ships. The package's unversioned paths are aliases of the current ones.
 */
export function versionedJsonSchema(name: string, schema: z.core.$ZodType, title: string): { file: string; json: string } {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  const formatVersion = (generated.properties?.formatVersion as { const?: unknown } | undefined)?.const;
  if (typeof formatVersion !== 'number') throw new Error(`${name}: the schema has no literal formatVersion to version its file by`);
  const fileName = `${name}.v${formatVersion}.schema.json`;
  return {
    file: fileURLToPath(new URL(`../schema/${fileName}`, import.meta.url)),
    json: `${JSON.stringify({ ...generated, $id: `https://unpkg.com/@chuongtrinh/core/schema/${fileName}`, title }, null, 2)}\n`,
  };
}
