/**
 * `npm run bench` (second part): parse time and counts read of each fixture document, and the growth
 * exponent of parse time over growing inputs of each hostile shape (issue 17): time ∝ size^k, k
 * from a least-squares fit of log time on log size. Figures, not assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseProgram } from '../src/index.js';
import { HOSTILE_SHAPES } from './shapes.js';

const seed = readFileSync(new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url), 'utf8');
const fixtures = new URL('../test/fixtures/programs/', import.meta.url);

/** Median of a few runs, in ms. */
function median(fn: () => unknown, runs: number): number {
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
}

const documents: Array<[string, string]> = [
  ['seed (Bình Thuận)', seed],
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.txt'))
    .map((file): [string, string] => [file, readFileSync(new URL(file, fixtures), 'utf8')]),
];
console.log('parse, per document (median of 9 warm runs):');
for (const [name, text] of documents) {
  median(() => parseProgram(text), 3);
  const ms = median(() => parseProgram(text), 9);
  const { program, diagnostics } = parseProgram(text);
  const deadlines = program.tasks.reduce((sum, task) => sum + task.deadlines.length, 0);
  console.log(
    `  ${name}: ${ms.toFixed(1)} ms (${(text.length / 1024).toFixed(0)} KB) · ${program.areas.length} areas, ${program.blocks.length} blocks, ` +
      `${program.tasks.length} tasks, ${deadlines} deadlines, ${program.references.length} references, ${program.agencies.length} agencies, ${diagnostics.length} diagnostics`,
  );
}

console.log('parse, hostile shapes (exponent k of time ∝ size^k; ms per 100 KB at the largest size):');
const SIZES = [200, 400, 800, 1600, 3200];
for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
  const points = SIZES.map((n) => {
    const text = shape(n, seed);
    parseProgram(text);
    return { size: text.length, ms: Math.max(0.05, median(() => parseProgram(text), 3)) };
  });
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(point.ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const k = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const last = points[points.length - 1]!;
  console.log(`  ${name}: k = ${k.toFixed(2)} · ${(last.size / 1024).toFixed(0)} KB in ${last.ms.toFixed(0)} ms = ${((last.ms * 102_400) / last.size).toFixed(1)} ms per 100 KB`);
}
