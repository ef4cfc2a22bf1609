import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { agencyWorkload, applyStatus, filterTasks, search, validateProgram } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { taskTitle } from '@chuongtrinh/core/format';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.js';
import { buildPasted, firstLoad, PASTED_SCRIPTS, type PastedFile } from '../scripts/pasted-build.js';
import { serveStatic } from '../scripts/static-server.js';
import { openPage } from './open-page.js';
import { AS_OF, overlay } from './overlays.js';
import { en } from '../src/translations/en.js';
import { vi } from '../src/translations/vi.js';

/**
 * gzip bytes each pasted script may cost before its first render (the file and its static imports).
 * Issue 11 asks for 12,000 per element and 18,000 for chuongtrinh.js; these are what the split
 * reached once issue 12 had landed (the timeline's drawing, the task list's pages, titles and URL
 * state, dark mode and the calm problem lines: 7.4 KB and more). `npm run bench:size` prints
 * where the bytes go.
 */
const BUDGETS: Record<string, number> = {
  // +500 with the builder's shared filter select and the derived theme list (31,569 B measured).
  'chuongtrinh.js': 32_000,
  // +1,000 for issue 12's heading and named landmarks (+324) and the pure view's inputs (+654).
  'ct-task-list.js': 25_000,
  'ct-agency-card.js': 19_000,
  'ct-deadline-timeline.js': 21_500,
};

/** Each element's own pasted file, and a page showing that element only. */
const ELEMENT_PAGES = {
  'ct-task-list': '<ct-task-list agency="so-cong-thuong"></ct-task-list>',
  'ct-agency-card': '<ct-agency-card agency="so-y-te"></ct-agency-card>',
  'ct-deadline-timeline': '<ct-deadline-timeline></ct-deadline-timeline>',
};

const page = (body: string, head = '') => `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}<link rel="icon" href="data:,"><title>Trang thử</title></head><body><main><h1>Trang thử</h1>${body}</main></body></html>`;

const other = structuredClone(program);
other.tasks[0]!.text = 'Nhiệm vụ của một tập dữ liệu khác.';
const broken = structuredClone(program) as unknown as { agencies: Array<{ kind: string }> };
broken.agencies[2]!.kind = 'department-of-magic';

// An agency's status overlay, for its tasks with a deadline: the first done on time, the others open.
const dated = filterTasks(program, { agency: 'so-cong-thuong' }).filter((task) => task.deadlines.length > 0);
const statusOverlay = overlay(
  dated.map((task, index) =>
    index === 0
      ? { taskId: task.id, status: 'done', updated: '2021-12-20', completedOn: '2021-12-15' }
      : { taskId: task.id, status: 'in-progress', updated: '2022-05-01' },
  ),
  { reporter: 'so-cong-thuong' },
);

