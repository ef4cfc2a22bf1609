import { fold } from '../text.js';
import { WORD, type QueryWord } from './words.js';

type Range = [number, number];

const SEPARATOR = '[^\\p{L}\\p{N}]+';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression for the query's words in a row, on folded text: the phrase. The word being
 * typed may be the start of a longer one. Null for a single word.
 */
export function phrasePattern(words: readonly QueryWord[]): RegExp | null {
  if (words.length < 2) return null;
  const body = words.map((word) => escape(word.folded)).join(SEPARATOR);
  const end = words.at(-1)!.prefix ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${end}`, 'gu');
}

/**
 * Whether a word of the text matches a query word: as typed when typed with diacritics, else folded.
 * A stop word of the text matches only as written, as in the index ("so" is not "sở").
 */
function wordMatch(word: QueryWord, lower: string, folded: string, stop = false): 'full' | 'prefix' | undefined {
  const [typed, candidate] = word.accented || stop ? [word.exact, lower] : [word.folded, folded];
  if (candidate === typed) return 'full';
  return word.prefix && candidate.startsWith(typed) ? 'prefix' : undefined;
}

/** A word of a text: where it is, as written (lowercase), folded, and whether it is a stop word there. */
export interface TextWord {
  start: number;
  end: number;
  lower: string;
  folded: string;
  stop: boolean;
}

/**
 * `[start, end)` offsets of what to highlight in a text (its `textWords`) for a query: each run of
 * the query's words in a row (the phrase), and each word that matches a query word other than a
 * stop word. A word typed with diacritics marks only words written that way ("số" not "sở"); the
 * word being typed marks the words it begins only where it does not also occur whole, and not at
 * all when it was typed whole with its diacritics ("số" never marks "sống").
 */
export function queryHighlights(textWords: readonly TextWord[], words: readonly QueryWord[]): Range[] {
  const ranges: Range[] = [];
  if (words.length >= 2) {
    const last = words.length - 1;
    // The last word, being typed, may be the start of a longer one: the phrase ends inside it.
    const cut = (at: number, k: number, form: 'lower' | 'folded') => {
      const word = textWords[at + k]![form];
      return k === last && words[last]!.prefix ? word.slice(0, words[last]!.folded.length) : word;
    };
    for (let at = 0; at + words.length <= textWords.length; ) {
      let k = 0;
      while (k < words.length && cut(at, k, 'folded') === words[k]!.folded) k++;
      if (k < words.length) {
        at++;
        continue;
      }
      // The phrase matched folded: words typed with diacritics must also agree as written.
      if (words.every((word, j) => wordMatch(word, cut(at, j, 'lower'), cut(at, j, 'folded')) !== undefined)) {
        ranges.push([textWords[at]!.start, textWords[at + last]!.start + cut(at, last, 'folded').length]);
      }
      at += words.length;
    }
  }
  const wanted = words.filter((word) => !word.stop);
  const found = wanted.map(() => ({ full: [] as Range[], prefix: [] as Range[] }));
  for (const { start, end, lower, folded, stop } of textWords) {
    wanted.forEach((word, i) => {
      const kind = wordMatch(word, lower, folded, stop);
      if (kind) found[i]![kind].push([start, end]);
    });
  }
  // Where the phrase is found, it shows what the word being typed begins: no other prefix matches.
  // Nor for a whole word typed with its diacritics: "số" is what was meant, not "sống".
  const phraseFound = ranges.length > 0;
  found.forEach(({ full, prefix }, i) => {
    const word = wanted[i]!;
    ranges.push(...(full.length > 0 ? full : phraseFound || (word.accented && word.whole) ? [] : prefix));
  });
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Offsets of the words of `text` that equal one of `terms` once both are folded, in text order.
 * Folding keeps offsets (see `fold`), so they point into the original text.
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const wanted = new Set(terms.map(fold));
  const ranges: Range[] = [];
  for (const word of fold(text).matchAll(WORD)) {
    if (wanted.has(word[0])) ranges.push([word.index, word.index + word[0].length]);
  }
  return ranges;
}
