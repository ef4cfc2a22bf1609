import { filterTasks, type TaskFilter } from '../query.js';
import type { Program, Task } from '../schema.js';
import { indexOf, NO_BLOCK, type Documents, type SearchIndex } from './build.js';
import { excerptAround, type SearchExcerpt } from './excerpt.js';
import { queryHighlights, type TextWord } from './highlight.js';
import { WORD, type QueryWord } from './words.js';

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

/** Which of `words` each document holds (bit i: word i) and their BM25+ score, in one pass over their postings. */
interface Cover {
  covered: Uint32Array;
  scores: Float64Array;
}

function coverOf(documents: Documents, words: readonly WordTerms[], boost: number): Cover {
  const count = documents.lengths.length;
  const covered = new Uint32Array(count);
  const scores = new Float64Array(count);
  const { lengths, averageLength } = documents;
  words.forEach((word, i) => {
    const bit = 1 << i;
    word.ids.forEach((id, t) => {
      const { documents: holding, counts } = documents.postings[id]!;
      const size = holding.length;
      const weight = boost * word.weights[t]! * Math.log(1 + (count - size + 0.5) / (size + 0.5));
      for (let j = 0; j < size; j++) {
        const d = holding[j]!;
        const frequency = counts[j]!;
        const norm = K1 * (1 - B + (B * lengths[d]!) / averageLength);
        covered[d]! |= bit;
        scores[d] = scores[d]! + weight * (DELTA + (frequency * (K1 + 1)) / (frequency + norm));
      }
    });
  });
  return { covered, scores };
}

/**
 * Per query word, which folded terms it matches in a phrase (a table by term id: the check runs
 * over every word of every candidate); null for a single word or a word the program lacks.
 */
function phraseTerms(index: SearchIndex, words: readonly QueryWord[]): Uint8Array[] | null {
  if (words.length < 2) return null;
  const phrase: Uint8Array[] = [];
  for (const word of words) {
    const { ids } = termsOf(index, word);
    if (ids.length === 0) return null;
    const table = new Uint8Array(index.vocabulary.folded.length);
    for (const id of ids) table[id] = 1;
    phrase.push(table);
  }
  return phrase;
}

