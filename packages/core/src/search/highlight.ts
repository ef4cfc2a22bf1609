import { fold } from '../text.js';
import { stopWords, WORD, type QueryWord } from './words.js';

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

/**
 * `[start, end)` offsets of what to highlight in `text` for a query: each run of the query's words in
 * a row (the phrase), and each word that matches a query word other than a stop word. A word typed
 * with diacritics marks only words written that way ("số" not "sở"); the word being typed marks the
 * words it begins only where it does not also occur whole, and not at all when it was typed whole
 * with its diacritics ("số" never marks "sống").
 * `folded` is `fold(text)` when the caller has it.
 */
export function queryHighlights(text: string, words: readonly QueryWord[], folded = fold(text)): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  const phrase = phrasePattern(words);
  if (phrase) {
    for (const match of folded.matchAll(phrase)) {
      const start = match.index;
      const end = start + match[0].length;
      // The pattern matched folded: words typed with diacritics must also agree as written.
      const spans = [...lower.slice(start, end).matchAll(WORD)];
      const agrees = spans.length === words.length && spans.every((span, i) => wordMatch(words[i]!, span[0], fold(span[0])) !== undefined);
      if (agrees) ranges.push([start, end]);
    }
  }
  const wanted = words.filter((word) => !word.stop);
  const found = wanted.map(() => ({ full: [] as Range[], prefix: [] as Range[] }));
  const textWords = [...lower.matchAll(WORD)];
  const stop = stopWords(textWords.map(([word]) => word));
  textWords.forEach((match, at) => {
    const start = match.index;
    const end = start + match[0].length;
    const foldedWord = folded.slice(start, end);
    wanted.forEach((word, i) => {
      const kind = wordMatch(word, match[0], foldedWord, stop[at]);
      if (kind) found[i]![kind].push([start, end]);
    });
  });
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
