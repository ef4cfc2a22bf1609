/**
 * Benchmark (not a test): a page of the pasted build with `<ct-task-list status-src=…>` pointing
 * at one overlay of 100,000 entries (all valid, then all invalid: the bench of core's
 * bench/status.ts), in Chromium. Prints the time from navigation to the overlay applied (status
 * badges, or the problem box, shown), when the overlay's response ended, and the longest long
 * task (PerformanceObserver 'longtask', tasks over 50 ms) of the whole page load; a page without
 * `status-src` is the baseline. Targets: applied under 1 s after the overlay arrives, no task over
 * 200 ms.
 *
 *   npx tsx bench/status-overlay.ts
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { program } from '@chuongtrinh/core/data';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';

const ENTRIES = 100_000;
const PAGE_LOADS = 3;
const AS_OF = '2025-12-31';

interface Measured {
  applied: number;
  overlayEnd: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

// Runs in the page before the widget's script: records long tasks, and the first frame where the
// list shows its view (with status badges or the problem box when it has `status-src`).
const probe = `<script>
  window.statusBench = { longTasks: [], applied: null };
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) statusBench.longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask' });
  const check = () => {
    const root = document.querySelector('ct-task-list')?.shadowRoot;
    const withStatus = document.querySelector('ct-task-list')?.hasAttribute('status-src');
    const shown = root && !root.querySelector('[part~="status"]') && root.querySelector(withStatus ? '[part~="status-badge"], [part~="problems"]' : '[part~="task"]');
    if (shown) statusBench.applied = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

const page = (overlay: string | undefined) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
${probe}<script type="module" src="./chuongtrinh.js"></script></head>
<body><ct-task-list limit="20" as-of="${AS_OF}"${overlay ? ` status-src="./${overlay}"` : ''}></ct-task-list></body></html>`;

function overlay(status: string) {
  const ids = program.tasks.map((task) => task.id);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({ taskId: ids[i % ids.length]!, status, updated: `2025-0${1 + (i % 6)}-01` }));
  return JSON.stringify({ formatVersion: 1, programId: program.id, asOf: '2025-06-30', entries });
}

const CASES = [
  { name: 'no status-src (baseline)', overlay: undefined },
  { name: `${ENTRIES.toLocaleString('en')} valid entries`, overlay: 'valid.status.json' },
  { name: `${ENTRIES.toLocaleString('en')} invalid entries`, overlay: 'invalid.status.json' },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-status-bench-'));
const browser = await launchChromium();
try {
  await buildPasted(dir);
  await writeFile(join(dir, 'valid.status.json'), overlay('in-progress'));
  await writeFile(join(dir, 'invalid.status.json'), overlay('not-a-status'));
  const pages = Object.fromEntries(CASES.map((item, i) => [`/bench-${i}.html`, page(item.overlay)]));
  const server = await serveStatic(dir, pages);
  console.log(`<ct-task-list limit="20" status-src=…>, pasted build (Chromium ${browser.version()}), median of ${PAGE_LOADS} page loads; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores:`);
  for (const [i, { name, overlay: file }] of CASES.entries()) {
    const runs: Measured[] = [];
    for (let load = 0; load < PAGE_LOADS; load++) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/bench-${i}.html`);
      await tab.waitForFunction(() => (window as unknown as { statusBench: Measured }).statusBench.applied !== null, undefined, { timeout: 120_000 });
      // Long tasks are reported after they end: give the observer a frame.
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      runs.push(
        await tab.evaluate((overlayFile) => {
          const { statusBench } = window as unknown as { statusBench: Measured };
          const response = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => overlayFile && entry.name.endsWith(overlayFile));
          return { ...statusBench, overlayEnd: response ? response.responseEnd : null };
        }, file),
      );
      await tab.close();
    }
    const longest = runs.map((run) => Math.max(0, ...run.longTasks.map((task) => task.duration)));
    const fromOverlay = runs.filter((run) => run.overlayEnd !== null).map((run) => run.applied - run.overlayEnd!);
    console.log(
      `  ${name.padEnd(26)} applied at ${ms(median(runs.map((run) => run.applied)))}` +
        (fromOverlay.length > 0 ? ` (${ms(median(fromOverlay))} after the overlay arrived)` : '') +
        ` · longest long task ${ms(median(longest))} (worst ${ms(Math.max(...longest))}) · long tasks ${ms(median(runs.map((run) => run.longTasks.reduce((sum, task) => sum + task.duration, 0))))} in all`,
    );
  }
  await server.close();
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
