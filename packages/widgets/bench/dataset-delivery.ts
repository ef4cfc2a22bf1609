/**
 * Benchmark (not a test) behind the README's "Dataset: inlined or fetched": builds the pasted
 * file three ways (tsup.config.ts `DATASET_DELIVERIES`) and measures, for each, the bytes before
 * the first render and the time to the first task on throttled networks, served gzipped.
 *
 *   npm run bench -w @chuongtrinh/widgets
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { program } from '@chuongtrinh/core/data';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted, sizeOf } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';
import { DATASET_DELIVERIES, type DatasetDelivery } from '../tsup.config.js';

const ROUNDS = 9;
const NETWORKS = [
  { name: 'slow 4G (1.6 Mbit/s, 150 ms RTT)', latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 },
  { name: 'fast 4G (9 Mbit/s, 60 ms RTT)', latency: 60, download: 9e6 / 8, upload: 1.5e6 / 8 },
];

const page = (body: string, head = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${head}</head><body>` +
  `<script type="module" src="./chuongtrinh.js"></script>${body}</body></html>`;

const LIST = '<ct-task-list agency="so-cong-thuong"></ct-task-list>';
// The hint a page can add so the dataset downloads alongside the script (README, "Faster first render").
const PRELOAD = '<link rel="preload" href="./binh-thuan-2021-2025.json" as="fetch" crossorigin>';

const PAGES = {
  '/bundled.html': page(LIST),
  '/preload.html': page(LIST, PRELOAD),
  '/src.html': page('<ct-task-list agency="so-cong-thuong" src="./other.json"></ct-task-list>'),
  '/other.json': JSON.stringify(program),
};

// Notes the time the first task appears (polled every frame: the same small delay for every variant).
const FIRST_TASK = `(() => {
  const look = () => {
    if (document.querySelector('ct-task-list')?.shadowRoot?.querySelector('[part~="task"]')) window.firstTaskAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Time to the first task and bytes transferred, for one page load on one network. */
async function load(browser: Browser, url: string, network: (typeof NETWORKS)[number]) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latency,
    downloadThroughput: network.download,
    uploadThroughput: network.upload,
  });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => {
    transferred += event.encodedDataLength;
  });
  await tab.addInitScript(FIRST_TASK);
  await tab.goto(url);
  await tab.waitForFunction(() => 'firstTaskAt' in window, undefined, { timeout: 60_000 });
  const time = await tab.evaluate(() => (window as unknown as { firstTaskAt: number }).firstTaskAt);
  await context.close();
  return { time, transferred };
}

const root = await mkdtemp(join(tmpdir(), 'chuongtrinh-delivery-'));
const browser = await launchChromium();
try {
  const rows: string[][] = [];
  for (const delivery of DATASET_DELIVERIES) {
    const dir = join(root, delivery);
    const files = await buildPasted(dir, delivery);
    const eager = files.filter((file) => file.eager);
    const script = { raw: eager.reduce((sum, file) => sum + file.raw, 0), gzip: eager.reduce((sum, file) => sum + file.gzip, 0) };
    const datasetPart: Record<DatasetDelivery, () => Promise<{ raw: number; gzip: number } | undefined>> = {
      fetched: () => sizeOf(dir, 'binh-thuan-2021-2025.json'),
      inlined: async () => undefined,
      'lazy-chunk': async () => files.find((file) => !file.eager && file.inputs.some((input) => input.includes('core/dist/')) && file.raw > 100_000),
    };
    const dataset = await datasetPart[delivery]();
    const server = await serveStatic(dir, PAGES);
    const srcTransfer = (await load(browser, `${server.url}/src.html`, NETWORKS[1]!)).transferred;
    for (const [label, path] of delivery === 'fetched' ? [[delivery, '/bundled.html'], [`${delivery} + preload hint`, '/preload.html']] : [[delivery, '/bundled.html']]) {
      const timings: string[] = [];
      let transferred = 0;
      for (const network of NETWORKS) {
        const times: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const loaded = await load(browser, `${server.url}${path}`, network);
          times.push(loaded.time);
          transferred = loaded.transferred;
        }
        timings.push(`${median(times).toFixed(0)} ms`);
      }
      rows.push([
        label!,
        `${kb(script.raw)} / ${kb(script.gzip)}`,
        dataset ? `${kb(dataset.raw)} / ${kb(dataset.gzip)}` : 'in the script',
        ...timings,
        kb(transferred),
        kb(srcTransfer),
      ]);
    }
    await server.close();
  }
  const shipped = await buildPasted(join(root, 'shipped'));
  const json = await sizeOf(join(root, 'shipped'), 'binh-thuan-2021-2025.json');
  console.log('Files of the pasted build (gzip -9):');
  for (const file of shipped) console.log(`| ${file.name} | ${file.eager ? 'before first render' : 'lazy'} | ${kb(file.raw)} | ${kb(file.gzip)} |`);
  console.log(`| binh-thuan-2021-2025.json | fetched at first render | ${kb(json.raw)} | ${kb(json.gzip)} |`);
  const header = ['dataset', 'first-render JS raw / gzip', 'dataset file raw / gzip', ...NETWORKS.map((network) => `first task, ${network.name}`), 'transferred', 'transferred with src='];
  console.log(`Median of ${ROUNDS} loads of <ct-task-list agency="so-cong-thuong">, gzip served, Chromium ${browser.version()}:`);
  for (const row of [header, ...rows]) console.log(`| ${row.join(' | ')} |`);
} finally {
  await browser.close();
  await rm(root, { recursive: true, force: true });
}
