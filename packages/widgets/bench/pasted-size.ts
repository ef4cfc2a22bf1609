/**
 * Benchmark (not a test): what each pasted script costs before its first render (the file and the
 * files it imports statically, gzip -9 as a static host serves them), the lazy parts beside it
 * listed apart, and where the first-render bytes go. Sizes are deterministic; test/pasted.test.ts
 * holds the budgets.
 *
 *   npm run bench:size -w @chuongtrinh/widgets   (also first in `npm run bench`)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPasted, firstLoad, PASTED_SCRIPTS, type PastedFile } from '../scripts/pasted-build.js';
import { LAZY_ENTRIES } from '../tsup.config.js';

const LAZY_PARTS = new Set(Object.keys(LAZY_ENTRIES).map((name) => `${name}.js`));
const TOP_INPUTS = 12;

const kb = (bytes: number) => `${bytes.toLocaleString('en-US').padStart(7)} B`;

/** A source path shortened to its package or its place in this repository. */
const group = (input: string) =>
  input.includes('node_modules/') ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') : input.replace(/^(\.\.\/)+/, '').replace(/^core\/dist\/chunk-.*$/, 'core (shared chunks)');

function breakdown(files: PastedFile[]): Array<[string, number]> {
  const bytes = new Map<string, number>();
  for (const file of files) for (const [input, size] of Object.entries(file.inputBytes)) bytes.set(group(input), (bytes.get(group(input)) ?? 0) + size);
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-size-'));
try {
  const files = await buildPasted(dir);
  console.log('Pasted scripts, before the first render (the file + its static imports), gzip -9:');
  for (const script of PASTED_SCRIPTS) {
    const loaded = firstLoad(files, script);
    const chunks = loaded.length > 1 ? `  (${loaded.map((file) => file.name).join(' + ')})` : '';
    const sum = (size: 'gzip' | 'raw') => loaded.reduce((total, file) => total + file[size], 0);
    console.log(`  ${script.padEnd(26)} ${kb(sum('gzip'))}   (${kb(sum('raw')).trim()} minified)${chunks}`);
  }
  console.log('Lazy parts beside them, loaded only when a page uses them, gzip -9:');
  for (const file of files.filter((file) => LAZY_PARTS.has(file.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`  ${file.name.padEnd(26)} ${kb(file.gzip)}   (${kb(file.raw).trim()} minified)`);
  }
  for (const script of PASTED_SCRIPTS) {
    const loaded = firstLoad(files, script);
    const raw = loaded.reduce((sum, file) => sum + file.raw, 0);
    console.log(`Where ${script}'s ${raw.toLocaleString('en-US')} minified bytes go (largest ${TOP_INPUTS}):`);
    for (const [input, size] of breakdown(loaded).slice(0, TOP_INPUTS)) console.log(`  ${kb(size)} ${((100 * size) / raw).toFixed(1).padStart(5)} %  ${input}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
