import { applyStatus, applyStatusAsync } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test } from 'vitest';
import { allowWarnings, mount, part, parts, settled, textOf } from '../../test/browser.js';
import { AS_OF, everyClass, overlay, served } from '../../test/overlays.js';
import '../index.js';
import type { CtTaskList } from '../task-list/task-list.js';
import { vi } from '../translations/vi.js';

/** The entries of `everyClass`, then `extra` entries on tasks that do not exist: far more than are judged at once. */
function large(extra: number) {
  const unknown = Array.from({ length: extra }, (_, index) => ({ taskId: `task-khong-co-${index}`, status: 'done', updated: '2022-01-05' }));
  return overlay([...everyClass().entries, ...unknown]);
}

const statusesShown = (list: CtTaskList) => parts(list, '[part~="task"]').map((task) => [task.id, textOf(task.querySelector('[part~="status-badge"]'))]);
const statusesOf = (report: ReturnType<typeof applyStatus>) => report.tasks.map((progress) => [progress.task.id, vi.statuses[progress.status ?? 'unreported']]);

/**
 * A task list on a large overlay, added after another list has loaded it: its first update has
 * the overlay and only judges it, behind the loading line.
 */
async function judgingList() {
  allowWarnings();
  const body = large(20_000);
  const src = served(body);
  await mount<CtTaskList>(`<ct-task-list status-src="${src}" as-of="${AS_OF}" limit="1"></ct-task-list>`);
  const list = document.createElement('ct-task-list');
  list.setAttribute('status-src', src);
  list.setAttribute('as-of', AS_OF);
  list.setAttribute('limit', String(program.tasks.length));
  // The problems' details are shown in the widget with `debug` only.
  list.toggleAttribute('debug', true);
  document.querySelector('main')!.append(list);
  await list.updateComplete;
  expect(list.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim()).toBe(vi.loadingStatus);
  return { body, src, list };
}

describe('large status overlays', () => {
  test('are judged in slices behind the loading line, then show what core reports', async () => {
    const { body, src, list } = await judgingList();
    await settled(list);
    const report = applyStatus(program, [body], { asOf: AS_OF, labels: [src] });
    expect(statusesShown(list)).toEqual(statusesOf(report));
    expect(parts(list, '[part~="problems"] li')).toHaveLength(10);
    expect(textOf(part(list, '[part~="problems"] .problems-more'))).toBe(vi.moreProblems(report.issues.length - 10));
  });

  test('a judgement superseded by another status-src is dropped', async () => {
    const { body, list } = await judgingList();
    const { entries } = everyClass();
    const small = overlay(entries.slice(0, 2));
    list.statusSrc = served(small);
    await settled(list);
    const expected = statusesOf(applyStatus(program, [small], { asOf: AS_OF }));
    expect(statusesShown(list)).toEqual(expected);
    // As long as the dropped judgement would have taken, and a frame more.
    await applyStatusAsync(program, [body], { asOf: AS_OF });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await list.updateComplete;
    expect(statusesShown(list)).toEqual(expected);
    expect(parts(list, '[part~="problems"]')).toEqual([]);
  });

  test('a judgement superseded by another as-of date gives way to one as of that date', async () => {
    const { body, src, list } = await judgingList();
    list.asOf = '2021-06-30';
    await settled(list);
    const report = applyStatus(program, [body], { asOf: '2021-06-30', labels: [src] });
    expect(parts(list, '[part~="task"]').map((task) => textOf(task.querySelector('[part~="timeliness-badge"]')))).toEqual(
      report.tasks.map((progress) => vi.timeliness[progress.timeliness]),
    );
  });
});
