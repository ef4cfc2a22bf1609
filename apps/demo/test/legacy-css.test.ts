import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { SCREENSHOTS, useDemo, waitForWidgets } from './harness.js';

const demo = useDemo();
const WIDGETS = [
  { slot: '#card-slot', element: 'ct-agency-card' },
  { slot: '#lead-slot', element: 'ct-task-list' },
] as const;
/** Share of pixels allowed to differ: anti-aliasing noise, not a leaked style. */
const TOLERANCE = 0.002;

/**
 * The widget's markup as the agency page has it, pasted into an otherwise empty page at the same
 * place and width (same sub-pixel offset too, so both screenshots fall on the same pixel grid).
 */
async function blankPageWith(page: Page, slot: string): Promise<Page> {
  const { markup, x, y, width } = await page.$eval(slot, (element) => {
    const box = element.getBoundingClientRect();
    return { markup: element.innerHTML, x: box.x + scrollX, y: box.y + scrollY, width: box.width };
  });
  const blank = await page.context().newPage();
  await blank.goto(demo.url('index.html'));
  await blank.setContent(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="widgets/chuongtrinh.js"></script></head>` +
      `<body><div id="slot" style="position:absolute;left:${x}px;top:${y}px;width:${width}px">${markup}</div>` +
      `<div style="height:${y + 4000}px"></div></body></html>`,
  );
  await waitForWidgets(blank);
  return blank;
}
const boxOf = (page: Page, selector: string) => page.$eval(selector, (element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
});

test.each(WIDGETS)('$element looks the same on the legacy page as on a blank page', async ({ slot, element }) => {
  const { page } = await demo.visit('agency.html');
  const blank = await blankPageWith(page, slot);
  expect(await boxOf(page, `${slot} ${element}`)).toEqual(await boxOf(blank, `#slot ${element}`));
  const legacy = PNG.sync.read(await page.locator(`${slot} ${element}`).screenshot());
  const plain = PNG.sync.read(await blank.locator(`#slot ${element}`).screenshot());
  expect({ width: legacy.width, height: legacy.height }).toEqual({ width: plain.width, height: plain.height });
  const diff = new PNG({ width: legacy.width, height: legacy.height });
  const different = pixelmatch(legacy.data, plain.data, diff.data, legacy.width, legacy.height, { threshold: 0.1 });
  writeFileSync(fileURLToPath(new URL(`legacy-diff-${element}.png`, SCREENSHOTS)), PNG.sync.write(diff));
  expect(different / (legacy.width * legacy.height)).toBeLessThanOrEqual(TOLERANCE);
  await page.context().close();
});

test("the page's own tables, lists, headings and links keep their styles when the widgets load", async () => {
  const styleOf = (page: Page) =>
    page.evaluate(() => {
      const pick = (selector: string) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [style.fontFamily, style.fontSize, style.color, style.borderTopWidth, style.padding, style.margin, style.listStyleType, style.lineHeight, style.textTransform].join('|');
      };
      return Object.fromEntries(['#host-table td', '#host-table th', '#host-list li', '#host-list a', 'h2', 'h3', 'p', 'body'].map((selector) => [selector, pick(selector)]));
    });
  const { page } = await demo.visit('agency.html');
  const withWidgets = await styleOf(page);
  const context = page.context();
  await context.route('**/widgets/**', (route) => route.abort());
  const bare = await context.newPage();
  await bare.goto(demo.url('agency.html'));
  expect(withWidgets).toEqual(await styleOf(bare));
  await context.close();
});
