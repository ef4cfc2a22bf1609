import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { program } from '@chuongtrinh/core/data';
import { agencyWorkload, applyStatus, deadlinesByYear, filterTasks, search, TIMELINESS } from '@chuongtrinh/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS, sidewaysOverflow, useDemo, VIEWPORTS } from './harness.js';

const demo = useDemo();
const PAGES = ['index.html', 'portal.html', 'agency.html', 'investors.html', 'csp.html', 'embed.html', 'prerendered.html', 'iframe.html'];

/** The invented sample overlays of the agency page, as its widgets name them, and their date. */
const SAMPLE_OVERLAYS = ['so-cong-thuong', 'so-tai-nguyen-va-moi-truong', 'so-noi-vu'].map((name) => `data/${name}.json`);
const SAMPLE_AS_OF = '2024-06-30';
const sampleOverlays = () => SAMPLE_OVERLAYS.map((path) => JSON.parse(readFileSync(new URL(`../pages/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>);
const sampleReport = () => applyStatus(program, sampleOverlays(), { asOf: SAMPLE_AS_OF, labels: SAMPLE_OVERLAYS });

/**
 * What a page may log: nothing, except on the agency page, whose sample overlays disagree on a
 * task on purpose: each of its three widgets reports each conflict once.
 */
function expectedProblems(path: string): RegExp[] {
  if (path !== 'agency.html') return [];
  const { conflicts } = sampleReport();
  return ['ct-agency-card', 'ct-task-list', 'ct-task-list'].flatMap((tag) =>
    conflicts.map(({ taskId }) => new RegExp(`^console\\.warning: <${tag}> .*status-src.*"${taskId}"`, 's')),
  );
}

/** Texts of the elements matching `selector` inside the shadow root of the `host` element. */
function shadowTexts(page: Page, host: string, selector: string): Promise<string[]> {
  return page.$eval(host, (element, inner) => [...element.shadowRoot!.querySelectorAll(inner)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim()), selector);
}
function shadowAttributes(page: Page, host: string, selector: string, attribute: string): Promise<Array<string | null>> {
  return page.$eval(host, (element, [inner, name]) => [...element.shadowRoot!.querySelectorAll(inner!)].map((node) => node.getAttribute(name!)), [selector, attribute]);
}

describe.each(PAGES)('%s', (path) => {
  test('loads without console errors and with zero axe violations inside the widgets', async () => {
    const { page, problems } = await demo.visit(path);
    const expected = expectedProblems(path);
    expect(problems).toHaveLength(expected.length);
    for (const pattern of expected) expect(problems.filter((problem) => pattern.test(problem)).length).toBeGreaterThan(0);
    if (path !== 'index.html') expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('fits desktop and phone widths without scrolling sideways (and is captured for people to look at)', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { page } = await demo.visit(path, { viewport });
      expect(await sidewaysOverflow(page), `${path} at ${viewport.width} px`).toEqual({ overflow: 0, elements: [] });
      const file = fileURLToPath(new URL(`${path.replace('.html', '')}-${name}.png`, SCREENSHOTS));
      await page.screenshot({ path: file, fullPage: true });
      await page.context().close();
    }
  });
});

describe('what the widgets show is what core computes', () => {
  test('portal: the timeline has every year of the period and every deadline; the list shows 20 of all tasks', async () => {
    const { page } = await demo.visit('portal.html');
    const groups = deadlinesByYear(program);
    expect(await shadowTexts(page, 'ct-deadline-timeline', '[part~="year"] .year-number')).toEqual(groups.years.map(({ year }) => String(year)));
    const entries = groups.years.reduce((sum, { entries: list }) => sum + list.length, groups.annual.length + groups.undated.length);
    expect(await shadowTexts(page, 'ct-deadline-timeline', '[part~="entry"]')).toHaveLength(entries);
    expect(await shadowAttributes(page, 'ct-task-list', '[part~="task"]', 'id')).toEqual(program.tasks.slice(0, 20).map((task) => task.id));
    expect((await shadowTexts(page, 'ct-task-list', '[part~="summary"]'))[0]).toContain(String(program.tasks.length));
    await page.context().close();
  });

  test('portal: as of 2026 the "now" lines name the successor, and Sở Tài chính\'s card shows the tasks it inherited', async () => {
    const { page } = await demo.visit('portal.html');
    await page.waitForFunction(() => document.querySelector('#now-card')?.shadowRoot?.querySelector('[part~="inherited"]'));
    await page.waitForFunction(() => document.querySelector('#now-list')?.shadowRoot?.querySelector('[part~="now"]'));
    expect((await shadowTexts(page, '#now-list', '[part~="now"]'))[0]).toContain('nay là Sở Tài chính tỉnh Lâm Đồng');
    const own = new Set(filterTasks(program, { agency: 'so-tai-chinh' }).map((task) => task.id));
    const inherited = filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu' }).filter((task) => !own.has(task.id));
    expect(await shadowTexts(page, '#now-card', '[part~="inherited-tasks"] li')).toHaveLength(inherited.length);
    expect(await shadowTexts(page, '#now-card', '[part~="issuer-now"]')).toEqual([expect.stringContaining('Ủy ban nhân dân tỉnh Lâm Đồng')]);
    await page.context().close();
  });

  test('agency page: the card counts and both task lists match the queries', async () => {
    const { page } = await demo.visit('agency.html');
    const workload = agencyWorkload(program, 'so-cong-thuong')!;
    const counts = await shadowTexts(page, 'ct-agency-card', '[part~="count"]');
    expect(counts.map((text) => Number(text.match(/\d+/)![0]))).toEqual([workload.lead, workload.coordinating, workload.responsible]);
    expect(await shadowAttributes(page, '#lead-slot ct-task-list', '[part~="task"]', 'id')).toEqual(
      filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' }).map((task) => task.id),
    );
    expect(await shadowAttributes(page, '#responsible-slot ct-task-list', '[part~="task"]', 'id')).toEqual(
      filterTasks(program, { agency: 'so-cong-thuong', role: 'responsible' }).map((task) => task.id),
    );
    await page.context().close();
  });

  test('agency page: the sample overlays\' statuses, as core\'s applyStatus judges the same files as of the same date', async () => {
    const report = sampleReport();
    // The samples cover every timeliness class, with one conflict between two agencies, and say they are invented.
    expect(TIMELINESS.filter((level) => report.counts[level] === 0)).toEqual([]);
    expect(report.conflicts).toHaveLength(1);
    expect(report.issues).toEqual([]);
    for (const overlay of sampleOverlays()) {
      expect(overlay.reporter).toContain('DỮ LIỆU MẪU');
      for (const entry of overlay.entries as Array<{ note: string }>) expect(entry.note).toContain('Dữ liệu mẫu');
    }

    const { page } = await demo.visit('agency.html');
    const progress = new Map(report.tasks.map((item) => [item.task.id, item]));
    for (const slot of ['#lead-slot', '#responsible-slot']) {
      const shown = await page.$eval(`${slot} ct-task-list`, (list) =>
        [...list.shadowRoot!.querySelectorAll('[part~="task"]')].map((task) => ({
          id: task.id,
          status: task.querySelector('[part~="status-badge"]')!.classList.item(2),
          timeliness: task.querySelector('[part~="timeliness-badge"]')!.classList.item(2),
        })),
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(shown.map(({ id }) => ({ id, status: progress.get(id)!.status ?? 'unreported', timeliness: progress.get(id)!.timeliness })));
    }

    const mine = filterTasks(program, { agency: 'so-cong-thuong' }).map((task) => progress.get(task.id)!);
    const counts = await page.$eval('ct-agency-card', (card) =>
      [...card.shadowRoot!.querySelectorAll('[part~="timeliness-count"]')].map((count) => [count.classList.item(1), Number(count.querySelector('dd')!.textContent)]),
    );
    expect(counts).toEqual(TIMELINESS.map((level) => [level, mine.filter((item) => item.timeliness === level).length]));

    // Each widget tells the visitor in one calm line; the details, naming the task, go to the console.
    for (const host of ['ct-agency-card', '#lead-slot ct-task-list', '#responsible-slot ct-task-list']) {
      const shown = await shadowTexts(page, host, '[part~="problems"]');
      expect(shown).toHaveLength(1);
      expect(shown[0]).not.toMatch(/https?:|entries\[|task-/);
    }
    await page.context().close();
  });

  test('agency page: a visitor filters the overdue tasks and downloads them for Excel', async () => {
    const report = sampleReport();
    const { page } = await demo.visit('agency.html');
    const list = page.locator('#lead-slot ct-task-list');
    await list.locator('select[name="status"]').selectOption('open-overdue');
    const lead = new Set(filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' }).map((task) => task.id));
    const overdue = report.tasks.filter((item) => item.timeliness === 'open-overdue' && lead.has(item.task.id)).map((item) => item.task.id);
    expect(overdue.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (count) => document.querySelector('#lead-slot ct-task-list')!.shadowRoot!.querySelectorAll('[part~="task"]').length === count,
      overdue.length,
    );
    expect(await shadowAttributes(page, '#lead-slot ct-task-list', '[part~="task"]', 'id')).toEqual(overdue);
    const [download] = await Promise.all([page.waitForEvent('download'), list.locator('[part~="download-button"][data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('nhiem-vu-so-cong-thuong-lead-open-overdue.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(overdue.length + 1);
    for (const id of overdue) expect(csv).toContain(id);
    await page.context().close();
  });

  test('investors page: English names and an English interface', async () => {
    const { page } = await demo.visit('investors.html');
    const ids = await page.$$eval('ct-agency-card', (cards) => cards.map((card) => card.getAttribute('agency')!));
    const names = await page.$$eval('ct-agency-card', (cards) => cards.map((card) => card.shadowRoot!.querySelector('[part~="name-en"]')!.textContent!.trim()));
    expect(names).toEqual(ids.map((id) => program.agencies.find((agency) => agency.id === id)!.nameEn));
    const base = await page.$eval('ct-agency-card', (card) => card.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'));
    expect(base).toBe('en');
    const timelineYears = deadlinesByYear(program, { agency: 'so-ke-hoach-va-dau-tu' }).years;
    expect(await shadowTexts(page, 'ct-deadline-timeline', '[part~="entry"]')).toHaveLength(timelineYears.reduce((sum, { entries }) => sum + entries.length, 0));
    await page.context().close();
  });

  test('CSP page: every widget renders, search included, with zero CSP violations', async () => {
    const { page, cspViolations, problems } = await demo.visit('csp.html');
    const response = await page.request.get(demo.url('csp.html'));
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => document.querySelector('ct-task-list')!.shadowRoot!.querySelector('[part~="task"]'));
    const expected = search(program, 'chuyển đổi số', { limit: 10 }).map((result) => result.task.id);
    expect(await shadowAttributes(page, 'ct-task-list', '[part~="task"]', 'id')).toEqual(expected);
    expect(await shadowTexts(page, 'ct-task-list', 'mark')).not.toEqual([]);
    expect(await shadowTexts(page, 'ct-agency-card', '[part~="name"]')).toEqual(['Sở Thông tin và Truyền thông']);
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
