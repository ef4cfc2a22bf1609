import { program } from '@chuongtrinh/core/data';
import { filterTasks } from '@chuongtrinh/core';
import { taskTitle } from '@chuongtrinh/core/format';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useDemo } from './harness.js';

const demo = useDemo();
const agencyTasks = () => filterTasks(program, { agency: 'so-cong-thuong' });

test('prerendered page, JavaScript off: the tasks are on the page', async () => {
  const { page } = await demo.visit('prerendered.html', { javaScriptEnabled: false });
  const titles = await page.locator('ct-task-list [part~="task-title"]').allInnerTexts();
  expect(titles).toEqual(agencyTasks().slice(0, 10).map((task) => taskTitle(task.text).title));
  await page.context().close();
});

test('prerendered page, JavaScript on: no dataset request until a visitor searches, then the search works', async () => {
  const { page, problems } = await demo.visit('prerendered.html');
  // The page's own record of what it fetched, from the start of the load.
  const datasets = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.json')));
  await page.waitForLoadState('networkidle');
  expect(await datasets()).toEqual([]);
  await page.locator('ct-task-list [part~="search-input"]').fill('xuất khẩu');
  await expect.poll(() => page.locator('ct-task-list [part~="task"]').count()).toBeLessThan(10);
  expect(await datasets()).toEqual(['/widgets/binh-thuan-2021-2025.json']);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('iframe page: the resized frame fits its content; the frame without the script keeps its height', async () => {
  const { page, problems } = await demo.visit('iframe.html');
  const resized = page.frameLocator('#resized');
  await expect.poll(() => resized.locator('[part~="task"]').count()).toBe(agencyTasks().length);
  const content = await page.frame({ url: /ct-task-list\.html/ })!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(() => page.locator('#resized').evaluate((frame) => frame.getBoundingClientRect().height)).toBe(content);
  await expect.poll(() => page.frameLocator('#fixed').locator('[part~="name"]').innerText()).toBe('Sở Công Thương');
  expect(await page.locator('#fixed').evaluate((frame) => frame.getBoundingClientRect().height)).toBe(400);
  // The iframe pages are pages of their own: axe runs inside them (a Frame answers `evaluate` as a Page does).
  for (const frame of page.frames().slice(1)) expect(await axeViolations(frame as unknown as Page)).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('agency page: the card links to the agency\'s calendar and feed, which are served', async () => {
  const { page } = await demo.visit('agency.html');
  const links = await page.locator('ct-agency-card [part~="subscribe-link"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links).toEqual([demo.url('widgets/lich/so-cong-thuong.ics'), demo.url('widgets/tin/so-cong-thuong.xml')]);
  const [calendar, feed] = await Promise.all(links.map((link) => fetch(link).then((response) => response.text())));
  expect(calendar!.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  await page.context().close();
});
