/**
 * `npm run bench`: parse time of the seed, search latency on the seed and on a corpus of 100
 * copies, and the dataset's size next to the seed's. Figures, not assertions: rerun to compare.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { program } from '../src/data.js';
import { parseProgram, search, type Program } from '../src/index.js';

const seedPath = new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url);
const dataPath = new URL('../data/binh-thuan-2021-2025.json', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');
const QUERIES = ['công thương', 'cong thuong', 'du lịch', 'nq 08', '08-NQ/TW', 'nông nghiệp công nghệ cao', 'điện gi', 'y te', 'chuyển đổi số', 'năm 2021'];

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(3)} ms · p95 ${at(95).toFixed(3)} ms (n=${samples.length})`;
}

function time(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The program's tasks repeated `copies` times under fresh ids: a corpus 100× the real one. */
function corpus(copies: number): Program {
  return {
    ...program,
    tasks: Array.from({ length: copies }, (_, copy) => program.tasks.map((task) => ({ ...task, id: `${task.id}-copy-${copy}` }))).flat(),
  };
}

function searchLatency(target: Program): string {
  const first = time(() => search(target, QUERIES[0]!), 1)[0]!;
  const all = QUERIES.flatMap((query) => time(() => search(target, query), 30));
  const top20 = QUERIES.flatMap((query) => time(() => search(target, query, { limit: 20 }), 30));
  return `first query (builds the index) ${first.toFixed(1)} ms\n    all hits: ${percentiles(all)}\n    limit 20: ${percentiles(top20)}`;
}

time(() => parseProgram(seed), 5); // warm-up
console.log(`parse seed (${seed.split('\n').length} lines): ${percentiles(time(() => parseProgram(seed), 50))}`);
console.log(`search, seed (${program.tasks.length} tasks): ${searchLatency(structuredClone(program))}`);
const big = corpus(100);
console.log(`search, 100 copies (${big.tasks.length} tasks): ${searchLatency(big)}`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seedBytes = readFileSync(seedPath);
const dataBytes = readFileSync(dataPath);
console.log(`seed: ${kb(seedBytes.length)} raw, ${kb(gzipSync(seedBytes).length)} gzip`);
console.log(`dataset: ${kb(dataBytes.length)} raw, ${kb(gzipSync(dataBytes).length)} gzip`);
const minified = Buffer.from(JSON.stringify(program));
console.log(`dataset minified: ${kb(minified.length)} raw, ${kb(gzipSync(minified).length)} gzip`);
