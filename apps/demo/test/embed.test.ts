import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { program } from '@chuongtrinh/core/data';
import { filterTasks } from '@chuongtrinh/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS, useDemo, waitForWidgets } from './harness.js';

const demo = useDemo();

const taskIds = (page: Page, host: string) =>
  page.$eval(host, (element) => [...element.shadowRoot!.querySelectorAll('[part~="task"]')].map((task) => task.id));

test('the snippet the builder gives, pasted into a page with a strict CSP (style-src \'self\') beside its colour file, renders the widget it previewed in its colours', async () => {
  const { page, problems } = await demo.visit('embed.html');
  // The builder's own form: the preview's task list has fields of the same names.
  const builder = page.locator('ct-embed-builder [part~="form"]');
  await builder.locator('select[name="agency"]').selectOption('so-cong-thuong');
  await builder.locator('select[name="agency-role"]').selectOption('lead');
  await builder.locator('select[name="lang"]').selectOption('en');
  await builder.locator('input[name="--ct-color-accent"]').fill('#b71c1c');
  await waitForWidgets(page);
  const snippet = await page.locator('ct-embed-builder [part~="snippet"]').inputValue();
  expect(snippet).toMatch(new RegExp(`^<script type="module" src="${demo.url('widgets/chuongtrinh.js')}"></script>\\n`));
  const previewed = await page.evaluate(() => {
    const list = document.querySelector('ct-embed-builder')!.shadowRoot!.querySelector('ct-task-list')!;
    return [...list.shadowRoot!.querySelectorAll('[part~="task"]')].map((task) => task.id);
  });

  // The webmaster saves the colour file beside the script, as the builder says.
  expect(snippet).toContain(`<link rel="stylesheet" href="${demo.url('widgets/chuongtrinh-theme.css')}">`);
  expect(snippet).not.toContain('<style');
  const theme = await page.locator('ct-embed-builder [part~="theme"] textarea').inputValue();
  const themeFile = fileURLToPath(new URL('../dist/widgets/chuongtrinh-theme.css', import.meta.url));
  writeFileSync(themeFile, theme);
  // Served with STRICT_CSP (script-src 'self'; style-src 'self'…); the inline style attribute is
  // the control that shows the policy is in force.
  const name = `csp-snippet-${process.pid}.html`;
  const file = fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
  writeFileSync(
    file,
    `<!doctype html>\n<html>\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Snippet</title></head>\n<body>\n<p id="control" style="color: rgb(0, 128, 0)">control</p>\n${snippet}\n</body>\n</html>\n`,
  );
  try {
    const pasted = await demo.visit(name);
    expect((await pasted.page.request.get(demo.url(name))).headers()['content-security-policy']).toContain("style-src 'self'");
    expect(await pasted.page.$eval('#control', (element) => getComputedStyle(element).color)).not.toBe('rgb(0, 128, 0)');
    expect(pasted.cspViolations).toEqual(['style-src-attr blocked inline']);
    expect(pasted.problems).toEqual([expect.stringMatching(/^console\.error: Applying inline style violates .*style-src 'self'/)]);
    const expected = filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' }).map((task) => task.id);
    expect(await taskIds(pasted.page, 'ct-task-list')).toEqual(expected);
    // The preview shows the first tasks only; the pasted list shows them all.
    expect(previewed.length).toBeLessThan(expected.length);
    expect(previewed).toEqual(expected.slice(0, previewed.length));
    const look = await pasted.page.$eval('ct-task-list', (element) => ({
      lang: element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'),
      property: getComputedStyle(element).getPropertyValue('--ct-color-accent').trim(),
      accent: getComputedStyle(element.shadowRoot!.querySelector('[part~="permalink"]')!).color,
    }));
    expect(look).toEqual({ lang: 'en', property: '#b71c1c', accent: 'rgb(183, 28, 28)' });
    await pasted.page.context().close();
  } finally {
    rmSync(file);
    rmSync(themeFile);
  }
  expect(problems).toEqual([]);
  await page.context().close();
});

