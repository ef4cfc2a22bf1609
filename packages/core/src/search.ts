import MiniSearch, { type Query } from 'minisearch';
import { filterTasks, getTask, type TaskFilter } from './query.js';
import type { Program, Task } from './schema.js';
import { fold } from './text.js';

interface SearchDocument {
  id: string;
  text: string;
  header: string;
}

/** A task that matches a search, with what is needed to highlight the match. */
export interface SearchResult {
  task: Task;
  score: number;
  /** The words of the task that matched (as indexed: lowercase, or folded without diacritics). */
  terms: string[];
  /** `[start, end)` offsets in `task.text` of every matched word, for highlighting. */
  highlights: Array<[number, number]>;
}

export interface SearchOptions {
  /** At most this many results (default: all). */
  limit?: number;
  /** Search only among the tasks matching this filter. */
  filter?: TaskFilter;
}

// Each text is indexed twice: as written (lowercased) and folded. A query word typed with its
// diacritics matches both copies, so it outranks a match that only agrees once folded.
const EXACT_FIELDS = ['text', 'header'];
const FOLDED_FIELDS = ['textFolded', 'headerFolded'];
const WORD = /[\p{L}\p{N}]+/gu;

interface SearchIndex {
  miniSearch: MiniSearch<SearchDocument>;
  /** Folded task texts, kept from indexing so highlighting does not fold them again per query. */
  foldedText: Map<string, string>;
}

const indexes = new WeakMap<Program, SearchIndex>();

function indexOf(program: Program): SearchIndex {
  let index = indexes.get(program);
  if (!index) {
    const headers = new Map(program.blocks.map((block) => [block.id, block.header]));
    const foldedText = new Map<string, string>();
    const miniSearch = new MiniSearch<SearchDocument>({
      fields: [...EXACT_FIELDS, ...FOLDED_FIELDS],
      extractField: (document, field) => {
        if (field === 'textFolded') {
          const folded = fold(document.text);
          foldedText.set(document.id, folded);
          return folded;
        }
        const value = document[field.replace('Folded', '') as keyof SearchDocument];
        return field.endsWith('Folded') ? fold(value) : value;
      },
    });
    miniSearch.addAll(program.tasks.map((task) => ({ id: task.id, text: task.text, header: headers.get(task.blockId) ?? '' })));
    index = { miniSearch, foldedText };
    indexes.set(program, index);
  }
  return index;
}

function rangesOf(foldedText: string, wanted: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of foldedText.matchAll(WORD)) {
    if (wanted.has(word[0])) ranges.push([word.index, word.index + word[0].length]);
  }
  return ranges;
}

/**
 * Offsets of the words of `text` that equal one of `terms` once both are folded, in text order.
 * Folding keeps offsets (see `fold`), so they point into the original text.
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  return rangesOf(fold(text), new Set(terms.map(fold)));
}

/**
 * Vietnamese-aware full-text search over the tasks (their text and their block's header).
 * Diacritics and `đ` are folded, so "cong thuong" finds "Công Thương"; a match with the diacritics
 * the user typed ranks first. Citation numbers work as words: "nq 08" and "08-NQ/TW" both find
 * Nghị quyết số 08-NQ/TW. The last word matches as a prefix, for search-as-you-type.
 */
export function search(program: Program, query: string, options: SearchOptions = {}): SearchResult[] {
  if (query.trim() === '') return [];
  const prefix = (_term: string, index: number, terms: string[]) => index === terms.length - 1;
  const tree: Query = {
    combineWith: 'OR',
    queries: [
      { queries: [query], fields: EXACT_FIELDS, combineWith: 'AND', prefix, boost: { text: 2, header: 1 } },
      { queries: [fold(query)], fields: FOLDED_FIELDS, combineWith: 'AND', prefix, boost: { textFolded: 1, headerFolded: 0.5 } },
    ],
  };
  const allowed = options.filter ? new Set(filterTasks(program, options.filter).map((task) => task.id)) : undefined;
  const { miniSearch, foldedText } = indexOf(program);
  const results: SearchResult[] = [];
  for (const hit of miniSearch.search(tree)) {
    const task = getTask(program, hit.id as string);
    if (!task || (allowed && !allowed.has(task.id))) continue;
    const highlights = rangesOf(foldedText.get(task.id) ?? fold(task.text), new Set(hit.terms.map(fold)));
    results.push({ task, score: hit.score, terms: hit.terms, highlights });
    if (results.length === options.limit) break;
  }
  return results;
}
