import { fileURLToPath } from 'node:url';
import { program } from '@chuongtrinh/core/data';
import { agencyWorkload, deadlinesByYear, filterTasks, search } from '@chuongtrinh/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS, useDemo, VIEWPORTS } from './harness.js';

const demo = useDemo();
const PAGES = ['index.html', 'portal.html', 'agency.html', 'investors.html', 'csp.html', 'embed.html'];

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
    expect(problems).toEqual([]);
    if (path !== 'index.html') expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('is captured at desktop and phone widths for people to look at', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { page } = await demo.visit(path, { viewport });
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
