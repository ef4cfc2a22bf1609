import { writeFileSync } from 'node:fs';
import { buildDataset, DATA_FILE, SCHEMA_FILE, STATUS_SCHEMA_FILE } from './dataset.js';

const { program, diagnostics, json, schemaJson, statusSchemaJson } = buildDataset();
for (const d of diagnostics) console.error(`${d.severity} line ${d.line}: ${d.message} — “${d.excerpt}”`);
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error('Not written: the seed has parse errors.');
  process.exit(1);
}
writeFileSync(DATA_FILE, json);
writeFileSync(SCHEMA_FILE, schemaJson);
writeFileSync(STATUS_SCHEMA_FILE, statusSchemaJson);
console.log(
  `Wrote ${program.areas.length} areas, ${program.blocks.length} blocks, ${program.tasks.length} tasks, ` +
    `${program.agencies.length} agencies, ${program.references.length} references.`,
);
