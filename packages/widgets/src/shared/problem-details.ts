import type { Language } from '../translations/translation.js';
import { problemEn } from '../translations/problems.en.js';
import { problemVi } from '../translations/problems.vi.js';
import type { WidgetProblem } from './problems.js';

/**
 * Problems detailed (in the console, and in the widget with `debug`) at most, the rest counted: an
 * overlay of 100,000 bad entries must not put 100,000 lines in the page and the console.
 */
export const MAX_PROBLEMS_DETAILED = 10;

const TEXTS: Record<Language, (problem: WidgetProblem) => string> = { vi: problemVi, en: problemEn };

/** Identity of a problem regardless of the UI language, so a language switch does not log it again. */
export function problemKey(problem: WidgetProblem): string {
  switch (problem.code) {
    case 'http-error':
    case 'network-error':
    case 'not-json':
    case 'invalid-dataset':
      return `${problem.code} ${problem.url}`;
    case 'no-matches':
      return `${problem.code} ${problem.attributes}`;
    case 'search-unavailable':
    case 'search-index-unavailable':
    case 'export-unavailable':
    case 'succession-unavailable':
    case 'status-unavailable':
      return problem.code;
    case 'status-fetch':
      return `${problem.code} ${problem.failure.url}`;
    case 'status-issue':
      return `${problem.code} ${problem.url} ${problem.path} ${problem.message}`;
    case 'status-conflict':
      return `${problem.code} ${problem.taskId} ${problem.year ?? ''} ${problem.sources.join(' ')}`;
    case 'unknown-status':
      return `${problem.code} ${problem.value}`;
    case 'missing-attribute':
      return `${problem.code} ${problem.field}`;
    default:
      return `${problem.code} ${problem.field} ${problem.value}`;
  }
}

/** The details of a set of problems, for the page's author: each problem's text (the first ten), and the set's identity. */
export interface ProblemDetails {
  /** Identity of the set regardless of the UI language: a set is logged once. */
  key: string;
  details: string[];
  /** How many problems are not detailed. */
  more: number;
}

export function problemDetails(problems: readonly WidgetProblem[], language: Language): ProblemDetails {
  const detailed = problems.slice(0, MAX_PROBLEMS_DETAILED);
  return {
    key: [...new Set(problems.map(problemKey))].sort().join('\n'),
    details: detailed.map(TEXTS[language]),
    more: problems.length - detailed.length,
  };
}

/** One console warning for the set: the visitor's line, then each detail. */
export function warnProblems(tag: string, summary: string, details: readonly string[], more: string | undefined): void {
  console.warn([`<${tag}> ${summary}`, ...details.map((detail) => `• ${detail}`), ...(more ? [more] : [])].join('\n'));
}
