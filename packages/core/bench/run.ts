/**
 * `npm run bench`: parse time of the seed, the dataset's size next to the seed's, and search
 * (bench/search.ts) and status overlays of 100,000 entries (bench/status.ts). Figures, not assertions: rerun to compare.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { program } from '../src/data.js';
import { parseProgram } from '../src/index.js';
import { benchSearch } from './search.js';
import { benchStatus } from './status.js';
import { timed as time } from './timing.js';

const seedPath = new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url);
const dataPath = new URL('../data/binh-thuan-2021-2025.json', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(3)} ms · p95 ${at(95).toFixed(3)} ms (n=${samples.length})`;
}


time(() => parseProgram(seed), 5); // warm-up
console.log(`parse seed (${seed.split('\n').length} lines): ${percentiles(time(() => parseProgram(seed), 50))}`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seedBytes = readFileSync(seedPath);
const dataBytes = readFileSync(dataPath);
console.log(`seed: ${kb(seedBytes.length)} raw, ${kb(gzipSync(seedBytes).length)} gzip`);
console.log(`dataset: ${kb(dataBytes.length)} raw, ${kb(gzipSync(dataBytes).length)} gzip`);
const minified = Buffer.from(JSON.stringify(program));
console.log(`dataset minified: ${kb(minified.length)} raw, ${kb(gzipSync(minified).length)} gzip`);

benchSearch();
await benchStatus();
