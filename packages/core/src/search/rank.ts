import type { Query } from 'minisearch';
import { filterTasks, getBlock, getTask, type TaskFilter } from '../query.js';
import type { Program, Task } from '../schema.js';
import { indexOf, type SearchIndex } from './build.js';
import { excerptAround, type SearchExcerpt } from './excerpt.js';
import { phrasePattern, queryHighlights } from './highlight.js';
import { hasWord, type QueryWord } from './words.js';

export interface SearchResult {
  task: Task;
  score: number;
  /** Whether the task (or its block's header) has the query's words in a row. */
  phrase: boolean;
  /** The index terms that matched (folded, or lowercase as written). */
  terms: string[];
  /**
   * `[start, end)` offsets in `task.text` of the matches to highlight. Computed on first read, so a
   * caller that shows only some results pays only for those.
   */
  readonly highlights: Array<[number, number]>;
  /** The text around the best match, with its highlights (computed on first read). */
  readonly excerpt: SearchExcerpt;
}

export interface SearchOptions {
  /** At most this many results (default: all). */
  limit?: number;
  /** Search only among the tasks matching this filter. */
  filter?: TaskFilter;
}

// A block header's words count for every task of the block, less than the task's own words.
const HEADER_BOOST = 0.5;

type Field = 'text' | 'header';

function wordQuery(word: QueryWord, field: Field): Query {
  return { queries: [word.folded], prefix: word.prefix, fields: [field], boost: { [field]: field === 'header' ? HEADER_BOOST : 1 } };
}

interface Match {
  score: number;
  terms: string[];
}

/** Tasks whose own text has every one of `words`. */
function textMatches(index: SearchIndex, words: readonly QueryWord[]): Map<string, Match> {
  const matches = new Map<string, Match>();
  if (words.length === 0) return matches;
  const query: Query = { combineWith: 'AND', queries: words.map((word) => wordQuery(word, 'text')) };
  for (const hit of index.miniSearch.search(query)) matches.set(hit.id as string, { score: hit.score, terms: hit.terms });
  return matches;
}

/** Block headers with any of the words, with which (bit i: word i): only a few dozen blocks. */
function headerMatches(index: SearchIndex, words: readonly QueryWord[]): Map<string, Match & { covered: number }> {
  const bitsOfTerm = new Map<string, number>();
  words.forEach((word, i) => {
    bitsOfTerm.set(word.folded, (bitsOfTerm.get(word.folded) ?? 0) | (1 << i));
  });
  const matches = new Map<string, Match & { covered: number }>();
  const query: Query = { combineWith: 'OR', queries: words.map((word) => wordQuery(word, 'header')) };
  for (const hit of index.miniSearch.search(query)) {
    let covered = 0;
    for (const term of hit.queryTerms) covered |= bitsOfTerm.get(term) ?? 0;
    matches.set(hit.id as string, { score: hit.score, terms: hit.terms, covered });
  }
  return matches;
}

class Result implements SearchResult {
  #highlights: Array<[number, number]> | undefined;
  #excerpt: SearchExcerpt | undefined;

  constructor(
    readonly task: Task,
    readonly score: number,
    readonly phrase: boolean,
    readonly terms: string[],
    private readonly words: readonly QueryWord[],
    private readonly folded: string,
  ) {}

  get highlights(): Array<[number, number]> {
    return (this.#highlights ??= queryHighlights(this.task.text, this.words, this.folded));
  }

  get excerpt(): SearchExcerpt {
    return (this.#excerpt ??= excerptAround(this.task.text, this.highlights));
  }

  toJSON() {
    const { task, score, phrase, terms, highlights, excerpt } = this;
    return { task, score, phrase, terms, highlights, excerpt };
  }
}

const hasFilter = (filter: TaskFilter | undefined): filter is TaskFilter =>
  filter !== undefined && Object.values(filter).some((value) => value !== undefined);

/** The ranked results for already split query words (also used by `suggestQuery`). */
export function searchWords(program: Program, words: readonly QueryWord[], options: SearchOptions = {}): SearchResult[] {
  if (words.every((word) => word.stop)) return [];
  const index = indexOf(program);
  const needed = words.filter((word) => !word.stop);
  const own = textMatches(index, needed);
  const headers = headerMatches(index, needed);
  const allowed = hasFilter(options.filter) ? new Set(filterTasks(program, options.filter).map((task) => task.id)) : undefined;
  const phrase = phrasePattern(words);
  const hasPhrase = (id: string, text: string) => {
    if (!phrase) return false;
    phrase.lastIndex = 0;
    return phrase.test(index.forms(id, text).folded);
  };
  const headerPhrase = new Map<string, boolean>();
  const headerHasPhrase = (blockId: string) => {
    let found = headerPhrase.get(blockId);
    if (found === undefined) headerPhrase.set(blockId, (found = hasPhrase(blockId, getBlock(program, blockId)?.header ?? '')));
    return found;
  };

  // The index is folded: whether a word typed with diacritics is also written that way is checked
  // on the candidates' text (and header), cheaper than a second set of terms in the index.
  const accented = needed.filter((word) => word.accented);
  const asTyped = (id: string, text: string, word: QueryWord) => hasWord(index.forms(id, text).lower, word.exact, word.prefix);

  const candidates: Array<{ task: Task; score: number; phrase: boolean; exact: number; terms: string[] }> = [];
  const consider = (task: Task, text: Match | undefined, header: Match | undefined) => {
    if (allowed && !allowed.has(task.id)) return;
    const inPhrase = hasPhrase(task.id, task.text) || (header !== undefined && headerHasPhrase(task.blockId));
    let exact = 0;
    for (const word of accented) {
      if (asTyped(task.id, task.text, word) || (header !== undefined && asTyped(task.blockId, getBlock(program, task.blockId)!.header, word))) exact++;
    }
    const terms = text && header ? [...new Set([...text.terms, ...header.terms])] : (text ?? header)!.terms;
    candidates.push({ task, score: (text?.score ?? 0) + (header?.score ?? 0), phrase: inPhrase, exact, terms });
  };
  for (const [id, text] of own) {
    const task = getTask(program, id);
    if (task) consider(task, text, headers.get(task.blockId));
  }
  // A task whose header has some of the words needs only the others in its own text.
  const byRest = new Map<number, Map<string, Match>>();
  for (const [blockId, header] of headers) {
    const rest = needed.filter((_, i) => !(header.covered & (1 << i)));
    if (rest.length === needed.length) continue;
    const restBits = header.covered;
    if (!byRest.has(restBits)) byRest.set(restBits, textMatches(index, rest));
    const restMatches = byRest.get(restBits)!;
    for (const task of index.tasksOfBlock.get(blockId) ?? []) {
      if (own.has(task.id)) continue;
      if (rest.length === 0) consider(task, undefined, header);
      else {
        const text = restMatches.get(task.id);
        if (text) consider(task, text, header);
      }
    }
  }
  // A phrase match outranks any scatter of the same words; then more words as typed outrank fewer.
  candidates.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.exact - a.exact || b.score - a.score);
  const shown = options.limit === undefined ? candidates : candidates.slice(0, options.limit);
  return shown.map(({ task, score, phrase: inPhrase, terms }) => new Result(task, score, inPhrase, terms, words, index.forms(task.id, task.text).folded));
}

