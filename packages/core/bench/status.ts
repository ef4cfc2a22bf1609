/**
 * Status overlays at scale: one overlay of 100,000 entries (valid, then all invalid) applied with
 * `applyStatus`, median of a few runs. Figures, not assertions.
 */
import { program } from '../src/data.js';
import { applyStatus } from '../src/index.js';
import { timed } from './timing.js';

const ENTRIES = 100_000;

export function benchStatus(): void {
  const ids = program.tasks.map((task) => task.id);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    taskId: ids[i % ids.length]!,
    status: 'in-progress',
    updated: `2025-0${1 + (i % 6)}-01`,
  }));
  const overlay = (status: string) => ({ formatVersion: 1, programId: program.id, asOf: '2025-06-30', entries: entries.map((entry) => ({ ...entry, status })) });
  console.log(`applyStatus, one overlay of ${ENTRIES.toLocaleString('en')} entries:`);
  for (const [name, data] of [['valid', overlay('in-progress')], ['invalid', overlay('not-a-status')]] as const) {
    const samples = timed(() => applyStatus(program, [data], { asOf: '2025-12-31' }), 5).sort((a, b) => a - b);
    console.log(`  ${name}: ${samples[2]!.toFixed(0)} ms median (n=5)`);
  }
}
