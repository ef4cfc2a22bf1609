import SearchableMap from 'minisearch/SearchableMap';
import type { Program } from '../schema.js';
import { fold } from '../text.js';
import { markStops, stopPhrasesOf, WORD } from './words.js';

/**
 * The words of a set of documents (tasks by their text, or blocks by their header), in text order:
 * token `form << 1 | stop` per word, where `form` is the id of the word as written (lowercase) and
 * `stop` marks a stop word. Everything else in the index is derived from these (see `documentsOf`),
 * which is also what a prebuilt index stores.
 */
export interface Tokens {
  tokens: Uint32Array;
  /** Document `d` has tokens `starts[d]` to `starts[d + 1]`. */
  starts: Uint32Array;
}

/** Which documents hold a term, with how often (stop words left out). */
export interface Postings {
  documents: Uint32Array;
  counts: Uint16Array;
}

export interface Documents extends Tokens {
  /** Per folded term id: the documents holding it other than as a stop word. */
  postings: Postings[];
  /** Per written form id: the documents holding it, stop words included (exact-diacritic ranking). */
  formPostings: Uint32Array[];
  /** Words other than stop words, per document (BM25's field length). */
  lengths: Uint32Array;
  averageLength: number;
}

/** The words of a program: lowercase forms as written, and the folded terms they share. */
export interface Vocabulary {
  forms: string[];
  /** Folded term id of each form. */
  foldedOfForm: Uint32Array;
  folded: string[];
  /** Folded term → id: prefix expansion and the typo suggestion's nearest words. */
  foldedIds: SearchableMap<number>;
  /** Form as written → id: words typed with diacritics, and their prefixes. */
  formIds: SearchableMap<number>;
}

/**
 * A program's search index. One folded term set (what matches), the forms as written (what ranks
 * words typed with diacritics first) and each document's words in order (phrases). Block headers
 * are indexed once per block: a task matches through its block's header.
 */
export interface SearchIndex {
  vocabulary: Vocabulary;
  /** `program.tasks`, in order. */
  tasks: Documents;
  /** `program.blocks`, in order. */
  blocks: Documents;
  /** Per task, its block's position in `program.blocks` (or `NO_BLOCK`). */
  blockOfTask: Uint32Array;
  tasksOfBlock: Uint32Array[];
  /** Whether a folded word is a word of the program (other than as a stop word). */
  hasTerm(term: string): boolean;
  hasPrefix(prefix: string): boolean;
  /** Words of the program within `distance` edits of `term`, with how many documents hold them. */
  nearTerms(term: string, distance: number): Array<{ term: string; distance: number; documents: number }>;
}

/** Tokens and the forms they name, collected document by document. */
class Tokenizer {
  readonly forms: string[] = [];
  readonly #formIds = new Map<string, number>();
  /** Per form, the stop phrases it starts (undefined for most). */
  readonly #stopPhrases: Array<readonly string[][] | undefined> = [];

