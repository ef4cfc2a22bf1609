/**
 * Benchmark (not a test): the first render of every task in <ct-task-list> against a plain
 * `innerHTML` of the same markup into a shadow root with the same styles, in the same page of the
 * same run. Each round is a fresh page load, so both renders are cold; the order alternates.
 *
 *   npm run bench -w @chuongtrinh/widgets
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { program } from '@chuongtrinh/core/data';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';

const ROUNDS = 21;

// The agency card loads the dataset (and Lit) before the timed renders; the task list's own
// templates are still cold.
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script type="module" src="./chuongtrinh.js"></script><script src="./first-render.page.js"></script></head><body><ct-agency-card agency="so-cong-thuong"></ct-agency-card></body></html>`;

interface Round {
  lit: number;
  plain: number;
  markup: string;
}

interface Measure {
  measureFirstRender(options: { litFirst: boolean; markup: string }): Promise<Round>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-bench-'));
const browser = await launchChromium();
try {
  await buildPasted(dir);
  const server = await serveStatic(dir, {
    '/bench.html': PAGE,
    '/first-render.page.js': await readFile(new URL('./first-render.page.js', import.meta.url), 'utf8'),
  });
  const rounds: Round[] = [];
  let markup = '';
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(() => document.querySelector('ct-agency-card')?.shadowRoot?.querySelector('[part~="counts"]'));
    rounds.push(
      await page.evaluate((options) => (window as unknown as Measure).measureFirstRender(options), {
        litFirst: round % 2 === 0,
        markup,
      }),
    );
    markup = rounds.at(-1)!.markup;
    await page.close();
  }
  await server.close();
  // The first round also compiles the page's code paths: it is left out of the medians.
  const measured = rounds.slice(1);
  const lit = median(measured.map((round) => round.lit));
  const plain = median(measured.map((round) => round.plain));
  console.log(`First render of all ${program.tasks.length} tasks, median of ${measured.length} cold page loads (Chromium ${browser.version()}):`);
  console.log(`  <ct-task-list>       ${lit.toFixed(1)} ms`);
  console.log(`  innerHTML, same markup ${plain.toFixed(1)} ms`);
  console.log(`  ratio                ${(lit / plain).toFixed(2)}×`);
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
