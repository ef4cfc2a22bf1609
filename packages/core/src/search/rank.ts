import { filterTasks, type TaskFilter } from '../query.js';
import type { Program, Task } from '../schema.js';
import { indexOf, NO_BLOCK, type Documents, type SearchIndex } from './build.js';
import { excerptAround, type SearchExcerpt } from './excerpt.js';
import { queryHighlights } from './highlight.js';
import type { QueryWord } from './words.js';

export interface SearchResult {
  task: Task;
  score: number;
  /** Whether the task (or its block's header) has the query's words in a row. */
  phrase: boolean;
  /** The index terms (folded) that matched, in the task or its block's header (computed on first read). */
  readonly terms: string[];
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
// BM25+ with MiniSearch's defaults, and its weight for a longer word the typed prefix begins.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_WEIGHT = 0.375;

/** The folded terms a query word matches, each with its weight (1 for the word as typed). */
interface WordTerms {
  ids: number[];
  weights: number[];
}

function termsOf(index: SearchIndex, word: QueryWord): WordTerms {
  const { foldedIds } = index.vocabulary;
  if (!word.prefix) {
    const id = foldedIds.get(word.folded);
    return id === undefined ? { ids: [], weights: [] } : { ids: [id], weights: [1] };
  }
  const terms: WordTerms = { ids: [], weights: [] };
  for (const [term, id] of foldedIds.atPrefix(word.folded)) {
    const extra = term.length - word.folded.length;
    terms.ids.push(id);
    terms.weights.push(extra === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra));
  }
  return terms;
}

/** Calls `visit` with the BM25+ score of each document holding one of `word`'s terms, per term. */
function scoreWord(documents: Documents, word: WordTerms, boost: number, visit: (document: number, score: number) => void): void {
  const count = documents.lengths.length;
  word.ids.forEach((id, t) => {
    const posting = documents.postings[id]!;
    const size = posting.documents.length;
    if (size === 0) return;
    const weight = boost * word.weights[t]! * Math.log(1 + (count - size + 0.5) / (size + 0.5));
    for (let j = 0; j < size; j++) {
      const document = posting.documents[j]!;
      const frequency = posting.counts[j]!;
      const norm = K1 * (1 - B + (B * documents.lengths[document]!) / documents.averageLength);
      visit(document, weight * (DELTA + (frequency * (K1 + 1)) / (frequency + norm)));
    }
  });
}

const postingSize = (documents: Documents, word: WordTerms) =>
  word.ids.reduce((sum, id) => sum + documents.postings[id]!.documents.length, 0);

/** Documents holding every one of `words`, with their score: rarest word first, each narrowing. */
function matchEvery(documents: Documents, words: readonly WordTerms[]): Map<number, number> {
  const found = new Map<number, number>();
  if (words.length === 0 || words.some((word) => word.ids.length === 0)) return found;
  const ordered = [...words].sort((a, b) => postingSize(documents, a) - postingSize(documents, b));
  // rounds[d] = how many of the words so far document d holds (all of them, or it is out).
  const rounds = new Uint8Array(documents.lengths.length);
  const scores = new Float64Array(documents.lengths.length);
  ordered.forEach((word, k) => {
    scoreWord(documents, word, 1, (document, score) => {
      if (rounds[document] === k) rounds[document] = k + 1;
      else if (rounds[document] !== k + 1) return;
      scores[document] = scores[document]! + score;
    });
  });
  for (let d = 0; d < rounds.length; d++) if (rounds[d] === ordered.length) found.set(d, scores[d]!);
  return found;
}

interface HeaderMatch {
  score: number;
  /** Bit i: the header has word i. */
  covered: number;
}

/** Block headers with any of the words, with which: only a few dozen blocks. */
function matchAny(documents: Documents, words: readonly WordTerms[]): Map<number, HeaderMatch> {
  const found = new Map<number, HeaderMatch>();
  words.forEach((word, i) => {
    scoreWord(documents, word, HEADER_BOOST, (document, score) => {
      const match = found.get(document);
      if (match) {
        match.score += score;
        match.covered |= 1 << i;
      } else found.set(document, { score, covered: 1 << i });
    });
  });
  return found;
}

/** Per query word, the folded terms it matches in a phrase; null for a single word or a word the program lacks. */
function phraseTerms(index: SearchIndex, words: readonly QueryWord[]): Array<Set<number>> | null {
  if (words.length < 2) return null;
  const phrase = words.map((word) => new Set(termsOf(index, word).ids));
  return phrase.some((terms) => terms.size === 0) ? null : phrase;
}