/** Whether document `d` has the phrase's words in a row (stop words count: "cơ sở"). */
function hasPhrase(documents: Documents, foldedOfForm: Uint32Array, d: number, phrase: readonly Uint8Array[]): boolean {
  const { tokens, starts } = documents;
  const first = phrase[0]!;
  const end = starts[d + 1]! - phrase.length + 1;
  for (let i = starts[d]!; i < end; i++) {
    if (first[foldedOfForm[tokens[i]! >>> 1]!] === 0) continue;
    let k = 1;
    while (k < phrase.length && phrase[k]![foldedOfForm[tokens[i + k]! >>> 1]!] === 1) k++;
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
    private readonly textWords: () => TextWord[],
  ) {}

  get terms(): string[] {
    return (this.#terms ??= this.matchedTerms());
  }

  get highlights(): Array<[number, number]> {
    return (this.#highlights ??= queryHighlights(this.textWords(), this.words));
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

/** The words of task `d`'s text with their offsets: folded and stop words as the index has them. */
function textWordsOf(index: SearchIndex, d: number, text: string): TextWord[] {
  const { tasks, vocabulary } = index;
  const words: TextWord[] = [];
  let i = tasks.starts[d]!;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const token = tasks.tokens[i++]!;
    words.push({ start: match.index, end: match.index + match[0].length, lower: match[0], folded: vocabulary.folded[vocabulary.foldedOfForm[token >>> 1]!]!, stop: (token & 1) === 1 });
  }
  return words;
}

const hasFilter = (filter: TaskFilter | undefined): filter is TaskFilter =>
  filter !== undefined && Object.values(filter).some((value) => value !== undefined);

/**
 * The first `limit` of `candidates` by `better`, in order: a sort, or for a few out of many a
 * single pass keeping the best ones (what `limit` on a large program asks for).
 */
function best(candidates: number[], limit: number | undefined, better: (a: number, b: number) => number): number[] {
  if (limit === undefined || limit <= 0 || limit * 8 >= candidates.length) return candidates.sort(better).slice(0, limit);
  const kept: number[] = [];
  for (const candidate of candidates) {
    if (kept.length === limit && better(candidate, kept[limit - 1]!) >= 0) continue;
    let at = kept.length === limit ? limit - 1 : kept.length;
    while (at > 0 && better(candidate, kept[at - 1]!) < 0) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = candidate;
  }
  return kept;
}

/** The ranked results for already split query words (also used by `suggestQuery`). */
export function searchWords(program: Program, words: readonly QueryWord[], options: SearchOptions = {}): SearchResult[] {
  if (words.every((word) => word.stop)) return [];
  const index = indexOf(program);
  const { tasks, blocks, blockOfTask, vocabulary } = index;
  const needed = words.filter((word) => !word.stop);
  const neededTerms = needed.map((word) => termsOf(index, word));
  if (neededTerms.some((word) => word.ids.length === 0)) return [];
  const every = 2 ** needed.length - 1;
  const text = coverOf(tasks, neededTerms, 1);
  const header = coverOf(blocks, neededTerms, HEADER_BOOST);
  const allowed = hasFilter(options.filter) ? new Set(filterTasks(program, options.filter)) : undefined;

  const phrase = phraseTerms(index, words);
  // Per block: 0 not checked, 1 no phrase, 2 phrase.
  const headerPhrase = new Uint8Array(program.blocks.length);
  const headerHasPhrase = (block: number) => {
    if (headerPhrase[block] === 0) headerPhrase[block] = hasPhrase(blocks, vocabulary.foldedOfForm, block, phrase!) ? 2 : 1;
    return headerPhrase[block] === 2;
  };
  // The terms are folded: whether a word typed with diacritics is also written that way is told by
  // the forms as written.
  const accented = needed.filter((word) => word.accented);
  const taskWritten = accented.length > 0 ? writtenMarks(index, tasks, accented) : undefined;
  const blockWritten = accented.length > 0 ? writtenMarks(index, blocks, accented) : undefined;

  // A task matches with every word in its own text, or some in its block's header and the others
  // in its text. Its rank: a phrase match outranks any scatter of the same words, then more words
  // as typed outrank fewer, then the score; ties keep document order.
  const candidates: number[] = [];
  const tier = new Uint8Array(program.tasks.length);
  const score = new Float64Array(program.tasks.length);
  for (let task = 0; task < program.tasks.length; task++) {
    const block = blockOfTask[task]!;
    const inHeader = block === NO_BLOCK ? 0 : header.covered[block]!;
    if (((text.covered[task]! | inHeader) >>> 0) !== every) continue;
    if (allowed && !allowed.has(program.tasks[task]!)) continue;
    const inPhrase = phrase !== null && (hasPhrase(tasks, vocabulary.foldedOfForm, task, phrase) || (inHeader !== 0 && headerHasPhrase(block)));
    const written = (taskWritten?.[task] ?? 0) | (inHeader !== 0 ? blockWritten?.[block] ?? 0 : 0);
    tier[task] = (inPhrase ? 32 : 0) + bitCount(written);
    score[task] = text.scores[task]! + (inHeader !== 0 ? header.scores[block]! : 0);
    candidates.push(task);
  }
  const shown = best(candidates, options.limit, (a, b) => tier[b]! - tier[a]! || score[b]! - score[a]! || a - b);
  const wanted = new Set(neededTerms.flatMap((word) => word.ids));
  return shown.map((task) => {
    const matchedTerms = () => {
      const found = new Set<string>();
      termsIn(index, tasks, task, wanted, found);
      const block = blockOfTask[task]!;
      if (block !== NO_BLOCK && header.covered[block] !== 0) termsIn(index, blocks, block, wanted, found);
      return [...found];
    };
    const taskText = program.tasks[task]!.text;
    return new Result(program.tasks[task]!, score[task]!, tier[task]! >= 32, words, matchedTerms, () => textWordsOf(index, task, taskText));
  });
}
