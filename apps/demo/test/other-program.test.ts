import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deadlinesByYear, parseProgram } from '@chuongtrinh/core';
import { describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS, useDemo, VIEWPORTS } from './harness.js';

const demo = useDemo();
const text = readFileSync(new URL('../../../packages/core/test/fixtures/programs/bac-ninh-kh-141-2025.txt', import.meta.url), 'utf8');
const { program } = parseProgram(text);

describe('bac-ninh.html: another program through src=', () => {
  test('renders the parsed plan: its tasks, the justice department card and the deadlines, with no problems', async () => {
    const { page, problems } = await demo.visit('bac-ninh.html');
    expect(problems).toEqual([]);
    const count = (host: string, selector: string) => page.$eval(host, (element, inner) => element.shadowRoot!.querySelectorAll(inner).length, selector);
    expect(await count('ct-task-list', '[part~="task"]')).toBe(Math.min(program.tasks.length, 20));
    const card = await page.$eval('ct-agency-card', (element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(card).toContain('Sở Tư pháp');
    const groups = deadlinesByYear(program);
    const timeline = await page.$eval('ct-deadline-timeline', (element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(groups.ongoing.length).toBeGreaterThan(0);
    expect(timeline).toContain(`Thường xuyên: ${groups.ongoing.length}`);
    expect(await axeViolations(page)).toEqual([]);
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const shot = await demo.visit('bac-ninh.html', { viewport });
      await shot.page.screenshot({ path: fileURLToPath(new URL(`bac-ninh-${name}.png`, SCREENSHOTS)), fullPage: true });
      await shot.page.context().close();
    }
    await page.context().close();
  });
});
