import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { program } from '@chuongtrinh/core/data';
import { agencyTasks, applyStatus, buildReport, reportToCsv } from '@chuongtrinh/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS, sidewaysOverflow, useDemo, VIEWPORTS, waitForWidgets } from './harness.js';

const demo = useDemo();
const AGENCY = 'so-noi-vu';
const DATA = fileURLToPath(new URL('../pages/data/', import.meta.url));
const SAMPLES = readdirSync(DATA).filter((name) => name.endsWith('.json')).map((name) => `${DATA}${name}`);
const tasks = agencyTasks(program, AGENCY).map((item) => item.task);

const editor = (page: Page) => page.locator('ct-status-editor');
const task = (page: Page, index: number) => editor(page).locator(`fieldset[data-task="${tasks[index]!.id}"]`);

async function pickAgency(page: Page) {
  await editor(page).locator('select[name="agency"]').selectOption(AGENCY);
  await task(page, 0).waitFor();
}

describe('bao-cao-tien-do.html: an officer reports on the agency’s tasks', () => {
  test('statuses survive a reload, text typed survives a closed tab; axe finds nothing', async () => {
    const { page, problems } = await demo.visit('bao-cao-tien-do.html');
    await pickAgency(page);
    await task(page, 0).locator('select[name="status"]').selectOption('done');
    await task(page, 1).locator('select[name="status"]').selectOption('in-progress');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForWidgets(page);
    await pickAgency(page);
    expect(await task(page, 0).locator('select[name="status"]').inputValue()).toBe('done');
    expect(await task(page, 1).locator('select[name="status"]').inputValue()).toBe('in-progress');

    await task(page, 1).locator('textarea[name="note"]').pressSequentially('Đang lấy ý kiến');
    const context = page.context();
    await page.close(); // mid-typing: no blur, no change event
    const reopened = await context.newPage();
    await reopened.goto(demo.url('bao-cao-tien-do.html'));
    await waitForWidgets(reopened);
    await pickAgency(reopened);
    expect(await task(reopened, 1).locator('textarea[name="note"]').inputValue()).toBe('Đang lấy ý kiến');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('fits desktop and phone widths without scrolling sideways (and is captured)', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { page } = await demo.visit('bao-cao-tien-do.html', { viewport });
      await pickAgency(page);
      await task(page, 0).locator('select[name="status"]').selectOption('done');
      expect(await sidewaysOverflow(page), `at ${viewport.width} px`).toEqual({ overflow: 0, elements: [] });
      await page.screenshot({ path: fileURLToPath(new URL(`bao-cao-tien-do-${name}.png`, SCREENSHOTS)) });
      await page.context().close();
    }
  });
});

describe('tong-hop-bao-cao.html: the compiling department drops the overlays and downloads the report', () => {
  async function compile(page: Page, files: string[], format: string) {
    await page.locator('input[name="overlays"]').setInputFiles(files);
    await page.locator('select[name="format"]').selectOption(format);
  }

  test('a Word file and a CSV whose rows are core’s; the HTML preview prints on A4', async () => {
    const { page, problems } = await demo.visit('tong-hop-bao-cao.html', { acceptDownloads: true });
    await compile(page, SAMPLES, 'docx');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator('button[type="submit"]').click()]);
    expect(docx.suggestedFilename()).toBe('bao-cao-tong-hop-2024-12-31.docx');
    const bytes = readFileSync((await docx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const overlays = SAMPLES.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);
    const counts = applyStatus(program, overlays, { asOf: '2024-12-31' });
    await expect.poll(() => page.locator('#result').textContent()).toContain(`${program.tasks.length} nhiệm vụ`);
    expect(await page.locator('#result').textContent()).toContain(`${counts.tasks.filter((item) => item.entry === null && item.deadlines.every((d) => d.entry === null)).length} nhiệm vụ chưa có báo cáo`);

    await compile(page, SAMPLES, 'csv');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('button[type="submit"]').click()]);
    const expected = reportToCsv(program, buildReport(program, overlays, { asOf: '2024-12-31', labels: SAMPLES.map((file) => file.split('/').at(-1)!) }));
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(expected);

    await compile(page, SAMPLES, 'html');
    await Promise.all([page.waitForEvent('download'), page.locator('button[type="submit"]').click()]);
    const html = await page.locator('#preview').getAttribute('srcdoc');
    expect(html).toContain('SỞ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: fileURLToPath(new URL('tong-hop-bao-cao-desktop.png', SCREENSHOTS)), fullPage: true });
    // The report as printed: A4, each page an image for people to look at.
    const printed = await page.context().newPage();
    await printed.setContent(html!);
    await printed.pdf({ path: fileURLToPath(new URL('tong-hop-bao-cao-a4.pdf', SCREENSHOTS)), preferCSSPageSize: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('an overlay for another program: named, and no report', async () => {
    const { page } = await demo.visit('tong-hop-bao-cao.html', { acceptDownloads: true });
    const other = { name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ formatVersion: 1, programId: 'another-program', asOf: '2024-12-31', entries: [] })) };
    await page.locator('input[name="overlays"]').setInputFiles([other]);
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('#result [role="alert"]').textContent()).toContain('khac.json: programId: expected "binh-thuan-ctrhd-2021-2025", got "another-program"');
    expect(downloaded).toBe(false);
    await page.context().close();
  });
});