  tokens(texts: readonly string[]): Tokens {
    const starts = new Uint32Array(texts.length + 1);
    let capacity = 1024;
    let tokens = new Uint32Array(capacity);
    let count = 0;
    texts.forEach((text, d) => {
      const words = text.toLowerCase().match(WORD) ?? [];
      if (count + words.length > capacity) {
        while (count + words.length > capacity) capacity *= 2;
        const grown = new Uint32Array(capacity);
        grown.set(tokens.subarray(0, count));
        tokens = grown;
      }
      const first = count;
      let stops = false;
      for (const word of words) {
        let form = this.#formIds.get(word);
        if (form === undefined) {
          form = this.forms.length;
          this.forms.push(word);
          this.#formIds.set(word, form);
          this.#stopPhrases.push(stopPhrasesOf(word));
        }
        stops ||= this.#stopPhrases[form] !== undefined;
        tokens[count++] = form << 1;
      }
      if (stops) markStops(words, (i) => this.#stopPhrases[tokens[first + i]! >>> 1], (i) => (tokens[first + i]! |= 1));
      starts[d + 1] = count;
    });
    return { tokens: tokens.slice(0, count), starts };
  }
}

export function vocabularyOf(forms: string[]): Vocabulary {
  const foldedOfForm = new Uint32Array(forms.length);
  const foldedIds = new SearchableMap<number>();
  const folded: string[] = [];
  const formIds = new SearchableMap<number>();
  forms.forEach((form, id) => {
    const term = fold(form);
    let termId = foldedIds.get(term);
    if (termId === undefined) {
      termId = folded.length;
      folded.push(term);
      foldedIds.set(term, termId);
    }
    foldedOfForm[id] = termId;
    formIds.set(form, id);
  });
  return { forms, foldedOfForm, folded, foldedIds, formIds };
}

/** Inverts `tokens`: which documents hold each term and form (two counting passes, no maps). */
export function documentsOf({ tokens, starts }: Tokens, vocabulary: Vocabulary): Documents {
  const { foldedOfForm } = vocabulary;
  const termCount = vocabulary.folded.length;
  const formCount = vocabulary.forms.length;
  const documentCount = starts.length - 1;
  const termDocuments = new Uint32Array(termCount);
  const formDocuments = new Uint32Array(formCount);
  // Document seen last for a term or form, plus one (0: none yet).
  const termSeen = new Uint32Array(termCount);
  const formSeen = new Uint32Array(formCount);
  const lengths = new Uint32Array(documentCount);
  for (let d = 0; d < documentCount; d++) {
    for (let i = starts[d]!; i < starts[d + 1]!; i++) {
      const form = tokens[i]! >>> 1;
      if (formSeen[form] !== d + 1) {
        formSeen[form] = d + 1;
        formDocuments[form]!++;
      }
      if (tokens[i]! & 1) continue;
      lengths[d]!++;
      const term = foldedOfForm[form]!;
      if (termSeen[term] !== d + 1) {
        termSeen[term] = d + 1;
        termDocuments[term]!++;
      }
    }
  }
  const postings: Postings[] = Array.from(termDocuments, (size) => ({ documents: new Uint32Array(size), counts: new Uint16Array(size) }));
  const formPostings = Array.from(formDocuments, (size) => new Uint32Array(size));
  const termFill = new Uint32Array(termCount);
  const formFill = new Uint32Array(formCount);
  termSeen.fill(0);
  formSeen.fill(0);
  for (let d = 0; d < documentCount; d++) {
    for (let i = starts[d]!; i < starts[d + 1]!; i++) {
      const form = tokens[i]! >>> 1;
      if (formSeen[form] !== d + 1) {
        formSeen[form] = d + 1;
        formPostings[form]![formFill[form]!++] = d;
      }
      if (tokens[i]! & 1) continue;
      const term = foldedOfForm[form]!;
      const posting = postings[term]!;
      if (termSeen[term] !== d + 1) {
        termSeen[term] = d + 1;
        posting.documents[termFill[term]!++] = d;
      }
      // Counts saturate: a word repeated 65,535 times in one task scores no higher than that.
      const at = termFill[term]! - 1;
      if (posting.counts[at]! < 0xffff) posting.counts[at]!++;
    }
  }
  let total = 0;
  for (const length of lengths) total += length;
  return { tokens, starts, postings, formPostings, lengths, averageLength: documentCount > 0 ? total / documentCount : 0 };
}

/** Tokenizes a program's task texts and block headers (what `searchIndexJson` stores). */
export function tokenize(program: Program): { forms: string[]; tasks: Tokens; blocks: Tokens } {
  const tokenizer = new Tokenizer();
  const tasks = tokenizer.tokens(program.tasks.map((task) => task.text));
  const blocks = tokenizer.tokens(program.blocks.map((block) => block.header));
  return { forms: tokenizer.forms, tasks, blocks };
}

/** `blockOfTask` of a task whose block is not in the program. */
export const NO_BLOCK = 0xffffffff;

const indexes = new WeakMap<Program, SearchIndex>();

export function indexOf(program: Program): SearchIndex {
  const index = indexes.get(program);
  if (index) return index;
  const { forms, tasks, blocks } = tokenize(program);
  return useIndex(program, forms, tasks, blocks);
}

/** Makes the index of these tokens (built or loaded for `program`) the one its searches use. */
export function useIndex(program: Program, forms: string[], taskTokens: Tokens, blockTokens: Tokens): SearchIndex {
  const vocabulary = vocabularyOf(forms);
  const tasks = documentsOf(taskTokens, vocabulary);
  const blocks = documentsOf(blockTokens, vocabulary);
  const blockIndex = new Map(program.blocks.map((block, i) => [block.id, i]));
  const blockOfTask = new Uint32Array(program.tasks.length).fill(NO_BLOCK);
  const members: number[][] = program.blocks.map(() => []);
  program.tasks.forEach((task, i) => {
    const block = blockIndex.get(task.blockId);
    if (block === undefined) return;
    blockOfTask[i] = block;
    members[block]!.push(i);
  });
  const documents = (id: number) => tasks.postings[id]!.documents.length + blocks.postings[id]!.documents.length;
  const index: SearchIndex = {
    vocabulary,
    tasks,
    blocks,
    blockOfTask,
    tasksOfBlock: members.map((list) => Uint32Array.from(list)),
    hasTerm(term) {
      const id = vocabulary.foldedIds.get(term);
      return id !== undefined && documents(id) > 0;
    },
    hasPrefix(prefix) {
      for (const id of vocabulary.foldedIds.atPrefix(prefix).values()) if (documents(id) > 0) return true;
      return false;
    },
    nearTerms: (term, distance) =>
      [...vocabulary.foldedIds.fuzzyGet(term, distance)]
        .map(([found, [id, edits]]) => ({ term: found, distance: edits, documents: documents(id) }))
        .filter((near) => near.documents > 0),
  };
  indexes.set(program, index);
  return index;
}