/** Whether document `d` has the phrase's words in a row (stop words count: "cơ sở"). */
function hasPhrase(documents: Documents, foldedOfForm: Uint32Array, d: number, phrase: ReadonlyArray<Set<number>>): boolean {
  const { tokens, starts } = documents;
  const end = starts[d + 1]! - phrase.length + 1;
  for (let i = starts[d]!; i < end; i++) {
    let k = 0;
    while (k < phrase.length && phrase[k]!.has(foldedOfForm[tokens[i + k]! >>> 1]!)) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/** Per document, bit i set when it has accented word i as typed (or, being typed, a word it begins). */
function writtenMarks(index: SearchIndex, documents: Documents, accented: readonly QueryWord[]): Uint32Array {
  const marks = new Uint32Array(documents.lengths.length);
  const { formIds } = index.vocabulary;
  accented.forEach((word, i) => {
    const forms = word.prefix ? [...formIds.atPrefix(word.exact).values()] : [formIds.get(word.exact)];
    for (const form of forms) {
      if (form === undefined) continue;
      for (const d of documents.formPostings[form]!) marks[d]! |= 1 << i;
    }
  });
  return marks;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

class Result implements SearchResult {
  #terms: string[] | undefined;
  #highlights: Array<[number, number]> | undefined;
  #excerpt: SearchExcerpt | undefined;

  constructor(
    readonly task: Task,
    readonly score: number,
    readonly phrase: boolean,
    private readonly words: readonly QueryWord[],
    private readonly matchedTerms: () => string[],
  ) {}

  get terms(): string[] {
    return (this.#terms ??= this.matchedTerms());
  }

  get highlights(): Array<[number, number]> {
    return (this.#highlights ??= queryHighlights(this.task.text, this.words));
  }

  get excerpt(): SearchExcerpt {
    return (this.#excerpt ??= excerptAround(this.task.text, this.highlights));
  }

  toJSON() {
    const { task, score, phrase, terms, highlights, excerpt } = this;
    return { task, score, phrase, terms, highlights, excerpt };
  }
}

/** The folded terms of `wanted` that document `d` holds (other than as stop words). */
function termsIn(index: SearchIndex, documents: Documents, d: number, wanted: ReadonlySet<number>, into: Set<string>): void {
  const { foldedOfForm, folded } = index.vocabulary;
  for (let i = documents.starts[d]!; i < documents.starts[d + 1]!; i++) {
    const token = documents.tokens[i]!;
    const term = foldedOfForm[token >>> 1]!;
    if (!(token & 1) && wanted.has(term)) into.add(folded[term]!);
  }
}

const hasFilter = (filter: TaskFilter | undefined): filter is TaskFilter =>
  filter !== undefined && Object.values(filter).some((value) => value !== undefined);

interface Candidate {
  task: number;
  score: number;
  phrase: boolean;
  /** How many of the words typed with diacritics it has as typed. */
  exact: number;
}

/** The ranked results for already split query words (also used by `suggestQuery`). */
export function searchWords(program: Program, words: readonly QueryWord[], options: SearchOptions = {}): SearchResult[] {
  if (words.every((word) => word.stop)) return [];
  const index = indexOf(program);
  const { tasks, blocks, blockOfTask, vocabulary } = index;
  const needed = words.filter((word) => !word.stop);
  const neededTerms = needed.map((word) => termsOf(index, word));
  const own = matchEvery(tasks, neededTerms);
  const headers = matchAny(blocks, neededTerms);
  const allowed = hasFilter(options.filter) ? new Set(filterTasks(program, options.filter)) : undefined;

  const phrase = phraseTerms(index, words);
  const headerPhrase = new Map<number, boolean>();
  const headerHasPhrase = (block: number) => {
    let found = headerPhrase.get(block);
    if (found === undefined) headerPhrase.set(block, (found = hasPhrase(blocks, vocabulary.foldedOfForm, block, phrase!)));
    return found;
  };
  // The terms are folded: whether a word typed with diacritics is also written that way is told by
  // the forms as written, for the candidates only.
  const accented = needed.filter((word) => word.accented);
  const taskWritten = accented.length > 0 ? writtenMarks(index, tasks, accented) : undefined;
  const blockWritten = accented.length > 0 ? writtenMarks(index, blocks, accented) : undefined;

  const candidates: Candidate[] = [];
  const consider = (task: number, text: number | undefined, header: HeaderMatch | undefined) => {
    if (allowed && !allowed.has(program.tasks[task]!)) return;
    const block = blockOfTask[task]!;
    const inPhrase = phrase !== null && (hasPhrase(tasks, vocabulary.foldedOfForm, task, phrase) || (header !== undefined && headerHasPhrase(block)));
    const written = (taskWritten?.[task] ?? 0) | (header !== undefined ? (blockWritten?.[block] ?? 0) : 0);
    candidates.push({ task, score: (text ?? 0) + (header?.score ?? 0), phrase: inPhrase, exact: bitCount(written) });
  };
  for (const [task, score] of own) {
    const block = blockOfTask[task]!;
    consider(task, score, block === NO_BLOCK ? undefined : headers.get(block));
  }
  // A task whose header has some of the words needs only the others in its own text.
  const byRest = new Map<number, Map<number, number>>();
  for (const [block, header] of headers) {
    const rest = neededTerms.filter((_, i) => !(header.covered & (1 << i)));
    if (rest.length === needed.length) continue;
    let restMatches = byRest.get(header.covered);
    if (!restMatches) byRest.set(header.covered, (restMatches = matchEvery(tasks, rest)));
    for (const task of index.tasksOfBlock[block]!) {
      if (own.has(task)) continue;
      if (rest.length === 0) consider(task, undefined, header);
      else {
        const text = restMatches.get(task);
        if (text !== undefined) consider(task, text, header);
      }
    }
  }
  // A phrase match outranks any scatter of the same words; then more words as typed outrank fewer.
  candidates.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.exact - a.exact || b.score - a.score);
  const shown = options.limit === undefined ? candidates : candidates.slice(0, options.limit);
  const wanted = new Set(neededTerms.flatMap((word) => word.ids));
  return shown.map(({ task, score, phrase: inPhrase }) => {
    const matchedTerms = () => {
      const found = new Set<string>();
      termsIn(index, tasks, task, wanted, found);
      const block = blockOfTask[task]!;
      if (block !== NO_BLOCK && headers.has(block)) termsIn(index, blocks, block, wanted, found);
      return [...found];
    };
    return new Result(program.tasks[task]!, score, inPhrase, words, matchedTerms);
  });
}
