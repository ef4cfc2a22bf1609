import { fold } from '../text.js';

/** A run of letters and digits: "08-NQ/TW" is three words, "đổi" one. */
export const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
// A citation as typed: words joined by "-", "/" or "." with a number among them ("08-NQ/TW",
// "1361/KH-UBND", "107/2020/NĐ-CP").
const CITATION = /^[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)+$/u;

// Words and phrases found in nearly every task and header of an administrative program: matching
// them says nothing about what a task is about. Written as the program writes them (lowercase).
// "sở" is here because every header names a Sở; "cơ sở" still counts through the phrase bonus.
const STOP_PHRASES = [
  'các', 'và', 'của', 'với', 'cho', 'trong', 'theo', 'để', 'được', 'có', 'là', 'những', 'này', 'đó', 'việc',
  'tại', 'từ', 'trên', 'về', 'một', 'sở', 'tỉnh', 'ngành', 'ubnd', 'thực hiện', 'triển khai', 'phối hợp',
  'chủ trì', 'ủy ban nhân dân', 'uỷ ban nhân dân',
].map((phrase) => phrase.split(' '));

function phrasesByFirstWord(phrases: string[][]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  // Longest first, so "ủy ban nhân dân" wins over a shorter phrase starting with the same word.
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(phrase[0]!) ?? [];
    list.push(phrase);
    byFirst.set(phrase[0]!, list);
  }
  return byFirst;
}

const STOP_EXACT = phrasesByFirstWord(STOP_PHRASES);
const STOP_FOLDED = phrasesByFirstWord(STOP_PHRASES.map((phrase) => phrase.map(fold)));

/**
 * Calls `mark(i)` for each of `words` that belongs to a stop phrase; `phrasesAt(i)` lists the stop
 * phrases starting with word i, longest first.
 */
export function markStops(words: readonly string[], phrasesAt: (i: number) => readonly string[][] | undefined, mark: (i: number) => void): void {
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrasesAt(i) ?? []) {
      if (phrase.every((word, k) => words[i + k] === word)) {
        for (let k = 0; k < phrase.length; k++) mark(i + k);
        i += phrase.length - 1;
        break;
      }
    }
  }
}

function stopMarks(words: readonly string[], table: Map<string, string[][]>): boolean[] {
  const marks = words.map(() => false);
  markStops(words, (i) => table.get(words[i]!), (i) => (marks[i] = true));
  return marks;
}

/** The stop phrases of administrative text that start with lowercase `word`, longest first. */
export const stopPhrasesOf = (word: string): readonly string[][] | undefined => STOP_EXACT.get(word);

/** One word of a query, as typed and folded, with how it may match. */
export interface QueryWord {
  /** Lowercase, as typed. */
  exact: string;
  folded: string;
  /** Typed with diacritics (or đ): tasks with the word as typed rank first, and only it is highlighted. */
  accented: boolean;
  /** Part of a citation ("08-NQ/TW") or a number: never a stop word, never a prefix or a fuzzy match. */
  literal: boolean;
  /** Too common to drive results: not required, only counted in the phrase. */
  stop: boolean;
  /** The word being typed (the last one, unless it is a whole word of the index): it also matches words it begins. */
  prefix: boolean;
  /** A prefix that is also a whole word of the program ("gi", "so"). */
  whole: boolean;
}

/**
 * The words of a query. `known` tells whether a folded term is in the index: a word typed without
 * diacritics that folds to a stop word ("cac") is a stop word only if no other word folds to it
 * ("so" is also "số", so it stays); and a known last word is not a prefix.
 */
export function queryWords(query: string, known: (term: string) => boolean): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of query.toLowerCase().split(/\s+/)) {
    const literal = CITATION.test(chunk) && DIGIT.test(chunk);
    for (const [word] of chunk.matchAll(WORD)) {
      const folded = fold(word);
      words.push({ exact: word, folded, accented: folded !== word, literal: literal || /^\p{N}+$/u.test(word), stop: false, prefix: false, whole: false });
    }
  }
  // Matched words are tracked as bits of a number (see search): a query is at most 30 words.
  words.splice(30);
  const exactStop = stopMarks(words.map((word) => word.exact), STOP_EXACT);
  const foldedStop = stopMarks(words.map((word) => word.folded), STOP_FOLDED);
  words.forEach((word, i) => {
    word.stop = !word.literal && (exactStop[i]! || (foldedStop[i]! && !word.accented && !known(word.folded)));
  });
  // A query of stop words only still searches them, as written.
  if (words.every((word) => word.stop)) for (const word of words) word.stop = false;
  const last = words.at(-1);
  // A last word that is already a word of the program ("cong") is taken as typed to its end: its
  // prefix expansion would cost most of the search for little gain. A short one ("gi", on the way
  // to "gió") still expands.
  if (last && !last.literal && /[\p{L}\p{N}]$/u.test(query) && (last.folded.length <= 2 || !known(last.folded))) {
    last.prefix = true;
    last.whole = known(last.folded);
  }
  return words;
}
