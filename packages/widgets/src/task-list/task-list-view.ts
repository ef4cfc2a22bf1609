import type { Agency, Program, Role, SearchResult, Task, TaskFilter } from '@chuongtrinh/core';
import { formatDeadline, formatDeadlines, shortenAtWord, taskTitle } from '@chuongtrinh/core/format';
import { deadlineJudgements, isStatusFilter, matchesStatus, STATUS_FILTERS, type StatusFilter } from '@chuongtrinh/core/progress';
import { filterTasks, taskDetails, validateFilter, type TaskDetails } from '@chuongtrinh/core/query';
import type { DeadlineJudgement, TaskProgress } from '@chuongtrinh/core/status';
import { describeAttributes, type WidgetProblem } from '../shared/problems.js';
import type { StatusView } from '../shared/status-view.js';
import type { SuccessionView } from '../shared/succession-view.js';
import type { Language } from '../translations/translation.js';

/** Tasks per page when `limit` does not say: each "more tasks" click shows this many more. */
export const PAGE_SIZE = 20;
/** A body this long overflows four lines at any width the list is shown at (checked once rendered). */
const SURELY_CLAMPED = 600;
/** An area's or section's name above a task is cut at a word after this many characters. */
const AREA_NAME_MAX = 90;

type Ranges = ReadonlyArray<readonly [number, number]>;

/** A search result, or (without a search) a task alone. */
export type Match = { task: Task } & Partial<Pick<SearchResult, 'highlights' | 'excerpt'>>;

/** What the lazily loaded search part offers. */
export interface SearchPart {
  search(program: Program, query: string, options: { filter: TaskFilter }): Match[];
  suggestQuery(program: Program, query: string): string | undefined;
}

/** Everything the list's view depends on: a change of any of them (by identity) computes it again. */
export interface TaskListInputs {
  program: Program;
  statusView: StatusView | undefined;
  language: Language;
  agency: string | undefined;
  agencyRole: Role | undefined;
  area: string | undefined;
  year: number | undefined;
  status: string | undefined;
  query: string | undefined;
  limit: number | undefined;
  /** The `year` and `limit` attributes as written, to name a malformed one. */
  yearAttribute: string | null;
  limitAttribute: string | null;
  /** Whether `status-src` names overlays (the progress filter needs them). */
  withStatusSrc: boolean;
  /** The search part once loaded, and whether its index is ready for `program` (the prebuilt one, when there is one). */
  searchPart: SearchPart | undefined;
  searchReady: boolean;
  /** Why the search part last failed to load, and the query it failed for (another query tries again). */
  searchFailure: string | undefined;
  searchFailedFor: string | undefined;
  searchIndexFailure: string | undefined;
  exportFailure: string | undefined;
  /** Who carries each agency's work as of `as-of`, and what kept it from being known. */
  successionView: SuccessionView | undefined;
  successionProblems: readonly WidgetProblem[];
  /** A visitor set the filters (so that nothing matching is their business, not a problem to report). */
  filteredByVisitor: boolean;
  /** How many pages are shown. */
  pages: number;
}

/** What one task shows whatever the search: worked out once per task and language. */
export interface TaskLines {
  title: string;
  body: string;
  /** Where `body` starts in the task's text. */
  bodyStart: number;
  /** The task's section (or area), cut at a word. */
  place: string;
  /** The block's header standing for its agencies, when it names none. */
  blockHeader: string;
  agencies: TaskDetails['agencies'];
  /** The numbers of the documents it cites, joined; empty when it cites none. */
  references: string;
  /** Its deadlines in the language, or undefined when it has none. */
  deadlines: string | undefined;
  /** A body this long surely overflows its four lines (the guess until measured). */
  surelyClamped: boolean;
}

