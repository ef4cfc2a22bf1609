import MiniSearch, { type SearchResult as MiniSearchHit } from 'minisearch';
import type { Program, Task } from '../schema.js';
import { fold } from '../text.js';
import { indexTerms } from './words.js';

interface IndexedDocument {
  id: string;
  text?: string;
  header?: string;
}

// Exposes the term dictionary MiniSearch keeps anyway, for "is this a word of the program?" and
// for the typo suggestion, instead of keeping a second copy of the vocabulary.
class ProgramIndex extends MiniSearch<IndexedDocument> {
  hasTerm(term: string): boolean {
    return this._index.has(term);
  }

  hasPrefix(prefix: string): boolean {
    return this._index.atPrefix(prefix).size > 0;
  }

  /** Terms within `distance` edits of `term`, with their distance and how many documents hold them. */
  nearTerms(term: string, distance: number): Array<{ term: string; distance: number; documents: number }> {
    return [...this._index.fuzzyGet(term, distance)].map(([found, [fields, edits]]) => ({
      term: found,
      distance: edits,
      documents: [...fields.values()].reduce((sum, byDocument) => sum + byDocument.size, 0),
    }));
  }
}

export type { MiniSearchHit };

export interface TextForms {
  lower: string;
  folded: string;
}

/** A program's search index: tasks by their text, blocks by their header (once per block). */
export interface SearchIndex {
  miniSearch: ProgramIndex;
  tasksOfBlock: Map<string, Task[]>;
  /** A task's text or a header, lowercased and folded on first need and kept (ranking, highlights). */
  forms(id: string, text: string): TextForms;
}

const indexes = new WeakMap<Program, SearchIndex>();

export function indexOf(program: Program): SearchIndex {
  let index = indexes.get(program);
  if (!index) {
    index = buildIndex(program);
    indexes.set(program, index);
  }
  return index;
}

function buildIndex(program: Program): SearchIndex {
  const forms = new Map<string, TextForms>();
  const miniSearch = new ProgramIndex({
    fields: ['text', 'header'],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    // Queries are built term by term (see query.ts): no second tokenizing or folding.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });
  const documents: IndexedDocument[] = [];
  for (const block of program.blocks) {
    documents.push({ id: block.id, header: block.header });
  }
  const tasksOfBlock = new Map<string, Task[]>();
  for (const task of program.tasks) {
    documents.push({ id: task.id, text: task.text });
    const siblings = tasksOfBlock.get(task.blockId);
    if (siblings) siblings.push(task);
    else tasksOfBlock.set(task.blockId, [task]);
  }
  miniSearch.addAll(documents);
  return {
    miniSearch,
    tasksOfBlock,
    forms(id, text) {
      let found = forms.get(id);
      if (!found) forms.set(id, (found = { lower: text.toLowerCase(), folded: fold(text) }));
      return found;
    },
  };
}
