import { applyStatus, filterTasks, matchesStatus, search, suggestQuery, taskDetails, validateFilter, type Program, type TaskFilter } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { deadlineJudgements } from '@chuongtrinh/core/progress';
import { formatDeadline, formatDeadlines, taskTitle } from '@chuongtrinh/core/format';
import { describe, expect, test } from 'vitest';
import { AS_OF, everyClass, overlay } from '../../test/overlays.js';
import type { StatusView } from '../shared/status-view.js';
import { PAGE_SIZE, sameInputs, taskListView, type SearchPart, type TaskListInputs } from './task-list-view.js';

const core: SearchPart = { search, suggestQuery };

function inputs(fields: Partial<TaskListInputs> = {}, of: Program = program): TaskListInputs {
  return {
    program: of,
    statusView: undefined,
    language: 'vi',
    agency: undefined,
    agencyRole: undefined,
    area: undefined,
    year: undefined,
    status: undefined,
    query: undefined,
    limit: undefined,
    yearAttribute: null,
    limitAttribute: null,
    withStatusSrc: false,
    searchPart: undefined,
    searchReady: true,
    searchFailure: undefined,
    searchFailedFor: undefined,
    searchIndexFailure: undefined,
    exportFailure: undefined,
    successionView: undefined,
    successionProblems: [],
    filteredByVisitor: false,
    pages: 1,
    ...fields,
  };
}

function statusView(): { view: StatusView; tasks: ReturnType<typeof everyClass>['tasks'] } {
  const { tasks, entries } = everyClass();
  const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
  return { view: { report, byTask: new Map(report.tasks.map((progress) => [progress.task.id, progress])) }, tasks };
}

const ids = (tasks: ReadonlyArray<{ task: { id: string } }> | undefined) => tasks?.map(({ task }) => task.id);

