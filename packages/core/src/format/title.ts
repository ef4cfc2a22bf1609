import { shortenAtWord } from './shorten.js';

/** A task's text split for reading: a short title, then the rest. */
export interface TaskTitle {
  /** The first sentence, or its first clauses when the sentence is long; the whole text when short. */
  title: string;
  /** The rest of the text, as written (it may begin in lower case after a clause); empty when the title is the whole text. */
  body: string;
}

/** Titles never exceed this many characters. */
export const TASK_TITLE_MAX = 140;
/** A clause cut shorter than this says too little to be a title; the cut looks further on. */
const MIN_CLAUSE_TITLE = 40;

// A sentence ends at . ! ? followed by a space and a capital letter, an opening bracket or a quote.
// "4.0" and "08-NQ/TW" never match; "TP. Phan Thiết" would, and still ends a readable title.
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}("“])/gu;
/** Ends of whole clauses: a title may stop there as it is. */
const CLAUSE_END = /[;:](?=\s)/g;
/** Commas: a title that stops there continues in the body, so it ends with an ellipsis. */
const COMMA = /,(?=\s)/g;

/** Bracket and quote depth before each offset of `text`. */
function depths(text: string): number[] {
  const depthAt: number[] = [];
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    depthAt.push(depth);
    const char = text[index];
    if (char === '(' || char === '“') depth++;
    else if ((char === ')' || char === '”') && depth > 0) depth--;
  }
  depthAt.push(depth);
  return depthAt;
}

/** Offsets of `pattern` in `text` outside brackets and quotes, where a cut would strand half a pair. */
function boundaries(text: string, pattern: RegExp, depthAt: number[]): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index).filter((index) => depthAt[index] === 0);
}

/** The punctuation and space that separate a title from its body. */
const SEPARATOR = /^[.!?;:,]?\s*/u;

function split(text: string, end: number, continues: boolean): TaskTitle {
  return { title: `${text.slice(0, end)}${continues ? '…' : ''}`, body: text.slice(end).replace(SEPARATOR, '') };
}

/**
 * Splits a task's text into a short title and a body, as a citizen scans a list: a text of up to
 * {@link TASK_TITLE_MAX} characters is all title; otherwise the title is the first sentence, or,
 * when that is longer, its first clauses up to a semicolon or colon; failing that, up to a comma or
 * a word, marked as continuing with "…". It never cuts inside brackets or quotes or inside a word.
 * The title drops the punctuation that ended it, so `text` is always the title (without a final
 * "…"), that punctuation, a space and the body.
 */
export function taskTitle(text: string): TaskTitle {
  const whole = text.trim();
  if (whole.length <= TASK_TITLE_MAX) return { title: whole.replace(/[.;,:]$/u, ''), body: '' };
  const depthAt = depths(whole);
  const fits = (index: number) => index >= MIN_CLAUSE_TITLE && index <= TASK_TITLE_MAX;
  const sentenceEnd = boundaries(whole, SENTENCE_END, depthAt)[0];
  if (sentenceEnd !== undefined && sentenceEnd <= TASK_TITLE_MAX) return split(whole, sentenceEnd, false);
  const clauseEnd = boundaries(whole, CLAUSE_END, depthAt).filter(fits).at(-1);
  if (clauseEnd !== undefined) return split(whole, clauseEnd, false);
  // Room for the ellipsis from here on.
  const comma = boundaries(whole, COMMA, depthAt).filter((index) => fits(index + 1)).at(-1);
  if (comma !== undefined) return split(whole, comma, true);
  const words = shortenAtWord(whole, TASK_TITLE_MAX).slice(0, -1);
  // A cut inside brackets moves back before the bracket that is still open.
  const opener = depthAt[words.length]! > 0 ? Math.max(words.lastIndexOf('('), words.lastIndexOf('“')) : -1;
  const end = opener >= MIN_CLAUSE_TITLE ? whole.slice(0, opener).trimEnd().length : words.length;
  return split(whole, end, true);
}
