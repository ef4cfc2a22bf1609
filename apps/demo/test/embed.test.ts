import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { program } from '@chuongtrinh/core/data';
import { filterTasks } from '@chuongtrinh/core';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useDemo, waitForWidgets } from './harness.js';

const demo = useDemo();

const taskIds = (page: Page, host: string) =>
  page.$eval(host, (element) => [...element.shadowRoot!.querySelectorAll('[part~="task"]')].map((task) => task.id));

test('the snippet the builder gives, pasted into a fresh HTML file, renders the widget it previewed', async () => {
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

  const file = fileURLToPath(new URL(`../dist/snippet-${process.pid}.html`, import.meta.url));
  writeFileSync(file, `<!doctype html>\n<html>\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Snippet</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`);
  try {
    const pasted = await demo.visit(`snippet-${process.pid}.html`);
    const expected = filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' }).map((task) => task.id);
    expect(await taskIds(pasted.page, 'ct-task-list')).toEqual(expected);
    expect(previewed).toEqual(expected);
    const look = await pasted.page.$eval('ct-task-list', (element) => ({
      lang: element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'),
      accent: getComputedStyle(element.shadowRoot!.querySelector('[part~="permalink"]')!).color,
    }));
    expect(look).toEqual({ lang: 'en', accent: 'rgb(183, 28, 28)' });
    expect(pasted.problems).toEqual([]);
    await pasted.page.context().close();
  } finally {
    rmSync(file);
  }
  expect(problems).toEqual([]);
  await page.context().close();
});
