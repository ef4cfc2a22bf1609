import type { FetchFailure, WidgetProblem } from '../shared/problems.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const MAX_ISSUES_SHOWN = 3;

const expected = {
  year: 'a year such as 2023',
  limit: 'a whole number above 0',
  'as-of': 'a date as YYYY-MM-DD, such as 2024-06-30',
  href: 'an http(s) or relative URL, like /so-cong-thuong',
  theme: 'light, dark or auto',
  'heading-level': 'a heading level from 1 to 6, such as 3',
};


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

/** A problem as the page's author reads it (English): in the console, and in the widget with `debug`. */
export function problemEn(problem: WidgetProblem): string {
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