/** One task shown. */
export interface TaskItem {
  task: Task;
  lines: TaskLines;
  /** The search's highlights in the title and in the body (from its start). */
  titleMarks: Ranges;
  bodyMarks: Ranges;
  /** The part of the text around the match, when it is not the whole text. */
  excerpt: SearchResult['excerpt'] | undefined;
  /** Its status, and each dated deadline with its timeliness (with `status-src`). */
  progress: TaskProgress | undefined;
  judgedDeadlines: Array<{ deadline: string; judgements: DeadlineJudgement[] }>;
}

export interface TaskListView {
  problems: WidgetProblem[];
  /** A problem keeps the list from being shown at all. */
  blocked: boolean;
  /** Every task the filters select (what a download holds), or undefined while the search part loads. */
  matching: Match[] | undefined;
  /** The tasks to show: `matching` up to `pages` pages. */
  shown: TaskItem[] | undefined;
  /** Tasks per page: `limit`, or undefined (the whole list) when `limit` is malformed. */
  pageSize: number | undefined;
  /** For a search that finds nothing, a spelling that finds something. */
  suggestion: string | undefined;
  /** The query the search part (or its index) has to be loaded for before it can be shown. */
  searchToLoad: string | undefined;
  successionView: SuccessionView | undefined;
  /** The agencies sorted by name, and the years of the program, for the filter selects. */
  agencies: Agency[];
  years: number[];
}

/** The task list's view: core's filter or search of the program, its problems, and the tasks of the pages shown. */
export function taskListView(inputs: TaskListInputs): TaskListView {
  const { program, statusView } = inputs;
  const problems: WidgetProblem[] = [];
  const filter: TaskFilter = {};
  if (inputs.agency) filter.agency = inputs.agency;
  if (inputs.agencyRole) filter.role = inputs.agencyRole;
  if (inputs.area) filter.area = inputs.area;
  if (inputs.year !== undefined) {
    if (Number.isInteger(inputs.year)) filter.year = inputs.year;
    else problems.push({ code: 'malformed-attribute', field: 'year', value: inputs.yearAttribute ?? String(inputs.year) });
  }
  let statusFilter: StatusFilter | undefined;
  const status = inputs.status?.trim();
  if (status) {
    if (!isStatusFilter(status)) problems.push({ code: 'unknown-status', value: status, allowed: STATUS_FILTERS });
    else if (!inputs.withStatusSrc) problems.push({ code: 'missing-attribute', field: 'status-src' });
    else statusFilter = status;
  }
  problems.push(...validateFilter(program, filter), ...inputs.successionProblems);
  // A filter that cannot match is reported instead of being silently dropped or matching nothing.
  // A status filter without usable overlays cannot match either: their problems say why.
  let blocked = problems.length > 0 || (statusFilter !== undefined && !statusView);

  const query = inputs.query?.trim() ?? '';
  const { searchPart } = inputs;
  let matching: Match[] | undefined;
  let searchToLoad: string | undefined;
  if (blocked) matching = [];
  else if (query === '') matching = filterTasks(program, filter).map((task) => ({ task }));
  else if (searchPart && inputs.searchReady) matching = searchPart.search(program, query, { filter });
  // A search part that failed to load is tried again when the visitor searches for something else.
  else if (inputs.searchFailure === undefined || inputs.searchFailedFor !== query) searchToLoad = query;
  else {
    problems.push({ code: 'search-unavailable', message: inputs.searchFailure });
    blocked = true;
    matching = [];
  }
  if (matching && statusFilter && statusView) {
    const { byTask } = statusView;
    matching = matching.filter((match) => matchesStatus(byTask.get(match.task.id), statusFilter));
  }
  if (inputs.exportFailure !== undefined) problems.push({ code: 'export-unavailable', message: inputs.exportFailure });
  if (inputs.searchIndexFailure !== undefined) problems.push({ code: 'search-index-unavailable', message: inputs.searchIndexFailure });
  if (matching?.length === 0 && !blocked && !inputs.filteredByVisitor) {
    problems.push({
      code: 'no-matches',
      attributes: describeAttributes({
        agency: inputs.agency,
        'agency-role': inputs.agencyRole,
        area: inputs.area,
        year: inputs.year,
        status: inputs.status,
        query: inputs.query,
      }),
    });
  }
  // A malformed limit does not hide any task: the list is shown whole, and the limit reported.
  const { limit } = inputs;
  const malformedLimit = limit !== undefined && !(Number.isInteger(limit) && limit > 0);
  if (malformedLimit) problems.push({ code: 'malformed-attribute', field: 'limit', value: inputs.limitAttribute ?? String(limit) });
  const pageSize = malformedLimit ? undefined : (limit ?? PAGE_SIZE);
  const shown = pageSize === undefined ? matching : matching?.slice(0, pageSize * inputs.pages);
  return {
    problems,
    blocked,
    matching,
    shown: shown?.map((match) => taskItem(program, match, statusView, inputs.language)),
    pageSize,
    suggestion: searchPart && query !== '' && matching?.length === 0 && !blocked ? searchPart.suggestQuery(program, query) : undefined,
    searchToLoad,
    successionView: inputs.successionView,
    agencies: sortedAgencies(program),
    years: programYears(program),
  };
}

