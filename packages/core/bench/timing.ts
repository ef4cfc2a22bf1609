import { performance } from 'node:perf_hooks';

/** `runs` wall-clock timings of `fn`, in milliseconds. */
export function timed(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
