import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import {
  agencyWorkload,
  agencyWorkloads,
  deadlinesByYear,
  filterTasks,
  getBlock,
  referencesWithTasks,
  resolveArea,
  roleIn,
  suggestAgencies,
  taskDetails,
  validateFilter,
} from '../src/index.js';

const blockOf = (taskBlockId: string) => getBlock(program, taskBlockId)!;

describe('filterTasks', () => {
  test('without a filter returns every task in document order', () => {
    expect(filterTasks(program)).toEqual(program.tasks);
  });

  test('by agency returns exactly the tasks of blocks that name it', () => {
    const tasks = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks).toEqual(program.tasks.filter((task) => roleIn(blockOf(task.blockId), 'so-cong-thuong')));
  });

  test('by agency and role splits its tasks by role', () => {
    const all = filterTasks(program, { agency: 'so-thong-tin-va-truyen-thong' });
    const lead = filterTasks(program, { agency: 'so-thong-tin-va-truyen-thong', role: 'lead' });
    const coordinating = filterTasks(program, { agency: 'so-thong-tin-va-truyen-thong', role: 'coordinating' });
    expect(lead.length + coordinating.length).toBe(all.length);
    expect(coordinating.map((task) => task.blockId)).toEqual(coordinating.map(() => 'block-5'));
    expect(filterTasks(program, { agency: 'so-thong-tin-va-truyen-thong', role: ['lead', 'coordinating'] })).toEqual(all);
  });

  test('allAgencies selects the generic blocks, and adds them to an agency', () => {
    const generic = filterTasks(program, { allAgencies: true });
    expect(generic.every((task) => blockOf(task.blockId).scope.allAgencies)).toBe(true);
    const own = filterTasks(program, { agency: 'so-y-te' });
    const both = filterTasks(program, { agency: 'so-y-te', allAgencies: true });
    expect(both).toHaveLength(own.length + generic.length);
  });

  test('by area or section, in any of the ways people name them', () => {
    const section = filterTasks(program, { area: '1.2' });
    expect(section.every((task) => blockOf(task.blockId).sectionId === 'section-1-2')).toBe(true);
    expect(filterTasks(program, { area: 'section-1-2' })).toEqual(section);
    const area = filterTasks(program, { area: 1 });
    expect(filterTasks(program, { area: '1' })).toEqual(area);
    expect(filterTasks(program, { area: 'area-1' })).toEqual(area);
    expect(area.length).toBeGreaterThan(section.length);
    expect(filterTasks(program, { area: '11' })).toEqual([]);
  });

  test('by deadline year counts year deadlines and conditional ones expected that year', () => {
    const in2021 = filterTasks(program, { year: 2021 });
    expect(in2021.every((task) => task.deadlines.some((d) => d.year === 2021))).toBe(true);
    expect(in2021.map((task) => task.id)).toContain('task-1-3-1');
    expect(filterTasks(program, { year: 2023 })).toEqual([]);
  });

  test('by deadline kind and by reference', () => {
    expect(filterTasks(program, { deadlineKind: 'annual' }).map((task) => task.id)).toEqual(['task-8-a-2']);
    expect(filterTasks(program, { reference: 'nghi-quyet-08-nq-tw' }).map((task) => task.id)).toEqual(['task-1-2-a-1']);
  });

  test('combines fields with AND', () => {
    const tasks = filterTasks(program, { agency: 'so-noi-vu', role: 'lead', year: 2021 });
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(roleIn(blockOf(task.blockId), 'so-noi-vu')).toBe('lead');
      expect(task.deadlines.some((d) => d.year === 2021)).toBe(true);
    }
  });
});

describe('lookups', () => {
  test('resolveArea reads numbers and ids and rejects the rest', () => {
    expect(resolveArea(program, '6.4')).toMatchObject({ area: { id: 'area-6' }, section: { id: 'section-6-4' } });
    expect(resolveArea(program, 9)).toMatchObject({ area: { id: 'area-9' }, section: null });
    expect(resolveArea(program, '9.1')).toBeUndefined();
    expect(resolveArea(program, 'nông nghiệp')).toBeUndefined();
  });

  test('taskDetails gathers block, place, agencies and references', () => {
    const details = taskDetails(program, 'task-5-1')!;
    expect(details.block.id).toBe('block-5');
    expect(details.area.number).toBe(5);
    expect(details.section).toBeNull();
    expect(details.agencies.map(({ agency, role }) => `${agency.id}:${role}`)).toEqual([
      'so-khoa-hoc-va-cong-nghe:lead',
      'so-thong-tin-va-truyen-thong:coordinating',
    ]);
    expect(taskDetails(program, 'task-10-2-a-2')!.references.map((r) => r.number)).toContain('107/2020/NĐ-CP');
    expect(taskDetails(program, 'task-404')).toBeUndefined();
  });
});