// The README's two-line embed, as a webmaster pastes it.
const PAGES: Record<string, string> = {
  '/embed.html': page('<script type="module" src="./chuongtrinh.js"></script>\n<ct-task-list agency="so-cong-thuong" controls></ct-task-list>'),
  '/all.html': page(
    '<script type="module" src="./chuongtrinh.js"></script><ct-task-list area="1.2"></ct-task-list><ct-agency-card agency="so-y-te"></ct-agency-card><ct-deadline-timeline></ct-deadline-timeline>',
  ),
  '/twice.html': page(
    '<script type="module" src="./chuongtrinh.js"></script><script type="module" src="./chuongtrinh.js?copy"></script><ct-task-list area="2"></ct-task-list>',
  ),
  '/src.html': page('<script type="module" src="./chuongtrinh.js"></script><ct-task-list src="./other.json" limit="1"></ct-task-list>'),
  '/broken-src.html': page('<script type="module" src="./chuongtrinh.js"></script><ct-task-list src="./broken.json"></ct-task-list>'),
  '/status.html': page(
    `<script type="module" src="./chuongtrinh.js"></script><ct-task-list agency="so-cong-thuong" controls status-src="./so-cong-thuong.status.json" as-of="${AS_OF}"></ct-task-list>`,
  ),
  '/succession.html': page(
    '<script type="module" src="./chuongtrinh.js"></script><ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card>',
  ),
  '/so-cong-thuong.status.json': JSON.stringify(statusOverlay),
  // Trusted Types enforced with a policy list that lacks Lit's, then with the entry the README gives.
  '/trusted-types-blocked.html': page(
    `<script type="module" src="./chuongtrinh.js"></script><ct-task-list agency="so-cong-thuong"></ct-task-list><div lang="en"><ct-agency-card agency="so-y-te"></ct-agency-card></div>`,
    `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types cms-policy">`,
  ),
  '/trusted-types-allowed.html': page(
    `<script type="module" src="./chuongtrinh.js"></script><ct-task-list agency="so-cong-thuong"></ct-task-list>`,
    `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types cms-policy lit-html">`,
  ),
  // Some CMS scripts add an enumerable key to Object.prototype, or one named like a descriptor field.
  '/polluted-key.html': page(
    `<script>Object.prototype.cmsFlag = true;</script><script type="module" src="./chuongtrinh.js"></script><ct-task-list src="./other.json" agency="so-cong-thuong" status-src="./so-cong-thuong.status.json" as-of="${AS_OF}"></ct-task-list>`,
  ),
  '/polluted-value.html': page(
    `<script>Object.prototype.value = 1;</script><script type="module" src="./chuongtrinh.js"></script><ct-task-list src="./other.json" agency="so-cong-thuong" status-src="./so-cong-thuong.status.json" as-of="${AS_OF}"></ct-task-list><ct-agency-card agency="so-y-te"></ct-agency-card><ct-deadline-timeline></ct-deadline-timeline>`,
  ),
  ...Object.fromEntries(Object.entries(ELEMENT_PAGES).map(([tag, markup]) => [`/${tag}.html`, page(`<script type="module" src="./${tag}.js"></script>${markup}`)])),
  '/other.json': JSON.stringify(other),
  '/broken.json': JSON.stringify(broken),
};

let dir: string;
let files: PastedFile[];
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-pasted-'));
  files = await buildPasted(dir);
  server = await serveStatic(dir, PAGES);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens a host page of the test server (see `openPage`). */
const open = (path: string, { unreachable = [] }: { unreachable?: string[] } = {}) => openPage(browser, `${server.url}${path}`, {}, unreachable);

const shownTasks = (page: Page, selector = 'ct-task-list') =>
  page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part~="task"]').length ?? 0, selector);

const waitForTasks = (page: Page, count: number) =>
  page.waitForFunction((count) => document.querySelector('ct-task-list')?.shadowRoot?.querySelectorAll('[part~="task"]').length === count, count);

