/**
 * Checks the static Storybook that `storybook build` wrote (`npm run build-storybook` runs this
 * after it): the story tests run against Vite's dev server, and a production bundle can differ
 * (it once dropped the elements' registration as dead code). In Chromium, from a plain static
 * server: the first story of each component renders its widgets, and each docs page renders,
 * without a page error.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.js';

const OUTPUT = fileURLToPath(new URL('../storybook-static/', import.meta.url));

interface Entry {
  id: string;
  title: string;
  importPath: string;
  type: 'story' | 'docs';
  tags?: string[];
}

interface Named {
  name: string;
}
const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../custom-elements.json', import.meta.url)), 'utf8')) as {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Named[]; cssParts?: Named[]; cssProperties?: Named[] }> }>;
};
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
// Every custom property in the shipped manifest, which "How to theme" must list.
const PROPERTIES = [...new Set(declarations.flatMap((declaration) => declaration.cssProperties ?? []).map((property) => property.name))];

/**
 * What the Docs page of the element whose stories are at `importPath` (`src/<name>/<name>.stories.ts`
 * documents `<ct-name>`) must show from the manifest: its attributes, parts and custom properties.
 */
function documented(importPath: string): string[] {
  const name = /src\/([\w-]+)\/\1\.stories\.ts$/.exec(importPath)?.[1];
  const element = declarations.find((declaration) => declaration.tagName === `ct-${name}`);
  if (!element) return [];
  return [...(element.attributes ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])].map((item) => item.name);
}

const index = JSON.parse(await readFile(`${OUTPUT}index.json`, 'utf8')) as { entries: Record<string, Entry> };
const entries = Object.values(index.entries);
// Each component's first story is enough to catch a bundle that renders nothing; then every docs page.
const firstOfEach = new Map<string, Entry>();
for (const entry of entries) if (entry.type === 'story' && !firstOfEach.has(entry.title)) firstOfEach.set(entry.title, entry);
const pages = entries.filter((entry) => entry.type === 'docs');

// A plain static server. (scripts/static-server.ts gzips every response at level 9 to measure
// transfer sizes; for Storybook's megabytes of JavaScript that alone takes seconds a page.)
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  try {
    const body = await readFile(join(OUTPUT, normalize(path).replace(/^([/\\])+/, '')));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('Not Found');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const failures: string[] = [];
try {
  for (const entry of [...firstOfEach.values(), ...pages]) {
    const started = Date.now();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
    try {
      if (entry.type === 'story') {
        // Every ct-… element is registered and has drawn its box.
        await page.waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('ct-'));
            return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'));
          },
          undefined,
          { timeout: 15_000 },
        );
      } else {
        // The page has its text, and every widget on it (autodocs pages show each story) has drawn.
        await page.waitForFunction(
          () => {
            const docs = document.querySelector('#storybook-docs');
            const widgets = [...(docs?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('ct-'));
            return (docs?.textContent ?? '').length > 200 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'));
          },
          undefined,
          { timeout: 30_000 },
        );
        const shown = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
        const undocumented = documented(entry.importPath).filter((name) => !shown.includes(name));
        if (undocumented.length > 0) errors.push(`the Docs tables lack ${undocumented.join(', ')} from custom-elements.json`);
        if (entry.id === 'how-to-theme--docs') {
          const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
          const missing = PROPERTIES.filter((property) => !text.includes(property));
          if (missing.length > 0) errors.push(`the list of custom properties lacks ${missing.join(', ')}`);
        }
      }
    } catch {
      errors.push('did not render in time');
    }
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      errors.push(await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? 'error display'));
    }
    if (errors.length > 0) failures.push(`${entry.id}: ${errors.join('; ')}`);
    await page.close();
    if (process.env.DEBUG) console.log(entry.id, Date.now() - started, 'ms');
  }
} finally {
  await browser.close();
  server.close();
}

const checked = firstOfEach.size + pages.length;
if (failures.length > 0) {
  console.error(`storybook-static: ${failures.length} of ${checked} entries failed\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`storybook-static: ${checked} entries render (${[...firstOfEach.keys(), ...pages.map((page) => page.title)].join(', ')}); ${entries.length} entries in all`);