describe('workload', () => {
  test('counts each role as filterTasks does', () => {
    for (const workload of agencyWorkloads(program)) {
      const id = workload.agency.id;
      expect(workload.lead).toBe(filterTasks(program, { agency: id, role: 'lead' }).length);
      expect(workload.coordinating).toBe(filterTasks(program, { agency: id, role: 'coordinating' }).length);
      expect(workload.responsible).toBe(filterTasks(program, { agency: id, role: 'responsible' }).length);
      expect(workload.total).toBe(filterTasks(program, { agency: id }).length);
    }
  });

  test('lists the areas an agency works in, and is sorted busiest first', () => {
    expect(agencyWorkload(program, 'so-cong-thuong')!.areas.map((area) => area.number)).toEqual([1, 3, 8, 9]);
    const leads = agencyWorkloads(program).map((workload) => workload.lead);
    expect(leads).toEqual([...leads].sort((a, b) => b - a));
    expect(agencyWorkload(program, 'so-khong-co')).toBeUndefined();
  });
});

describe('deadlinesByYear', () => {
  test('has a group for every year of the period and keeps annual and undated apart', () => {
    const groups = deadlinesByYear(program);
    expect(groups.years.map((group) => group.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const all = program.tasks.flatMap((task) => task.deadlines);
    expect(groups.years.flatMap((group) => group.entries).length + groups.annual.length + groups.undated.length).toBe(all.length);
    expect(groups.annual.map((entry) => entry.task.id)).toEqual(['task-8-a-2']);
    expect(groups.undated.map((entry) => entry.deadline.kind)).toEqual(['conditional']);
  });

  test('takes the same filter as filterTasks', () => {
    const groups = deadlinesByYear(program, { agency: 'so-noi-vu' });
    const tasks = new Set(filterTasks(program, { agency: 'so-noi-vu' }).map((task) => task.id));
    for (const entry of groups.years.flatMap((group) => group.entries)) expect(tasks.has(entry.task.id)).toBe(true);
  });
});

test('referencesWithTasks lists the citing tasks of every reference', () => {
  const list = referencesWithTasks(program);
  expect(list.map((item) => item.reference.id)).toEqual(program.references.map((reference) => reference.id));
  expect(list[0]!.tasks).toEqual([]);
  for (const { reference, tasks } of list.slice(1)) {
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expect(task.referenceIds).toContain(reference.id);
  }
});

describe('validateFilter', () => {
  test('a valid filter has no problems', () => {
    expect(validateFilter(program, { agency: 'so-y-te', role: 'lead', area: '6.1', year: 2021 })).toEqual([]);
  });

  test('names each bad field with what would be valid', () => {
    const problems = validateFilter(program, {
      agency: 'so-cong-thong',
      role: 'boss' as never,
      area: '11',
      year: 2030,
      reference: 'nghi-quyet-99',
    });
    expect(problems.map((problem) => problem.code)).toEqual([
      'unknown-agency',
      'unknown-role',
      'unknown-area',
      'year-outside-period',
      'unknown-reference',
    ]);
    expect(problems[0]).toMatchObject({ value: 'so-cong-thong' });
    expect(problems[0]!.field === 'agency' && problems[0]!.suggestions[0]!.id).toBe('so-cong-thuong');
    expect(problems[2]).toMatchObject({ allowed: expect.arrayContaining(['1', '1.2', '10.3']) });
    expect(problems[3]).toMatchObject({ period: { start: 2021, end: 2025 } });
  });
});

test('suggestAgencies finds an agency from a mistyped id or its Vietnamese name', () => {
  expect(suggestAgencies(program, 'so-cong-thong')[0]!.id).toBe('so-cong-thuong');
  expect(suggestAgencies(program, 'Sở Y Tế')[0]!.id).toBe('so-y-te');
  expect(suggestAgencies(program, 'cong-an')[0]!.id).toBe('cong-an-tinh');
  expect(suggestAgencies(program, 'x', 2)).toHaveLength(2);
});

test('agency suggestions for a megabyte of input read only what could match a name', () => {
  const typo = 'so-cong-thong';
  expect(suggestAgencies(program, `${typo}${'x'.repeat(1_000_000)}`)).toEqual(suggestAgencies(program, `${typo}${'x'.repeat(107)}`));
});
