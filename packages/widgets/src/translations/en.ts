import type { FetchFailure, WidgetProblem } from '../shared/problems.js';
import type { Translation } from './translation.js';
import { STATUS_NAMES, TIMELINESS_NAMES } from '@chuongtrinh/core/constants';
import { TRUSTED_TYPES_BLOCKED } from './trusted-types.js';

const MAX_ISSUES_SHOWN = 3;

const expected = {
  year: 'a year such as 2023',
  limit: 'a whole number above 0',
  'as-of': 'a date as YYYY-MM-DD, such as 2024-06-30',
  href: 'an http(s) or relative URL, like /so-cong-thuong',
  'heading-level': 'a number from 1 to 6, such as 3',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Why a URL gave no JSON, after the attribute that named it. */
function fetchFailure(failure: FetchFailure): string {
  switch (failure.code) {
    case 'http-error':
      return `could not load the data from ${failure.url} (the server answered ${failure.status} ${failure.statusText}).`;
    case 'network-error':
      return `could not load the data from ${failure.url} (${failure.message}).`;
    case 'not-json':
      return `the content at ${failure.url} is not JSON; it starts with "${failure.excerpt}".`;
  }
}

function problem(problem: WidgetProblem): string {
  const where = 'bundled' in problem && !problem.bundled ? 'Attribute src: ' : '';
  switch (problem.code) {
    case 'unknown-agency': {
      const guesses = problem.suggestions
        .map((agency) => `"${agency.id}" (${agency.nameEn ?? agency.name})`)
        .join(', ');
      return `Attribute agency: no agency has the id "${problem.value}".${guesses ? ` Did you mean ${guesses}?` : ''}`;
    }
    case 'unknown-role':
      return `Attribute role: "${problem.value}" is not a role; use one of ${problem.allowed.join(', ')}.`;
    case 'unknown-area':
      return `Attribute area: there is no area or section "${problem.value}"; use one of ${problem.allowed.join(', ')}.`;
    case 'year-outside-period':
      return `Attribute year: ${problem.value} is outside the program period ${problem.period.start}–${problem.period.end}.`;
    case 'unknown-reference':
      return `No cited document has the id "${problem.value}".`;
    case 'malformed-attribute':
      return `Attribute ${problem.field}: expected ${expected[problem.field]}, found "${problem.value}".`;
    case 'missing-attribute':
      return problem.field === 'agency'
        ? 'Missing attribute agency: give the id of an agency, such as "so-cong-thuong".'
        : 'Missing attribute status-src: filtering by status needs a status report, such as status-src="so-cong-thuong.json".';
    case 'unknown-status':
      return `Attribute status: "${problem.value}" is not a status or a timeliness class; use one of ${problem.allowed.join(', ')}.`;
    case 'http-error':
    case 'network-error':
    case 'not-json':
      return `${where}${fetchFailure(problem)}`;
    case 'status-fetch':
      return `Attribute status-src: ${fetchFailure(problem.failure)}`;
    case 'status-issue':
      return `Attribute status-src: in ${problem.url}, ${problem.path}: ${problem.message}.`;
    case 'status-conflict':
      return `Attribute status-src: task "${problem.taskId}"${problem.year === null ? '' : ` (${problem.year})`} is reported differently in ${problem.sources.join(' and ')}; the entry updated last applies, ${problem.applied}.`;
    case 'status-unavailable':
      return `Could not load the code that reads progress reports (${problem.message}).`;
    case 'export-unavailable':
      return `Could not load the downloads (${problem.message}).`;
    case 'succession-unavailable':
      return `Could not load who carries each agency's work now (${problem.message}).`;
    case 'invalid-dataset': {
      const shown = problem.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path}: ${issue.message}`);
      const more = problem.issues.length - shown.length;
      return `${where}the data at ${problem.url} does not have the program's structure — ${shown.join('; ')}${more > 0 ? ` (and ${plural(more, 'more problem', 'more problems')})` : ''}.`;
    }
    case 'search-unavailable':
      return `Could not load the search (${problem.message}).`;
    case 'search-index-unavailable':
      return `Attribute search-index-src: the prebuilt search index cannot be used (${problem.message}); search still works, more slowly.`;
    case 'no-matches':
      return `No task matches the filter ${problem.attributes}.`;
  }
}