/** How far the page scrolls sideways (0: it fits its viewport). */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// WCAG 1.4.10: content reflows at 320 CSS px, and at 200 % zoom of a 1280 px window (640 CSS px,
// the same layout as a 640 px viewport at twice the pixel density).
describe.each([
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200 %', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
])('the builder at $name', ({ viewport, deviceScaleFactor }) => {
  test('never scrolls sideways, whatever is chosen, and axe finds nothing', async () => {
    const { page, problems } = await demo.visit('embed.html', { viewport, deviceScaleFactor });
    const builder = page.locator('ct-embed-builder');
    const form = builder.locator('[part~="form"]');
    const seen: Record<string, number> = { default: await sidewaysScroll(page) };
    await form.locator('select[name="agency"]').selectOption('so-cong-thuong');
    await form.locator('input[name="--ct-color-accent"]').fill('#b71c1c');
    // Two overlays by their full addresses: long words in the code box.
    await form.locator('input[name="status-src"]').fill(`${demo.url('data/so-cong-thuong.json')} ${demo.url('data/so-noi-vu.json')}`);
    await waitForWidgets(page);
    seen['agency, colour, long overlay URL'] = await sidewaysScroll(page);
    for (const form of ['iframe', 'html'] as const) {
      await builder.locator(`input[name="form"][value="${form}"]`).check();
      await waitForWidgets(page);
      seen[form] = await sidewaysScroll(page);
    }
    await builder.locator('input[name="form"][value="script"]').check();
    for (const widget of ['ct-agency-card', 'ct-deadline-timeline'] as const) {
      await builder.locator(`input[name="widget"][value="${widget}"]`).check();
      await waitForWidgets(page);
      seen[widget] = await sidewaysScroll(page);
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((state) => [state, 0])));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

test('on a phone (375 px) the copy button is in the first screen, above the form and the preview', async () => {
  const { page, problems } = await demo.visit('embed.html', { viewport: { width: 375, height: 667 } });
  const copy = (await page.locator('ct-embed-builder [part~="copy-button"]').boundingBox())!;
  expect(copy.y + copy.height).toBeLessThanOrEqual(667);
  const form = (await page.locator('ct-embed-builder [part~="form"]').boundingBox())!;
  expect(copy.y).toBeLessThan(form.y);
  await page.screenshot({ path: fileURLToPath(new URL('embed-builder-375.png', SCREENSHOTS)), fullPage: false });
  expect(problems).toEqual([]);
  await page.context().close();
});

test('at 1280 px the code and its copy button stay in view beside the form while the visitor scrolls the preview', async () => {
  const { page, problems } = await demo.visit('embed.html');
  const builder = page.locator('ct-embed-builder');
  const preview = builder.locator('[part~="preview"]');
  await preview.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const copy = (await builder.locator('[part~="copy-button"]').boundingBox())!;
  const shown = (await preview.boundingBox())!;
  // The page has scrolled past the form: the preview's end is at the bottom of the window.
  expect(shown.y).toBeLessThan(0);
  expect([copy.y >= 0, copy.y + copy.height <= 900]).toEqual([true, true]);
  // Beside the preview, not above it.
  expect(copy.x).toBeGreaterThan(shown.x + shown.width);
  await page.screenshot({ path: fileURLToPath(new URL('embed-builder-1280-scrolled.png', SCREENSHOTS)) });
  expect(problems).toEqual([]);
  await page.context().close();
});

test('the builder itself works under the strict CSP: its preview takes the chosen colour through the CSSOM, without a violation', async () => {
  const name = `csp-builder-${process.pid}.html`;
  const file = fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
  writeFileSync(file, readFileSync(new URL('../dist/embed.html', import.meta.url)));
  try {
    const { page, problems, cspViolations } = await demo.visit(name);
    expect((await page.request.get(demo.url(name))).headers()['content-security-policy']).toContain("style-src 'self'");
    await page.locator('ct-embed-builder input[name="--ct-color-accent"]').fill('#b71c1c');
    await waitForWidgets(page);
    const accent = await page.evaluate(() => {
      const list = document.querySelector('ct-embed-builder')!.shadowRoot!.querySelector('.preview-frame ct-task-list')!;
      return getComputedStyle(list.shadowRoot!.querySelector('[part~="permalink"]')!).color;
    });
    expect(accent).toBe('rgb(183, 28, 28)');
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  } finally {
    rmSync(file);
  }
});
