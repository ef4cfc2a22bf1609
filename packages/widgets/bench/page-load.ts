/**
 * Benchmark (not a test): page load until the first task is visible, in Chromium with network and
 * 4× CPU throttling (CDP), on two connection profiles. Three pages with one task list each, loaded
 * interleaved in every round so that they share the machine's state:
 * - floor: static HTML with the very markup and CSS of the prerendered widget, no script;
 * - prerendered: the snippet `chuongtrinh-widgets embed` writes (declarative shadow DOM, hydrated later);
 * - script: the two-line embed (script, then the element fetches the dataset and renders).
 * "First task visible" is the first animation frame in which the first task is in the widget's
 * shadow tree, seen by the same inline script on all three pages. Every load is in a fresh
 * browser context (empty cache); files are served gzipped, as a static host would.
 *
 *   npm run bench:page-load -w @chuongtrinh/widgets
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';
import { prerenderSnippet } from '../src/prerender/prerender.js';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const CPU_SLOWDOWN = 4;
const kbit = (value: number) => (value * 1000) / 8;
/** Chrome DevTools' presets, latency included: "slow" is the 400 ms / 400 kbit/s, "fast 4G" DevTools' Fast 4G. */
const PROFILES = {
  'slow (400 ms RTT, 400 kbit/s)': { latency: 400, downloadThroughput: kbit(400), uploadThroughput: kbit(400) },
  'fast 4G (165 ms RTT, 8.1 Mbit/s)': { latency: 165, downloadThroughput: kbit(8100), uploadThroughput: kbit(1350) },
};

// Records the first frame in which the task list's first task exists: the same on every page.
const PROBE = `<script>(function probe() {
  const list = document.querySelector('ct-task-list');
  if (list && list.shadowRoot && list.shadowRoot.querySelector('[part~="task"]')) window.firstTaskVisible = performance.now();
  else requestAnimationFrame(probe);
})();</script>`;

const ATTRIBUTES = { agency: 'so-cong-thuong' };
const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>Sở Công Thương: nhiệm vụ</title>${PROBE}</head><body><h1>Nhiệm vụ của Sở Công Thương</h1>${body}</body></html>`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function firstTaskVisible(browser: Browser, url: string, conditions: (typeof PROFILES)[keyof typeof PROFILES]): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await tab.goto(url, { waitUntil: 'commit' });
  await tab.waitForFunction(() => (window as unknown as { firstTaskVisible?: number }).firstTaskVisible !== undefined, undefined, { timeout: 60_000, polling: 100 });
  const time = await tab.evaluate(() => (window as unknown as { firstTaskVisible: number }).firstTaskVisible);
  await context.close();
  return time;
}

const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-page-load-'));
const browser = await launchChromium();
try {
  await buildPasted(dir);
  const snippet = await prerenderSnippet({ widget: 'ct-task-list', attributes: ATTRIBUTES, colors: {}, pageFont: false }, { scriptUrl: './chuongtrinh.js' });
  const floor = snippet
    .split('\n')
    .filter((line) => !line.startsWith('<link rel="modulepreload"') && !line.startsWith('<script'))
    .join('\n')
    .replace(' defer-hydration', '');
  const pages = {
    floor: page(floor),
    prerendered: page(snippet),
    script: page(`<script type="module" src="./chuongtrinh.js"></script>\n<ct-task-list agency="${ATTRIBUTES.agency}"></ct-task-list>`),
  };
  const server = await serveStatic(dir, Object.fromEntries(Object.entries(pages).map(([name, html]) => [`/${name}.html`, html])));
  console.log(`First task visible, median of ${ROUNDS} interleaved cold loads, CPU ${CPU_SLOWDOWN}× slower (Chromium ${browser.version()}):`);
  for (const [profile, conditions] of Object.entries(PROFILES)) {
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order, so that no page always goes first.
      const names = Object.keys(pages);
      const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
      for (const name of order) times[name]!.push(await firstTaskVisible(browser, `${server.url}/${name}.html`, conditions));
    }
    const floorMedian = median(times.floor!);
    console.log(`  ${profile}`);
    for (const [name, values] of Object.entries(times)) {
      const value = median(values);
      console.log(`    ${name.padEnd(12)} ${value.toFixed(0).padStart(6)} ms  ${(value / floorMedian).toFixed(2)}× the floor`);
    }
  }
  await server.close();
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