/** English UI; the program's text, names and citations stay Vietnamese. */
export const en = {
  locale: 'en-GB',
  loading: 'Loading the program data…',
  searching: 'Searching…',
  problemsTitle: 'This view cannot be shown as requested',
  problem,
  clearFilters: 'Clear filters',

  loadingStatus: 'Loading the progress reports…',
  statusProblemsTitle: 'The progress reports have problems; their valid entries are applied',
  trustedTypesBlocked: TRUSTED_TYPES_BLOCKED.en,
  moreProblems: (count) => `… and ${count} more ${count === 1 ? 'problem' : 'problems'}.`,
  statuses: STATUS_NAMES.en,
  timeliness: TIMELINESS_NAMES.en,
  timelinessShort: {
    'done-on-time': 'on time',
    'done-late': 'late',
    'open-not-due': 'not yet due',
    'open-overdue': 'overdue',
    cancelled: 'cancelled',
    'no-deadline': 'no date',
  },
  progressLabel: 'Progress',
  completedOn: (date) => `completed on ${date}`,
  updatedOn: (date) => `updated on ${date}`,
  evidenceLink: 'Evidence',

  tasks: (count) => plural(count, 'task', 'tasks'),
  shownOfTotal: (shown, total) => `Showing ${shown} of ${plural(total, 'task', 'tasks')}`,
  moreTasks: 'Show more tasks',
  filtersToggle: 'Filters',
  activeFilters: (count) => `${count} set`,
  didYouMean: 'Did you mean',
  noMatchingTasks: 'No task matches these filters.',
  filtersLabel: 'Filter tasks',
  searchLabel: 'Search the tasks',
  agencyLabel: 'Agency',
  anyAgency: 'All agencies',
  roleLabel: 'Role',
  anyRole: 'Any role',
  areaLabel: 'Area',
  anyArea: 'All areas',
  yearLabel: 'Deadline year',
  anyYear: 'Any year',
  roles: { lead: 'lead', coordinating: 'coordinating', responsible: 'responsible' },
  showMore: 'Show more',
  showLess: 'Show less',
  agenciesLabel: 'Agencies',
  deadlinesLabel: 'Deadlines',
  noDeadline: 'No deadline stated',
  citesLabel: 'Cites',
  source: (file, line, endLine) => `Source: ${file}, ${line === endLine ? `line ${line}` : `lines ${line}–${endLine}`}`,
  permalink: 'Link to task',
  statusFilterLabel: 'Progress',
  anyStatus: 'Any progress',
  byTimeliness: 'Against the deadline',
  byReportedStatus: 'As reported',
  downloadLabel: 'Download the filtered tasks',
  downloadFormats: { csv: 'CSV (Excel)', json: 'JSON', ics: 'ICS (calendar)' },
  fileNameBase: 'tasks',

  workloadLabel: 'Tasks by role',
  totalTasks: (count) => `${plural(count, 'task', 'tasks')} in total`,
  deadlinesByYearLabel: 'Deadlines by year',
  deadlineCount: (count) => plural(count, 'deadline', 'deadlines'),
  everyYear: 'Every year',
  conditionalNoYear: 'Conditional, no year given',
  ongoing: 'Ongoing',
  noDeadlines: 'None of its tasks states a deadline.',
  areasLabel: 'Areas it works in',
  agencyTasksLink: 'See its tasks',
  followCalendar: 'Follow the calendar',
  followFeed: 'Follow the news feed',
  progressAsOf: (date) => `Progress as of ${date}`,
  reportedCount: (reported, total) => `${reported} of ${plural(total, 'task', 'tasks')} reported on`,

  timelineLabel: 'Deadlines by year',
  yearStatus: { past: 'past', current: 'this year', upcoming: 'upcoming' },
  asOf: (date) => `As of ${date}`,
  periodEnded: (end) => `The program period ended in ${end}.`,
  overdueCount: (count) => `${count} overdue`,
  yearName: (year) => String(year),
  yearDeadlines: (year, count) => `${year}: ${plural(count, 'deadline', 'deadlines')}`,
  lanesLabel: 'Deadlines not tied to one year',
  conditionLabel: 'Condition',
  noDatedDeadlines: 'None of these deadlines falls in a particular year.',
  noDeadlinesOf: (agency) => (agency ? `The tasks of ${agency} state no deadline.` : 'These tasks state no deadline.'),
  legendLabel: 'Colour key',
  timelineTable: { when: 'Year', due: 'What is due', deadline: 'Deadline', task: 'Task', timeliness: 'Progress' },

  successionNow: '— now:',
  successionEnded: (date) => `— ended on ${date}; its work went to`,
  successionBasis: 'Legal basis',
  issuerLabel: 'Issued by',
  inheritedLabel: 'Tasks it inherited',
  inheritedFrom: (name, count) => `From ${name}: ${plural(count, 'task', 'tasks')}`,
  inheritedPart: (name, count) => `From ${name}, only for the functions above: ${plural(count, 'task', 'tasks')} to check`,
} satisfies Translation;
