import type { FilterProblem, ValidationIssue } from '@chuongtrinh/core';

/** Attributes whose text must have a particular shape before core can use them. */
export const SHAPED_ATTRIBUTES = ['year', 'limit', 'as-of', 'href', 'theme', 'heading-level'] as const;
export type ShapedAttribute = (typeof SHAPED_ATTRIBUTES)[number];

/** Why a URL gave no JSON: `bundled` says whether it was the default dataset or one the page named. */
export type FetchFailure =
  | { code: 'http-error'; url: string; bundled: boolean; status: number; statusText: string }
  | { code: 'network-error'; url: string; bundled: boolean; message: string }
  | { code: 'not-json'; url: string; bundled: boolean; excerpt: string };

/** Why a dataset could not be used: `bundled` says whether it was the default one or the `src` one. */
export type DatasetFailure = FetchFailure | { code: 'invalid-dataset'; url: string; bundled: boolean; issues: ValidationIssue[] };

/**
 * What is wrong with the status overlays of `status-src`: one that could not be fetched or read,
 * each issue core's `applyStatus` found in one (an invalid entry, an unknown task id, an overlay for
 * another program; `path` is the JSON path in that overlay), two overlays reporting differently on
 * one task, or the status part that could not be loaded. The valid entries still apply.
 */
export type StatusProblem =
  | { code: 'status-fetch'; failure: FetchFailure }
  | { code: 'status-issue'; url: string; path: string; message: string }
  | { code: 'status-conflict'; taskId: string; year: number | null; sources: string[]; applied: string }
  | { code: 'status-unavailable'; message: string };

/** Whether a problem is about the status overlays (the widget is still shown, with what was valid). */
export function isStatusProblem(problem: WidgetProblem): problem is StatusProblem {
  return problem.code.startsWith('status-');
}

/**
 * Everything a widget reports to the page author: core's filter problems, attributes it could
 * not read, a dataset it could not use, and a filter that matches nothing.
 */
export type WidgetProblem =
  | FilterProblem
  | DatasetFailure
  | StatusProblem
  | { code: 'malformed-attribute'; field: ShapedAttribute; value: string }
  | { code: 'missing-attribute'; field: 'agency' | 'status-src' }
  | { code: 'unknown-status'; value: string; allowed: readonly string[] }
  | { code: 'search-unavailable'; message: string }
  | { code: 'search-index-unavailable'; message: string }
  | { code: 'export-unavailable'; message: string }
  | { code: 'succession-unavailable'; message: string }
  | { code: 'no-matches'; attributes: string };

/** Attribute text of the filter attributes that are set, for "nothing matches" messages: `agency="x" year="2021"`. */
export function describeAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
}