/** Whether two inputs give the same view: the same values, and the same objects. */
export function sameInputs(a: TaskListInputs, b: TaskListInputs): boolean {
  return (Object.keys(a) as Array<keyof TaskListInputs>).every((key) => Object.is(a[key], b[key]));
}

function taskItem(program: Program, { task, highlights = [], excerpt }: Match, statusView: StatusView | undefined, language: Language): TaskItem {
  const lines = taskLines(program, task, language);
  const progress = statusView?.byTask.get(task.id);
  return {
    task,
    lines,
    titleMarks: within(highlights, 0, lines.title.length),
    bodyMarks: within(highlights, lines.bodyStart, task.text.length),
    excerpt: excerpt !== undefined && excerpt.text !== task.text ? excerpt : undefined,
    progress,
    judgedDeadlines: progress
      ? task.deadlines.flatMap((deadline) => {
          const judgements = deadlineJudgements(progress, deadline);
          return judgements.length > 0 ? [{ deadline: formatDeadline(deadline, language), judgements }] : [];
        })
      : [],
  };
}

// Each keystroke of a search shows tasks already seen: their lines are worked out once. A task
// belongs to one program, so the task object is the key.
const linesCache = new WeakMap<Task, Partial<Record<Language, TaskLines>>>();

function taskLines(program: Program, task: Task, language: Language): TaskLines {
  const cached = linesCache.get(task) ?? {};
  linesCache.set(task, cached);
  return (cached[language] ??= newTaskLines(program, task, language));
}

function newTaskLines(program: Program, task: Task, language: Language): TaskLines {
  const details = taskDetails(program, task)!;
  const { title, body } = taskTitle(task.text);
  return {
    title,
    body,
    bodyStart: task.text.length - body.length,
    place: shortenAtWord(details.section?.title ?? details.area.title, AREA_NAME_MAX),
    // In the program the header introduces the block's list ("…được giao:"); here it stands alone.
    blockHeader: details.block.header.replace(/:\s*$/, ''),
    agencies: details.agencies,
    references: details.references.map((reference) => reference.number).join('; '),
    deadlines: task.deadlines.length > 0 ? formatDeadlines(task.deadlines, language) : undefined,
    surelyClamped: body.length > SURELY_CLAMPED,
  };
}

const agenciesCache = new WeakMap<Program, Agency[]>();

function sortedAgencies(program: Program): Agency[] {
  let sorted = agenciesCache.get(program);
  if (!sorted) agenciesCache.set(program, (sorted = [...program.agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi'))));
  return sorted;
}

function programYears({ period }: Program): number[] {
  return Array.from({ length: Math.max(0, period.end - period.start + 1) }, (_, index) => period.start + index);
}

/** The ranges of `ranges` inside `[from, to)`, shifted to start at `from`. */
function within(ranges: Ranges, from: number, to: number): Array<[number, number]> {
  return ranges.filter(([start, end]) => end > from && start < to).map(([start, end]) => [Math.max(start, from) - from, Math.min(end, to) - from]);
}
