import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filterTasks, search, taskDetails } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { formatDeadlines, taskTitle } from '@chuongtrinh/core/format';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';
import { openPage } from './open-page.js';
import { embedPages, embedPageUrl } from '../src/prerender/embed-pages.js';
import { prerenderSnippet, PrerenderError } from '../src/prerender/prerender.js';
import { fallbackText } from '../src/shared/fallback-text.js';
import { vi } from '../src/translations/vi.js';

const AGENCY = 'so-cong-thuong';
const LIMIT = 5;
const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Trang thử</title></head><body><main><h1>Trang thử</h1>${body}<p id="after">Đoạn sau thành phần.</p></main></body></html>`;

let dir: string;
let widgets: Awaited<ReturnType<typeof serveStatic>>;
let host: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let snippet: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-embeds-'));
  await buildPasted(dir);
  for (const [path, text] of embedPages(program.title)) {
    await mkdir(join(dir, 'embed'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  snippet = await prerenderSnippet(
    { widget: 'ct-task-list', attributes: { agency: AGENCY, limit: String(LIMIT), controls: true }, colors: {}, pageFont: false },
    { scriptUrl: './chuongtrinh.js' },
  );
  const others = await Promise.all(
    (['ct-agency-card', 'ct-deadline-timeline'] as const).map(async (widget) => [
      `/${widget}.html`,
      page(await prerenderSnippet({ widget, attributes: { agency: AGENCY }, colors: {}, pageFont: false }, { scriptUrl: './chuongtrinh.js' })),
    ]),
  );
  widgets = await serveStatic(dir, { '/prerendered.html': page(snippet), ...Object.fromEntries(others) });
  // The host page of the iframe tests: another origin (another port) than the widget files.
  const frameUrl = `${widgets.url}/${embedPageUrl('ct-task-list', { agency: AGENCY, limit: String(LIMIT), lang: 'vi' })}`;
  const iframe = `<iframe data-chuongtrinh src="${frameUrl.replace(/&/g, '&amp;')}" title="Nhiệm vụ của Sở Công Thương" width="100%" height="300" style="border:0"></iframe>`;
  host = await serveStatic(dir, {
    '/iframe.html': page(`${iframe}\n<script src="${widgets.url}/chuongtrinh-resize.js" async></script>`),
    // What a CMS editor that removes every <script> leaves of the same snippet.
    '/stripped.html': page(iframe),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await widgets?.close();
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const open = (url: string, options: BrowserContextOptions = {}, unreachable: string[] = []) =>
  openPage(browser, url, { viewport: { width: 1280, height: 900 }, ...options }, unreachable);

const expectedTasks = () => filterTasks(program, { agency: AGENCY }).slice(0, LIMIT);
const titles = (tasks: ReadonlyArray<{ text: string }>) => tasks.map((task) => taskTitle(task.text).title);

describe('the prerendered snippet', () => {
  test('with JavaScript disabled, shows the tasks, their agencies and deadlines', async () => {
    const { page, requests } = await open(`${widgets.url}/prerendered.html`, { javaScriptEnabled: false });
    const list = page.locator('ct-task-list');
    const texts = await list.locator('[part~="task-title"]').allInnerTexts();
    expect(texts).toEqual(titles(expectedTasks()));
    expect(await list.locator('[part~="task-title"]').first().isVisible()).toBe(true);
    const box = await list.boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    const agencies = await list.locator('[part~="agencies"]').allInnerTexts();
    expectedTasks().forEach((task, index) => {
      for (const { agency } of taskDetails(program, task)!.agencies) expect(agencies[index]).toContain(agency.name);
    });
    const deadlines = await list.locator('[part~="deadlines"]').allInnerTexts();
    expectedTasks().forEach((task, index) => {
      if (task.deadlines.length === 0) expect(deadlines[index]).toContain(vi.noDeadline);
      if (task.deadlines.length > 0) expect(deadlines[index]).toContain(formatDeadlines(task.deadlines, 'vi'));
    });
    // Readable: the widget's own colours and size, not the browser's defaults.
    const style = await list
      .locator('[part~="task-title"]')
      .first()
      .evaluate((element) => getComputedStyle(element).fontSize);
    expect(style).toBe('15px');
    expect(requests.filter((request) => request.endsWith('.json'))).toEqual([]);
    await page.context().close();
  });

  test('with JavaScript, hydrates in place: nothing moves and the dataset is not fetched on load', async () => {
    const { page, requests, problems } = await open(`${widgets.url}/prerendered.html`);
    await page.evaluate(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.waitForFunction(() => customElements.get('ct-task-list') !== undefined);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => request.endsWith('.json'))).toEqual([]);
    // Tabbing into the widget hydrates it: the dataset is fetched then, and the DOM stays where it is.
    const before = await page.locator('ct-task-list [part~="task-title"]').first().elementHandle();
    await page.locator('ct-task-list [part~="search-input"]').focus();
    await page.waitForFunction(() => {
      const list = document.querySelector('ct-task-list') as (HTMLElement & { hasUpdated: boolean }) | null;
      return list && !list.hasAttribute('defer-hydration') && list.hasUpdated;
    });
    expect(await page.evaluate(() => (document.querySelector('ct-task-list') as unknown as { updateComplete: Promise<boolean> }).updateComplete)).toBe(true);
    expect(await before!.evaluate((element) => element.isConnected)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(requests.filter((request) => request.endsWith('.json'))).toEqual(['binh-thuan-2021-2025.json']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('what a visitor types before the widget is hydrated is searched once it is', async () => {
    const { page, problems } = await open(`${widgets.url}/prerendered.html`);
    await page.waitForFunction(() => customElements.get('ct-task-list') !== undefined);
    const input = page.locator('ct-task-list [part~="search-input"]');
    const query = 'điện gió';
    await input.fill(query);
    const expected = titles(
      search(program, query, { filter: { agency: AGENCY } })
        .slice(0, LIMIT)
        .map((result) => result.task),
    );
    await expect.poll(() => page.locator('ct-task-list [part~="task-title"]').allInnerTexts(), { timeout: 10_000 }).toEqual(expected);
    expect(await input.inputValue()).toBe(query);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('when the dataset cannot be loaded, the prerendered view stays, with the problem shown and logged', async () => {
    const { page, problems } = await open(`${widgets.url}/prerendered.html`, {}, ['binh-thuan-2021-2025.json']);
    await page.waitForFunction(() => customElements.get('ct-task-list') !== undefined);
    await page.locator('ct-task-list [part~="search-input"]').focus();
    const box = page.locator('ct-task-list [part~="problems"][role="status"]');
    await box.waitFor();
    expect(await box.innerText()).toBe(vi.problemsTitle);
    expect(await page.locator('ct-task-list [part~="task-title"]').allInnerTexts()).toEqual(titles(expectedTasks()));
    expect(problems.filter((problem) => problem.startsWith('warning: <ct-task-list>'))).toHaveLength(1);
    expect(await page.locator('ct-task-list').getAttribute('defer-hydration')).toBe('');
    await page.context().close();
  });

  test('opened at a task\'s fragment, hydrates at once and targets that task', async () => {
    const target = expectedTasks()[1]!.id;
    const { page, problems } = await open(`${widgets.url}/prerendered.html#${target}`);
    await page.waitForFunction(() => !document.querySelector('ct-task-list')!.hasAttribute('defer-hydration'));
    await expect.poll(() => page.locator(`ct-task-list [id="${target}"]`).getAttribute('class')).toContain('targeted');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the first click of a visitor is not lost while the widget hydrates', async () => {
    const { page, problems } = await open(`${widgets.url}/prerendered.html`);
    await page.waitForFunction(() => customElements.get('ct-task-list') !== undefined);
    const long = expectedTasks().findIndex((task) => task.text.length > 320);
    expect(long).toBeGreaterThanOrEqual(0);
    const button = page.locator('ct-task-list [part~="show-more"]').first();
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test.each(['ct-agency-card', 'ct-deadline-timeline'])('<%s> prerendered hydrates on a first click without changing what it shows', async (widget) => {
    const { page, problems } = await open(`${widgets.url}/${widget}.html`);
    await page.waitForFunction((tag) => customElements.get(tag) !== undefined, widget);
    const text = () => page.locator(widget).evaluate((element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    const before = await text();
    expect(before.length).toBeGreaterThan(50);
    await page.locator(widget).click();
    await page.waitForFunction((tag) => !document.querySelector(tag)!.hasAttribute('defer-hydration'), widget);
    await page.locator(widget).evaluate((element) => (element as unknown as { updateComplete: Promise<boolean> }).updateComplete);
    expect(await text()).toBe(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('is gzip-friendly and preloads the script', () => {
    expect(snippet.startsWith('<link rel="modulepreload" href="./chuongtrinh.js">')).toBe(true);
    expect(snippet).toContain('<link rel="modulepreload" href="./chuongtrinh-hydrate.js">');
    expect(snippet).toContain('<link rel="modulepreload" href="./chuongtrinh-search.js">');
    expect(snippet).toMatch(/<ct-task-list[^>]* defer-hydration><template shadowroot="open" shadowrootmode="open"><style>/);
  });

  test('refuses to prerender a widget that would show a problem, naming it', async () => {
    const config = { widget: 'ct-task-list' as const, attributes: { agency: 'so-khong-co' }, colors: {}, pageFont: false };
    await expect(prerenderSnippet(config, { scriptUrl: './chuongtrinh.js' })).rejects.toThrow(PrerenderError);
    await expect(prerenderSnippet(config, { scriptUrl: './chuongtrinh.js' })).rejects.toThrow(/agency.*so-khong-co/);
  });

  test('its light-DOM fallback keeps text and structure, and drops styles, controls, comments and fragment links', () => {
    const shadow = '<style>.a{}</style><!--lit-part--><form><input name="q"></form><div class="x"><p>Một <a href="#task-1">liên kết</a> <a href="https://x.vn/">khác</a></p><?><ul><li>A &amp; B</li></ul><button>Thêm</button></div>';
    expect(fallbackText(shadow)).toBe('<p>Một <a>liên kết</a> <a href="https://x.vn/">khác</a></p><ul><li>A &amp; B</li></ul>');
  });
});

describe('the iframe form', () => {
  test('on a page of another origin, the iframe reports its height and the host applies it', async () => {
    const { page, problems } = await open(`${host.url}/iframe.html`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('[part~="task-title"]').allInnerTexts()).toEqual(titles(expectedTasks()));
    const inner = await page.frames()[1]!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    expect(inner).toBeGreaterThan(300);
    await expect.poll(() => page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBe(inner);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('ignores a height message that does not come from the iframe', async () => {
    const { page } = await open(`${host.url}/iframe.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[part~="task-title"]').first().waitFor();
    await expect.poll(() => page.locator('iframe').evaluate((iframe) => iframe.style.height)).not.toBe('');
    const before = await page.locator('iframe').evaluate((iframe) => iframe.style.height);
    await page.evaluate(() => window.postMessage({ type: 'chuongtrinh:resize', height: 12 }, '*'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await page.locator('iframe').evaluate((iframe) => iframe.style.height)).toBe(before);
    await page.context().close();
  });

  test('the iframe page takes only web addresses for URL attributes, and says what it ignored', async () => {
    const query = `co-quan=${AGENCY}&href=${encodeURIComponent('javascript:alert(1)')}&colour=red`;
    const { page, problems } = await open(`${widgets.url}/embed/ct-agency-card.html?${query}`);
    await page.locator('ct-agency-card [part~="name"]').waitFor();
    expect(await page.locator('ct-agency-card').getAttribute('href')).toBeNull();
    expect(await page.locator('ct-agency-card [part~="link"]').count()).toBe(0);
    expect(problems).toEqual([
      'warning: <ct-agency-card> embed page: ignored unknown parameter(s) colour',
      'warning: <ct-agency-card> embed page: ignored href="javascript:alert(1)", which is not an http(s) address',
    ]);
    await page.context().close();
  });

  test('with every <script> of the host page removed, the iframe still shows the tasks at its fixed height', async () => {
    const { page, problems } = await open(`${host.url}/stripped.html`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('[part~="task-title"]').allInnerTexts()).toEqual(titles(expectedTasks()));
    expect(await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBe(300);
    expect(await page.locator('iframe').getAttribute('title')).toBe('Nhiệm vụ của Sở Công Thương');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