describe('taskListView', () => {
  test('without filters: every task core has, the first page shown with core\'s title, place and deadlines', () => {
    const view = taskListView(inputs());
    expect(view.problems).toEqual([]);
    expect(view.blocked).toBe(false);
    expect(ids(view.matching)).toEqual(program.tasks.map((task) => task.id));
    expect(view.pageSize).toBe(PAGE_SIZE);
    expect(ids(view.shown)).toEqual(program.tasks.slice(0, PAGE_SIZE).map((task) => task.id));
    for (const { task, lines } of view.shown!) {
      const { title, body } = taskTitle(task.text);
      const details = taskDetails(program, task)!;
      expect(lines).toMatchObject({ title, body, bodyStart: task.text.length - body.length, agencies: details.agencies });
      expect(lines.deadlines).toBe(task.deadlines.length > 0 ? formatDeadlines(task.deadlines, 'vi') : undefined);
      expect(task.text.slice(lines.bodyStart)).toBe(body);
    }
    expect(taskListView(inputs({ language: 'en' })).shown![0]!.lines.deadlines).toBe(formatDeadlines(program.tasks[0]!.deadlines, 'en'));
  });

  test('filters are core\'s, pages add up, and a malformed limit shows the whole list', () => {
    const filter: TaskFilter = { agency: 'so-cong-thuong', year: 2021 };
    const filtered = filterTasks(program, filter).map((task) => task.id);
    const view = taskListView(inputs({ agency: filter.agency, year: filter.year, limit: 2, pages: 2 }));
    expect(ids(view.matching)).toEqual(filtered);
    expect(ids(view.shown)).toEqual(filtered.slice(0, 4));
    const whole = taskListView(inputs({ limit: 0, limitAttribute: '0' }));
    expect(whole.pageSize).toBeUndefined();
    expect(whole.shown).toHaveLength(program.tasks.length);
    expect(whole.problems).toEqual([{ code: 'malformed-attribute', field: 'limit', value: '0' }]);
  });

  test('a filter that cannot match blocks the list with core\'s problem', () => {
    const unknown = taskListView(inputs({ agency: 'so-khong-co' }));
    expect(unknown.blocked).toBe(true);
    expect(unknown.matching).toEqual([]);
    expect(unknown.problems).toEqual(validateFilter(program, { agency: 'so-khong-co' }));
    expect(taskListView(inputs({ year: 2021.5, yearAttribute: '2021.5' })).problems).toEqual([{ code: 'malformed-attribute', field: 'year', value: '2021.5' }]);
    expect(taskListView(inputs({ status: 'nearly' })).problems[0]).toMatchObject({ code: 'unknown-status', value: 'nearly' });
    expect(taskListView(inputs({ status: 'open-overdue' })).problems).toEqual([{ code: 'missing-attribute', field: 'status-src' }]);
    // With status-src but no usable overlays, the overlays' own problems say why.
    const noOverlays = taskListView(inputs({ status: 'open-overdue', withStatusSrc: true }));
    expect([noOverlays.blocked, noOverlays.problems]).toEqual([true, []]);
  });

  test('the progress filter is core\'s matchesStatus, and each task carries its deadlines\' timeliness', () => {
    const { view: status, tasks } = statusView();
    const view = taskListView(inputs({ statusView: status, status: 'open-overdue', withStatusSrc: true, limit: 1000 }));
    expect(ids(view.matching)).toEqual(program.tasks.filter((task) => matchesStatus(status.byTask.get(task.id), 'open-overdue')).map((task) => task.id));
    expect(ids(view.matching)).toContain(tasks.overdue.id);
    const overdue = view.shown!.find(({ task }) => task.id === tasks.overdue.id)!;
    const progress = status.byTask.get(tasks.overdue.id)!;
    expect(overdue.progress).toBe(progress);
    expect(overdue.judgedDeadlines).toEqual(
      tasks.overdue.deadlines.map((deadline) => ({ deadline: formatDeadline(deadline, 'vi'), judgements: deadlineJudgements(progress, deadline) })),
    );
  });

  test('a search: asks for the search part until it is loaded, then shows core\'s results with their highlights split at the title', () => {
    const waiting = taskListView(inputs({ query: ' chuyển đổi số ' }));
    expect([waiting.searchToLoad, waiting.matching, waiting.shown]).toEqual(['chuyển đổi số', undefined, undefined]);
    expect(taskListView(inputs({ query: 'chuyển đổi số', searchPart: core, searchReady: false })).searchToLoad).toBe('chuyển đổi số');
    const view = taskListView(inputs({ query: 'chuyển đổi số', searchPart: core, agency: 'so-thong-tin-va-truyen-thong' }));
    const results = search(program, 'chuyển đổi số', { filter: { agency: 'so-thong-tin-va-truyen-thong' } });
    expect(ids(view.matching)).toEqual(ids(results));
    for (const [index, item] of view.shown!.entries()) {
      const { highlights, excerpt } = results[index]!;
      const { title } = item.lines;
      const marked = (text: string, ranges: ReadonlyArray<readonly [number, number]>) => ranges.map(([start, end]) => text.slice(start, end));
      expect([...marked(title, item.titleMarks), ...marked(item.lines.body, item.bodyMarks)].join('|')).toBe(
        highlights.map(([start, end]) => item.task.text.slice(start, end)).join('|'),
      );
      expect(item.excerpt).toEqual(excerpt.text === item.task.text ? undefined : excerpt);
    }
  });

  test('a search that finds nothing gets core\'s suggestion; one a visitor typed is not a problem, one an attribute set is', () => {
    const view = taskListView(inputs({ query: 'chuyen doi s0', searchPart: core, filteredByVisitor: true }));
    expect([view.matching, view.problems, view.suggestion]).toEqual([[], [], suggestQuery(program, 'chuyen doi s0')]);
    expect(view.suggestion).toBeDefined();
    expect(taskListView(inputs({ query: 'chuyen doi s0', searchPart: core })).problems.map(({ code }) => code)).toEqual(['no-matches']);
  });

  test('a search part that failed: reported for the query it failed for, tried again for another', () => {
    const failed = taskListView(inputs({ query: 'điện', searchFailure: 'offline', searchFailedFor: 'điện' }));
    expect([failed.blocked, failed.problems, failed.searchToLoad]).toEqual([true, [{ code: 'search-unavailable', message: 'offline' }], undefined]);
    expect(taskListView(inputs({ query: 'nước', searchFailure: 'offline', searchFailedFor: 'điện' })).searchToLoad).toBe('nước');
  });

  test('a task\'s lines are worked out once; the agencies are sorted once per program', () => {
    const first = taskListView(inputs());
    const again = taskListView(inputs({ query: program.tasks[0]!.text.split(' ').slice(0, 3).join(' '), searchPart: core }));
    const item = again.shown!.find(({ task }) => task.id === program.tasks[0]!.id)!;
    expect(item.lines).toBe(first.shown![0]!.lines);
    expect(again.agencies).toBe(first.agencies);
    expect(first.agencies.map((agency) => agency.id)).toEqual([...program.agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((agency) => agency.id));
    expect(first.years).toEqual(Array.from({ length: program.period.end - program.period.start + 1 }, (_, index) => program.period.start + index));
  });

  test('sameInputs: equal values and the same objects', () => {
    const base = inputs();
    expect(sameInputs(base, { ...base })).toBe(true);
    expect(sameInputs(base, { ...base, query: 'điện' })).toBe(false);
    expect(sameInputs(base, { ...base, program: structuredClone(program) })).toBe(false);
  });
});
