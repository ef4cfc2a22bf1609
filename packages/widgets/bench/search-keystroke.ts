/**
 * Benchmark (not a test): keystroke-to-paint in `<ct-task-list controls limit="20">` of the pasted
 * build, in Chromium, for the program at 1×, 10× and 100× its size (its tasks repeated under fresh
 * ids, the corpora of core's search bench). Three queries are typed a character at a time, with and
 * without diacritics (the last one finds the most tasks); the first keystroke of a fresh page (which loads the search part and builds
 * the index, or loads the prebuilt one with `search-index-src`) is reported on its own.
 *
 *   npm run bench -w @chuongtrinh/widgets
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { program } from '@chuongtrinh/core/data';
import { searchIndexJson } from '@chuongtrinh/core/search';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';

const COPIES = [1, 10, 100];
const QUERIES = ['chuyển đổi số', 'nong thon moi', 'đầu tư công'];
const PAGE_LOADS = 3;

interface Bench {
  searchBench: { type(text: string): Promise<number[]>; clear(): Promise<void> };
}

// Each corpus with the index built on the first search, and with its prebuilt index loaded instead.
const VARIANTS = COPIES.flatMap((copies) => [{ copies, prebuilt: false }, { copies, prebuilt: true }]);

const page = ({ copies, prebuilt }: { copies: number; prebuilt: boolean }) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script type="module" src="./chuongtrinh.js"></script><script src="./search-keystroke.page.js"></script></head>
<body><ct-task-list controls limit="20" src="./data-${copies}.json"${prebuilt ? ` search-index-src="./index-${copies}.json"` : ''}></ct-task-list></body></html>`;
const pageName = ({ copies, prebuilt }: { copies: number; prebuilt: boolean }) => `/bench-${copies}${prebuilt ? '-prebuilt' : ''}.html`;

function corpus(copies: number) {
  return { ...program, tasks: Array.from({ length: copies }, (_, copy) => program.tasks.map((task) => ({ ...task, id: `${task.id}-copy-${copy}` }))).flat() };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-search-bench-'));
const browser = await launchChromium();
try {
  await buildPasted(dir);
  for (const copies of COPIES) {
    const data = corpus(copies);
    await writeFile(join(dir, `data-${copies}.json`), JSON.stringify(data));
    await writeFile(join(dir, `index-${copies}.json`), searchIndexJson(data));
  }
  const pages: Record<string, string> = { '/search-keystroke.page.js': await readFile(new URL('./search-keystroke.page.js', import.meta.url), 'utf8') };
  for (const variant of VARIANTS) pages[pageName(variant)] = page(variant);
  const server = await serveStatic(dir, pages);
  console.log(`Keystroke to paint in <ct-task-list controls limit="20">, pasted build (Chromium ${browser.version()}), ${PAGE_LOADS} page loads each:`);
  for (const variant of VARIANTS) {
    const { copies, prebuilt } = variant;
    const first: number[] = [];
    const rest: number[] = [];
    for (let load = 0; load < PAGE_LOADS; load++) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}${pageName(variant)}`);
      await tab.waitForFunction(() => document.querySelector('ct-task-list')?.shadowRoot?.querySelector('[part~="search-input"]'), undefined, { timeout: 120_000 });
      for (const [i, query] of QUERIES.entries()) {
        const samples = await tab.evaluate((text) => (window as unknown as Bench).searchBench.type(text), query);
        if (i === 0) first.push(samples.shift()!);
        rest.push(...samples);
        await tab.evaluate(() => (window as unknown as Bench).searchBench.clear());
      }
      await tab.close();
    }
    const tasks = program.tasks.length * copies;
    console.log(
      `  ${`${copies}× (${tasks} tasks)${prebuilt ? ', prebuilt index' : ''}`.padEnd(37)} first keystroke ${ms(percentile(first, 50))} median (max ${ms(Math.max(...first))}) · ` +
        `then p50 ${ms(percentile(rest, 50))} · p95 ${ms(percentile(rest, 95))} (n=${rest.length})`,
    );
  }
  await server.close();
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
