import type { Program } from '../schema.js';
import { fold } from '../text.js';
import { indexOf, type SearchIndex } from './build.js';
import { phrasePattern } from './highlight.js';
import { searchWords } from './rank.js';
import { queryWords, WORD, type QueryWord } from './words.js';

const NUMBER = /^\p{N}+$/u;

/** The word of the program closest to a mistyped one: fewest edits, then the most common. */
function nearestWord(index: SearchIndex, word: QueryWord): string | undefined {
  const near = index
    .nearTerms(word.folded, word.folded.length <= 4 ? 1 : 2)
    // No numbers: citations stay exact.
    .filter(({ term }) => !NUMBER.test(term) && term !== word.folded);
  near.sort((a, b) => a.distance - b.distance || b.documents - a.documents);
  return near[0]?.term;
}

/**
 * For a query that finds nothing, a query that does ("chuyen doi s0" → "chuyển đổi số"): each word
 * that is no word of the program is replaced by the nearest one (or left out), and the result is
 * spelled as the best-matching task writes it. Undefined when the query already finds tasks or no
 * correction does.
 */
export function suggestQuery(program: Program, query: string): string | undefined {
  if (query.trim() === '') return undefined;
  const index = indexOf(program);
  const known = (word: QueryWord) =>
    word.prefix ? index.hasPrefix(word.folded) : index.hasTerm(word.folded);
  const words = queryWords(query, (term) => index.hasTerm(term));
  if (searchWords(program, words, { limit: 1 }).length > 0) return undefined;

  const corrected: QueryWord[] = [];
  for (const word of words) {
    if (word.stop || word.literal || known(word)) {
      corrected.push({ ...word, prefix: false });
      continue;
    }
    const nearest = nearestWord(index, word);
    if (nearest) corrected.push({ ...word, exact: nearest, folded: nearest, accented: false, prefix: false });
  }
  const [best] = searchWords(program, corrected, { limit: 1 });
  if (!best) return undefined;
  return spelledAsIn(best.task.text, corrected) ?? corrected.map((word) => word.exact).join(' ');
}

/** The corrected words as `text` writes them: its phrase if it has one, else each word's first use. */
function spelledAsIn(text: string, words: readonly QueryWord[]): string | undefined {
  const lower = text.toLowerCase();
  const folded = fold(text);
  const phrase = phrasePattern(words);
  const inRow = phrase ? phrase.exec(folded) : null;
  if (inRow) return [...lower.slice(inRow.index, inRow.index + inRow[0].length).matchAll(WORD)].map(([word]) => word).join(' ');
  const spelled = words.map((word) => {
    for (const match of lower.matchAll(WORD)) {
      if (folded.slice(match.index, match.index + match[0].length) === word.folded) return match[0];
    }
    return undefined;
  });
  return spelled.every((word) => word !== undefined) ? spelled.join(' ') : undefined;
}
