import { writeFileSync } from 'node:fs';
import { buildDataset, DATA_FILE, SCHEMA_FILE, SOURCE_TEXT_FILE, STATUS_SCHEMA_FILE } from './dataset.js';
import { SUCCESSION_SCHEMA_FILE, successionSchemaJson } from './succession-schema.js';

const { program, diagnostics, json, sourceText, schemaJson, statusSchemaJson } = buildDataset();
for (const d of diagnostics) console.error(`${d.severity} line ${d.line}: ${d.message} — “${d.excerpt}”`);
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error('Not written: the seed has parse errors.');
  process.exit(1);
}
writeFileSync(DATA_FILE, json);
writeFileSync(SOURCE_TEXT_FILE, sourceText);
writeFileSync(SCHEMA_FILE, schemaJson);
writeFileSync(STATUS_SCHEMA_FILE, statusSchemaJson);
writeFileSync(SUCCESSION_SCHEMA_FILE, successionSchemaJson());
console.log(
  `Wrote ${program.areas.length} areas, ${program.blocks.length} blocks, ${program.tasks.length} tasks, ` +
    `${program.agencies.length} agencies, ${program.references.length} references.`,
);
