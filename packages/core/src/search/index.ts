import type { Program } from '../schema.js';
import { indexOf } from './build.js';
import { searchWords, type SearchOptions, type SearchResult } from './rank.js';
import { queryWords } from './words.js';

export { highlightRanges } from './highlight.js';
export { loadSearchIndex, searchIndexJson } from './prebuilt.js';
export { suggestQuery } from './suggest.js';
export type { SearchExcerpt } from './excerpt.js';
export type { SearchOptions, SearchResult } from './rank.js';

/**
 * Vietnamese-aware full-text search over the tasks (their text and their block's header).
 * Diacritics and `đ` are folded, so "cong thuong" finds "Công Thương"; words typed with their
 * diacritics rank tasks written that way first, and only those are highlighted. The words in a row
 * (the phrase) outrank the same words apart. Citations stay exact: "nq 08" and "08-NQ/TW" both find
 * Nghị quyết số 08-NQ/TW. Words found everywhere ("các", "và", "sở", "thực hiện"…) are not needed
 * to match. The last word matches as a prefix, for search-as-you-type. Every word (but those) is
 * needed: for none, `suggestQuery` proposes a spelling that finds something.
 */
export function search(program: Program, query: string, options: SearchOptions = {}): SearchResult[] {
  if (query.trim() === '') return [];
  const index = indexOf(program);
  return searchWords(program, queryWords(query, (term) => index.hasTerm(term)), options);
}
