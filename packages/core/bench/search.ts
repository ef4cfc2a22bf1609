/**
 * The search part of `npm run bench`: index build time, memory and per-query latency of
 * `search()` on 1×, 10× and 100× corpora, side by side with a plain MiniSearch index (one folded
 * field set, the block header repeated in every task) built and queried in the same run.
 * Figures, not assertions: rerun to compare.
 */
import MiniSearch from 'minisearch';
import { program } from '../src/data.js';
import { gzipSync } from 'node:zlib';
import { timed } from './timing.js';
import { fold, loadSearchIndex, search, searchIndexJson, type Program } from '../src/index.js';

const ACCENTED = [
  'chuyển đổi số', 'nông thôn mới', 'công thương', 'du lịch biển', 'y tế cơ sở', 'điện gió', 'nông nghiệp công nghệ cao',
  'cải cách hành chính', 'giáo dục đào tạo', 'đầu tư công',
];
/** The same 10 queries typed with diacritics, then without: 20 in all. */
export const QUERIES = [...ACCENTED, ...ACCENTED.map(fold)];
const RUNS = 30;

/** The program with its tasks repeated `copies` times under fresh ids. */
export function corpus(copies: number): Program {
  if (copies === 1) return structuredClone(program);
  return {
    ...structuredClone(program),
    tasks: Array.from({ length: copies }, (_, copy) => program.tasks.map((task) => ({ ...task, id: `${task.id}-copy-${copy}` }))).flat(),
  };
}

function baselineIndex(target: Program): MiniSearch {
  const headers = new Map(target.blocks.map((block) => [block.id, block.header]));
  const index = new MiniSearch({ fields: ['text', 'header'], processTerm: (term) => fold(term) });
  index.addAll(target.tasks.map((task) => ({ id: task.id, text: task.text, header: headers.get(task.blockId) ?? '' })));
  return index;
}

function baselineSearch(index: MiniSearch, query: string) {
  const prefix = (_term: string, i: number, terms: string[]) => i === terms.length - 1;
  return index.search(query, { combineWith: 'AND', prefix, boost: { text: 2 } }).slice(0, 20);
}

const gc = (globalThis as { gc?: () => void }).gc;
/** The JavaScript heap and the typed arrays' buffers (outside the heap), after GC. */
function heapUsed(): number {
  gc?.();
  const { heapUsed: heap, arrayBuffers } = process.memoryUsage();
  return heap + arrayBuffers;
}

/**
 * What `build` keeps (heap and buffers after GC, median of 3). Our index lives beside its program,
 * so the program is built with it and measured apart.
 */
function memoryOf(build: () => unknown): number {
  const samples: number[] = [];
  const kept: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    const before = heapUsed();
    kept.push(build());
    samples.push(heapUsed() - before);
  }
  return stats(samples).p50;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
function stats(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}


const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function benchCorpus(copies: number): void {
  // Index build: median of 5 fresh builds (a search for a word found nowhere builds the index and
  // nothing else); memory: what one index keeps (heap after GC).
  const builds = Array.from({ length: 5 }, () => corpus(copies));
  const buildIndex = (target: Program) => search(target, 'qqqqq');
  // CPU time beside wall time: on a loaded machine the wall time is mostly waiting for a core.
  const oursCpu: number[] = [];
  const ours = builds.map((target) => {
    const before = process.cpuUsage();
    const [wall] = timed(() => buildIndex(target), 1);
    const { user, system } = process.cpuUsage(before);
    oursCpu.push((user + system) / 1000);
    return wall!;
  });
  const oursMemory =
    memoryOf(() => {
      const target = corpus(copies);
      buildIndex(target);
      return target;
    }) - memoryOf(() => corpus(copies));
  const baselineBuilds = builds.map((target) => timed(() => baselineIndex(target), 1)[0]!);
  const kept = corpus(copies);
  const baselineMemory = memoryOf(() => baselineIndex(kept));
  const baseline = baselineIndex(kept);

  const target = builds[0]!;
  // A prebuilt index (searchIndexJson, at build time) loaded instead of built: fresh programs again.
  const json = searchIndexJson(target);
  const loads = Array.from({ length: 5 }, () => corpus(copies)).map((fresh) => timed(() => loadSearchIndex(fresh, json), 1)[0]!);
  console.log(`\nsearch, ${copies}× (${target.tasks.length} tasks)${gc ? '' : ' (run with --expose-gc for memory figures)'}`);
  console.log(`  index build: search() ${ms(stats(ours).p50)} median (CPU ${ms(stats(oursCpu).p50)}) · baseline ${ms(stats(baselineBuilds).p50)} median`);
  console.log(`  prebuilt index: loaded in ${ms(stats(loads).p50)} median · ${mb(json.length)} JSON, ${mb(gzipSync(json).length)} gzip`);
  console.log(`  index memory: search() ${mb(oursMemory)} · baseline ${mb(baselineMemory)}`);
  console.log('  query (limit 20)                      search() p50 / p95        baseline p50 / p95    hits  same top');
  const all: number[] = [];
  const allBaseline: number[] = [];
  for (const query of QUERIES) {
    const samples = timed(() => search(target, query, { limit: 20 }).forEach((result) => result.excerpt), RUNS);
    const baselineSamples = timed(() => baselineSearch(baseline, query), RUNS);
    all.push(...samples);
    allBaseline.push(...baselineSamples);
    const a = stats(samples);
    const b = stats(baselineSamples);
    const hits = search(target, query).length;
    const same = search(target, query, { limit: 1 })[0]?.task.id === baselineSearch(baseline, query)[0]?.id;
    console.log(
      `  ${query.padEnd(36)}  ${`${ms(a.p50)} / ${ms(a.p95)}`.padEnd(24)}  ${`${ms(b.p50)} / ${ms(b.p95)}`.padEnd(20)}  ${String(hits).padStart(5)}  ${same ? 'yes' : 'no'}`,
    );
  }
  const a = stats(all);
  const b = stats(allBaseline);
  console.log(`  all 20 queries (highlights and excerpt of each result): search() p50 ${ms(a.p50)} · p95 ${ms(a.p95)}; baseline p50 ${ms(b.p50)} · p95 ${ms(b.p95)}`);
}

export function benchSearch(): void {
  for (const copies of [1, 10, 100]) benchCorpus(copies);
}
