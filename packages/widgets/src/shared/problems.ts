import type { FilterProblem, ValidationIssue } from '@chuongtrinh/core';

/** Attributes whose text must have a particular shape before core can use them. */
export const SHAPED_ATTRIBUTES = ['year', 'limit', 'as-of'] as const;
export type ShapedAttribute = (typeof SHAPED_ATTRIBUTES)[number];

/** Why a dataset could not be used: `bundled` says whether it was the default one or the `src` one. */
export type DatasetFailure =
  | { code: 'http-error'; url: string; bundled: boolean; status: number; statusText: string }
  | { code: 'network-error'; url: string; bundled: boolean; message: string }
  | { code: 'not-json'; url: string; bundled: boolean; excerpt: string }
  | { code: 'invalid-dataset'; url: string; bundled: boolean; issues: ValidationIssue[] };

/**
 * Everything a widget reports to the page author: core's filter problems, attributes it could
 * not read, a dataset it could not use, and a filter that matches nothing.
 */
export type WidgetProblem =
  | FilterProblem
  | DatasetFailure
  | { code: 'malformed-attribute'; field: ShapedAttribute; value: string }
  | { code: 'missing-attribute'; field: 'agency' }
  | { code: 'search-unavailable'; message: string }
  | { code: 'no-matches'; attributes: string };

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
      return problem.code;
    case 'missing-attribute':
      return `${problem.code} ${problem.field}`;
    default:
      return `${problem.code} ${problem.field} ${problem.value}`;
  }
}

/** Attribute text of the filter attributes that are set, for "nothing matches" messages: `agency="x" year="2021"`. */
export function describeAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
}
