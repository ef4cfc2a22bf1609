import MiniSearch, { type Options } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import type { Program, Task } from '../schema.js';
import { fold } from '../text.js';
import { indexTerms } from './words.js';

interface IndexedDocument {
  id: string;
  text?: string;
  header?: string;
}

/** The options an index is built and loaded with (a prebuilt index must be read with the same). */
export const INDEX_OPTIONS: Options<IndexedDocument> = {
  fields: ['text', 'header'],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  // Queries are built term by term (see rank.ts): no second tokenizing or folding.
  searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
};

export interface TextForms {
  lower: string;
  folded: string;
}

/** A program's search index: tasks by their text, blocks by their header (once per block). */
export interface SearchIndex {
  miniSearch: MiniSearch<IndexedDocument>;
  tasksOfBlock: Map<string, Task[]>;
  /** Whether a folded word is a word of the program. */
  hasTerm(term: string): boolean;
  hasPrefix(prefix: string): boolean;
  /** Words of the program within `distance` edits of `term`, with how many documents hold them. */
  nearTerms(term: string, distance: number): Array<{ term: string; distance: number; documents: number }>;
  /** A task's text or a header, lowercased and folded on first need and kept (ranking, highlights). */
  forms(id: string, text: string): TextForms;
}

const indexes = new WeakMap<Program, SearchIndex>();

export function indexOf(program: Program): SearchIndex {
  let index = indexes.get(program);
  if (!index) {
    const miniSearch = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
    miniSearch.addAll([
      ...program.blocks.map((block) => ({ id: block.id, header: block.header })),
      ...program.tasks.map((task) => ({ id: task.id, text: task.text })),
    ]);
    index = useIndex(program, miniSearch);
  }
  return index;
}

/** Makes `miniSearch` (built or loaded for `program`) the index its searches use. */
export function useIndex(program: Program, miniSearch: MiniSearch<IndexedDocument>): SearchIndex {
  // The term dictionary MiniSearch keeps anyway answers "is this a word of the program?" and feeds
  // the typo suggestion, instead of a second copy of the vocabulary. It is not public API, but a
  // loaded index (MiniSearch.loadJS) is a plain MiniSearch, so a subclass cannot expose it.
  const terms = (miniSearch as unknown as { _index: SearchableMap<Map<number, Map<number, number>>> })._index;
  const tasksOfBlock = new Map<string, Task[]>();
  for (const task of program.tasks) {
    const siblings = tasksOfBlock.get(task.blockId);
    if (siblings) siblings.push(task);
    else tasksOfBlock.set(task.blockId, [task]);
  }
  const forms = new Map<string, TextForms>();
  const index: SearchIndex = {
    miniSearch,
    tasksOfBlock,
    hasTerm: (term) => terms.has(term),
    hasPrefix: (prefix) => terms.atPrefix(prefix).size > 0,
    nearTerms: (term, distance) =>
      [...terms.fuzzyGet(term, distance)].map(([found, [fields, edits]]) => ({
        term: found,
        distance: edits,
        documents: [...fields.values()].reduce((sum, byDocument) => sum + byDocument.size, 0),
      })),
    forms(id, text) {
      let found = forms.get(id);
      if (!found) forms.set(id, (found = { lower: text.toLowerCase(), folded: fold(text) }));
      return found;
    },
  };
  indexes.set(program, index);
  return index;
}
