import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { applyStatus, applyStatusAsync } from '../src/index.js';

const [first, second, third] = program.tasks.map((task) => task.id) as [string, string, string];
const yearly = program.tasks.find((task) => task.deadlines.some((deadline) => deadline.kind === 'annual'))!.id;

function overlay(entries: unknown[], extra: Record<string, unknown> = {}) {
  return { formatVersion: 1, programId: program.id, asOf: '2024-06-30', entries, ...extra };
}

/** `count` entries cycling through the tasks, with every `badEvery`-th one invalid. */
function many(count: number, badEvery: number) {
  const ids = program.tasks.map((task) => task.id);
  return Array.from({ length: count }, (_, i) => ({
    taskId: ids[i % ids.length],
    status: i % badEvery === 0 ? 'finished' : 'in-progress',
    updated: `2024-0${1 + (i % 6)}-01`,
  }));
}

describe('applyStatusAsync gives the report applyStatus gives', () => {
  const cases: Array<[string, unknown[], { asOf?: string; labels?: string[] }]> = [
    ['valid overlays', [overlay([{ taskId: first, status: 'done', updated: '2024-01-05', completedOn: '2023-12-31' }, { taskId: yearly, year: 2022, status: 'done', updated: '2022-12-20' }])], { asOf: '2024-12-31' }],
    [
      'invalid entries and overlays',
      [
        overlay([
          { taskId: first, status: 'finished', updated: '2024-01-05' },
          { taskId: 'task-9-9-9', status: 'done', updated: '2024-01-05' },
          { taskId: second, status: 'in-progress', updated: '2024-01-05', completedOn: '2024-01-01' },
          { taskId: third, status: 'done', updated: '2025-01-05' },
        ]),
        overlay([], { programId: 'other' }),
        'not an overlay',
      ],
      { labels: ['a.json', 'b.json', 'c.json'], asOf: '31/12/2024' },
    ],
    [
      'conflicting overlays, a tie included',
      [
        overlay([{ taskId: first, status: 'done', updated: '2024-03-01' }, { taskId: second, status: 'in-progress', updated: '2024-02-01' }], { reporter: 'so-y-te' }),
        overlay([{ taskId: first, status: 'cancelled', updated: '2024-03-01' }, { taskId: second, status: 'done', updated: '2024-04-01' }], { reporter: 'so-tai-chinh' }),
      ],
      {},
    ],
    ['a large overlay, a tenth of it invalid and most of the rest duplicates', [overlay(many(20_000, 10))], { asOf: '2024-12-31' }],
  ];

  test.each(cases)('%s', async (_name, overlays, options) => {
    const sync = applyStatus(program, overlays, options);
    expect(sync.issues.length + sync.accepted).toBeGreaterThan(0);
    await expect(applyStatusAsync(program, overlays, options)).resolves.toEqual(sync);
  });
});

describe('applyStatusAsync gives the event loop turns', () => {
  // 20,000 invalid entries take well over one 20 ms slice on any machine.
  const large = [overlay(many(20_000, 1))];

  test('a timer set before it starts fires before it finishes', async () => {
    const fired: string[] = [];
    setTimeout(() => fired.push('timer'), 0);
    await applyStatusAsync(program, large).then(() => fired.push('report'));
    expect(fired).toEqual(['timer', 'report']);
  });

  test('aborted meanwhile, it stops and rejects with the reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('superseded')), 0);
    await expect(applyStatusAsync(program, large, { signal: controller.signal })).rejects.toThrow('superseded');
  });

  test('aborted before, it does not start', async () => {
    await expect(applyStatusAsync(program, [overlay([])], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