describe('size', () => {
  test.each(PASTED_SCRIPTS)('%s: one file before the first render, within its budget', (script) => {
    // No static import: each would cost a round trip before the dataset is requested.
    const loaded = firstLoad(files, script);
    expect(loaded.map((file) => file.name)).toEqual([script]);
    expect(loaded[0]!.gzip).toBeLessThanOrEqual(BUDGETS[script]!);
  });

  test('the status part stays within 25,000 B gzip (zod/mini and the overlay reader, not all of zod)', () => {
    expect(files.find((file) => file.name === 'chuongtrinh-status.js')!.gzip).toBeLessThanOrEqual(25_000);
  });

  test('Lit is inside; the search index, the schema and the dataset are not', () => {
    const eagerInputs = files.filter((file) => file.eager).flatMap((file) => file.inputs);
    expect(eagerInputs.some((input) => input.includes('node_modules/lit-html/'))).toBe(true);
    for (const left of [/node_modules\/minisearch\//, /node_modules\/zod\//, /\.json$/]) {
      expect(eagerInputs.filter((input) => left.test(input))).toEqual([]);
    }
    const lazyWith = (pattern: RegExp) => files.filter((file) => !file.eager && file.inputs.some((input) => pattern.test(input))).map((file) => file.name).sort();
    expect(lazyWith(/node_modules\/minisearch\//)).toEqual(['chuongtrinh-search.js']);
    // The status editor (an officer's own script) checks entries as they are typed, so it carries the status rules.
    const editorParts = ['chuongtrinh-status-editor-report.js', 'chuongtrinh-status-editor.js'];
    expect(lazyWith(/node_modules\/zod\//)).toEqual([...editorParts, 'chuongtrinh-status.js', 'chuongtrinh-validate.js'].sort());
    expect(lazyWith(/core\/dist\/status\.js$/)).toEqual(['chuongtrinh-status-editor.js', 'chuongtrinh-status.js']);
    // The report part writes the consolidated CSV for the demo's compiling page.
    expect(lazyWith(/node_modules\/papaparse\//)).toEqual(['chuongtrinh-export.js', 'chuongtrinh-status-editor-report.js']);
    expect(lazyWith(/node_modules\/ical-generator\//)).toEqual(['chuongtrinh-export.js']);
    expect(lazyWith(/core\/dist\/succession(-data)?\.js$/)).toEqual(['chuongtrinh-succession.js']);
  });

  test('the status editor is a script of its own; its report part and the Word writer load only at a click', () => {
    const editor = files.find((file) => file.name === 'chuongtrinh-status-editor.js')!;
    expect(editor.eager).toBe(false);
    const withDocx = files.filter((file) => file.inputs.some((input) => /node_modules\/docx\//.test(input))).map((file) => file.name);
    expect(withDocx).toEqual(['chuongtrinh-report-docx.js']);
    expect(editor.inputs.filter((input) => /core\/(dist|src)\/report[-/](docx|html)/.test(input))).toEqual([]);
  });

  test('the status and export parts are files of their own beside the script, each self-contained', () => {
    const lazy = files.filter((file) => !file.eager).map((file) => file.name).sort();
    expect(lazy).toEqual(expect.arrayContaining(['chuongtrinh-export.js', 'chuongtrinh-search.js', 'chuongtrinh-status.js', 'chuongtrinh-validate.js']));
    const eagerInputs = files.filter((file) => file.eager).flatMap((file) => file.inputs);
    for (const left of [/node_modules\/papaparse\//, /node_modules\/ical-generator\//, /core\/dist\/(status|export|succession|succession-data)\.js$/]) {
      expect(eagerInputs.filter((input) => left.test(input))).toEqual([]);
    }
  });
});

describe('pasted on a plain HTML page', () => {
  test('the two-line embed lists the agency\'s tasks, loading only the first-render files and the dataset', async () => {
    const { page, requests, problems } = await open('/embed.html');
    const expected = filterTasks(program, { agency: 'so-cong-thuong' });
    await waitForTasks(page, expected.length);
    const scripts = requests.filter((request) => request.endsWith('.js')).sort();
    expect(scripts).toEqual(firstLoad(files, 'chuongtrinh.js').map((file) => file.name));
    expect(requests.filter((request) => request.endsWith('.json'))).toEqual(['binh-thuan-2021-2025.json']);

    await page.locator('ct-task-list input[type="search"]').fill('điện');
    const found = search(program, 'điện', { filter: { agency: 'so-cong-thuong' } });
    await waitForTasks(page, found.length);
    expect(requests.some((request) => request === 'chuongtrinh-search.js')).toBe(true);
    expect(requests.some((request) => request === 'chuongtrinh-validate.js')).toBe(false);
    expect(problems).toEqual([]);
  });

  test.each(Object.keys(ELEMENT_PAGES))('%s.js alone: renders its element, registers no other, and loads nothing else before the first render', async (tag) => {
    const { page, requests, problems } = await open(`/${tag}.html`);
    await page.waitForFunction((tag) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part]').length ?? 0) > 1, tag);
    const registered = await page.evaluate((tags) => tags.filter((other) => customElements.get(other)), Object.keys(ELEMENT_PAGES));
    expect(registered).toEqual([tag]);
    expect(requests.filter((request) => request.endsWith('.js'))).toEqual([`${tag}.js`]);
    expect(requests.filter((request) => request.endsWith('.json'))).toEqual(['binh-thuan-2021-2025.json']);
    expect(problems).toEqual([]);
  });

  test('all three elements on one page share one download of the dataset', async () => {
    const { page, requests, problems } = await open('/all.html');
    await waitForTasks(page, filterTasks(program, { area: '1.2' }).length);
    await page.waitForFunction(() => document.querySelector('ct-deadline-timeline')?.shadowRoot?.querySelector('[part~="years"]'));
    const lead = await page.evaluate(
      () => document.querySelector('ct-agency-card')?.shadowRoot?.querySelector('[part~="count"] dd')?.textContent,
    );
    expect(Number(lead)).toBe(agencyWorkload(program, 'so-y-te')!.lead);
    expect(requests.filter((request) => request.endsWith('.json'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  test('as-of: the succession part loads beside the script, and the card shows the tasks inherited', async () => {
    const { page, requests, problems } = await open('/succession.html');
    await page.waitForFunction(() => document.querySelector('ct-agency-card')?.shadowRoot?.querySelector('[part~="inherited"]'));
    const inherited = await page.evaluate(() => document.querySelector('ct-agency-card')!.shadowRoot!.querySelectorAll('[part~="inherited-tasks"] li').length);
    const own = new Set(filterTasks(program, { agency: 'so-tai-chinh' }).map((task) => task.id));
    expect(inherited).toBe(filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu' }).filter((task) => !own.has(task.id)).length);
    expect(requests).toContain('chuongtrinh-succession.js');
    expect(problems).toEqual([]);
  });

  test('loading the script twice does not throw', async () => {
    const { page, requests, problems } = await open('/twice.html');
    await waitForTasks(page, filterTasks(program, { area: '2' }).length);
    expect(requests.filter((request) => request.startsWith('chuongtrinh.js'))).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  test('src: another dataset is validated by a lazy chunk, and the bundled one is not downloaded', async () => {
    const { page, requests, problems } = await open('/src.html');
    await waitForTasks(page, 1);
    const text = await page.evaluate(() => document.querySelector('ct-task-list')?.shadowRoot?.querySelector('[part~="task-title"]')?.textContent);
    expect(text).toBe(taskTitle(other.tasks[0]!.text).title);
    expect(requests.some((request) => request === 'chuongtrinh-validate.js')).toBe(true);
    expect(requests).not.toContain('binh-thuan-2021-2025.json');
    expect(problems).toEqual([]);
  });

  test('status-src: the status part loads with the overlay, the export part only at a download; the file is the filtered tasks', async () => {
    const { page, requests, problems } = await open('/status.html');
    const expected = filterTasks(program, { agency: 'so-cong-thuong' });
    await waitForTasks(page, expected.length);
    const report = applyStatus(program, [statusOverlay], { asOf: AS_OF });
    const timeliness = await page.evaluate(() =>
      [...document.querySelector('ct-task-list')!.shadowRoot!.querySelectorAll('[part~="task"]')].map((task) =>
        [task.id, task.querySelector('[part~="timeliness-badge"]')?.className.split(' ').at(-1)],
      ),
    );
    expect(timeliness).toEqual(expected.map((task) => [task.id, report.tasks.find((progress) => progress.task.id === task.id)!.timeliness]));
    expect(requests).toContain('chuongtrinh-status.js');
    expect(requests).not.toContain('chuongtrinh-export.js');
    expect(requests).not.toContain('chuongtrinh-validate.js');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('ct-task-list [part~="download-button"][data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('nhiem-vu-so-cong-thuong.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    for (const task of expected) expect(csv).toContain(task.id);
    expect(requests).toContain('chuongtrinh-export.js');
    expect(problems).toEqual([]);
  });

  test('a status part that cannot be loaded: said in the widget, one warning, the tasks still listed', async () => {
    const { page, problems } = await open('/status.html', { unreachable: ['chuongtrinh-status.js'] });
    await waitForTasks(page, filterTasks(program, { agency: 'so-cong-thuong' }).length);
    // The visitor reads one calm line; the page's author finds the file in the console.
    expect((await page.locator('ct-task-list [part~="problems"]').textContent())?.trim()).toBe(vi.statusProblemsTitle);
    expect(await page.locator('ct-task-list [part~="timeliness-badge"]').count()).toBe(0);
    // The browser's own console error for the failed request, and the widget's one warning.
    expect(problems.filter((problem) => !problem.startsWith('error: Failed to load resource'))).toEqual([
      expect.stringMatching(/^warning: <ct-task-list> [\s\S]*chuongtrinh-status\.js/),
    ]);
  });

  test('an export part that cannot be loaded: said at the click, one warning, no file', async () => {
    const { page, problems } = await open('/status.html', { unreachable: ['chuongtrinh-export.js'] });
    await waitForTasks(page, filterTasks(program, { agency: 'so-cong-thuong' }).length);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('ct-task-list [part~="download-button"][data-format="ics"]').click();
    await page.locator('ct-task-list [part~="problems"]', { hasText: vi.problemsTitle }).waitFor();
    expect(downloads).toBe(0);
    // The browser's own console error for the failed request, and the widget's one warning (once its details are loaded).
    await expect.poll(() => problems.filter((problem) => !problem.startsWith('error: Failed to load resource'))).toEqual([
      expect.stringMatching(/^warning: <ct-task-list> [\s\S]*chuongtrinh-export\.js/),
    ]);
  });

  test.each(['/polluted-key.html', '/polluted-value.html'])('%s: a polluted Object.prototype breaks neither the lazy parts nor the widgets', async (path) => {
    const { page, requests, problems } = await open(path);
    const expected = filterTasks(other, { agency: 'so-cong-thuong' });
    await waitForTasks(page, expected.length);
    await page.locator('ct-task-list [part~="timeliness-badge"]').first().waitFor();
    expect(requests).toEqual(expect.arrayContaining(['chuongtrinh-validate.js', 'chuongtrinh-status.js']));
    expect(problems).toEqual([]);
  });

  test('a Trusted Types policy list without lit-html: each widget says what the page needs, in its language', async () => {
    const { page, problems } = await open('/trusted-types-blocked.html');
    await page.locator('ct-agency-card [data-ct-error]').waitFor();
    expect(await page.locator('ct-task-list [data-ct-error]').textContent()).toBe(vi.trustedTypesBlocked);
    expect(await page.locator('ct-agency-card [data-ct-error]').textContent()).toBe(en.trustedTypesBlocked);
    expect(problems).toContain(`error: chuongtrinh: ${en.trustedTypesBlocked}`);
  });

  test('with lit-html in the trusted-types list, the widgets work under Trusted Types', async () => {
    const { page, problems } = await open('/trusted-types-allowed.html');
    await waitForTasks(page, filterTasks(program, { agency: 'so-cong-thuong' }).length);
    expect(problems).toEqual([]);
  });

  test('src that fails the schema: the widget names the field, the console has one warning', async () => {
    const { page, problems } = await open('/broken-src.html');
    const box = page.locator('ct-task-list [part~="problems"]');
    await box.waitFor();
    const checked = validateProgram(broken);
    if (checked.success) throw new Error('core accepted the broken dataset');
    expect((await box.textContent())?.trim()).toBe(vi.problemsTitle);
    expect(await shownTasks(page)).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^warning: <ct-task-list> [\s\S]*agencies\[2\]\.kind/);
    expect(problems[0]).toContain(`${checked.issues[0]!.path}: ${checked.issues[0]!.message}`);
  });
});
