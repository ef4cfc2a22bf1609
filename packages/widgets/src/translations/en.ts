import type { WidgetProblem } from '../shared/problems.js';
import type { Translation } from './translation.js';

const MAX_ISSUES_SHOWN = 3;

const expected = {
  year: 'a year such as 2023',
  limit: 'a whole number above 0',
  'as-of': 'a date as YYYY-MM-DD, such as 2024-06-30',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

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
      return 'Missing attribute agency: give the id of an agency, such as "so-cong-thuong".';
    case 'http-error':
      return `${where}could not load the data from ${problem.url} (the server answered ${problem.status} ${problem.statusText}).`;
    case 'network-error':
      return `${where}could not load the data from ${problem.url} (${problem.message}).`;
    case 'not-json':
      return `${where}the content at ${problem.url} is not JSON; it starts with "${problem.excerpt}".`;
    case 'invalid-dataset': {
      const shown = problem.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path}: ${issue.message}`);
      const more = problem.issues.length - shown.length;
      return `${where}the data at ${problem.url} does not have the program's structure — ${shown.join('; ')}${more > 0 ? ` (and ${plural(more, 'more problem', 'more problems')})` : ''}.`;
    }
    case 'search-unavailable':
      return `Could not load the search (${problem.message}).`;
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

  tasks: (count) => plural(count, 'task', 'tasks'),
  shownOfTotal: (shown, total) => `Showing ${shown} of ${plural(total, 'task', 'tasks')}`,
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
  deadline: (kind, year) =>
    kind === 'annual'
      ? 'Every year'
      : kind === 'conditional'
        ? year === null
          ? 'Conditional'
          : `Conditional, expected in ${year}`
        : `Due in ${year}`,
  citesLabel: 'Cites',
  place: (area, section) => (section ? `Section ${section}` : `Area ${area}`),
  source: (file, line, endLine) => `Source: ${file}, ${line === endLine ? `line ${line}` : `lines ${line}–${endLine}`}`,
  permalink: 'Link to this task',

  workloadLabel: 'Tasks by role',
  totalTasks: (count) => `${plural(count, 'task', 'tasks')} in total`,
  deadlinesByYearLabel: 'Deadlines by year',
  deadlineCount: (count) => plural(count, 'deadline', 'deadlines'),
  everyYear: 'Every year',
  conditionalNoYear: 'Conditional, no year given',
  noDeadlines: 'None of its tasks states a deadline.',
  areasLabel: 'Areas it works in',
  agencyTasksLink: 'See its tasks',

  timelineLabel: 'Deadlines by year',
  yearStatus: { past: 'past', current: 'this year', upcoming: 'upcoming' },
  asOf: (date) => `As of ${date}`,
  periodEnded: (end) => `The program period ended in ${end}.`,
  conditional: 'conditional',
  noDeadlinesForFilter: 'No deadline matches these filters.',
} satisfies Translation;
