/**
 * Status overlays at scale: one overlay of 100,000 entries (valid, then all invalid) applied with
 * `applyStatus` (median of a few runs), then with `applyStatusAsync`: its total time and the
 * longest the event loop was kept from running (the longest gap between two `setImmediate`
 * ticks). Figures, not assertions.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { program } from '../src/data.js';
import { applyStatus, applyStatusAsync } from '../src/index.js';
import { timed } from './timing.js';

const ENTRIES = 100_000;

/** Runs `work` while a ticker measures how long the event loop went without a turn. */
async function blocking(work: () => Promise<unknown>): Promise<{ total: number; longestBlock: number }> {
  let longestBlock = 0;
  let last = performance.now();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  const total = performance.now() - start;
  ticking = false;
  tick();
  return { total, longestBlock };
}

export async function benchStatus(): Promise<void> {
  const ids = program.tasks.map((task) => task.id);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    taskId: ids[i % ids.length]!,
    status: 'in-progress',
    updated: `2025-0${1 + (i % 6)}-01`,
  }));
  const overlay = (status: string) => ({ formatVersion: 1, programId: program.id, asOf: '2025-06-30', entries: entries.map((entry) => ({ ...entry, status })) });
  const cases = [['valid', overlay('in-progress')], ['invalid', overlay('not-a-status')]] as const;
  console.log(`applyStatus, one overlay of ${ENTRIES.toLocaleString('en')} entries:`);
  for (const [name, data] of cases) {
    const samples = timed(() => applyStatus(program, [data], { asOf: '2025-12-31' }), 5).sort((a, b) => a - b);
    console.log(`  ${name}: ${samples[2]!.toFixed(0)} ms median (n=5)`);
  }
  console.log(`applyStatusAsync, the same overlays (median of 5 runs; longest block: the event loop's longest wait; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores):`);
  for (const [name, data] of cases) {
    const runs: Array<{ total: number; longestBlock: number }> = [];
    for (let i = 0; i < 5; i++) runs.push(await blocking(() => applyStatusAsync(program, [data], { asOf: '2025-12-31' })));
    const median = (values: number[]) => values.sort((a, b) => a - b)[2]!.toFixed(0);
    console.log(`  ${name}: ${median(runs.map((run) => run.total))} ms total, longest block ${median(runs.map((run) => run.longestBlock))} ms (worst of 5: ${Math.max(...runs.map((run) => run.longestBlock)).toFixed(0)} ms)`);
  }
}
