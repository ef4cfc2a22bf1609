import type { SourceSpan } from '../schema.js';
import type { ReaderLanguage } from './language.js';

/** One line of the original text. */
export interface SourceLine {
  /** 1-based, as records cite it. */
  number: number;
  text: string;
  /** The line is one of the record's own (inside `source.line`–`source.endLine`). */
  cited: boolean;
}

/** The lines of the original text around a record, its own lines marked. */
export interface SourceExcerpt {
  lines: SourceLine[];
  /** The record's lines as cited. */
  source: SourceSpan;
  /** Whether lines come before or after the excerpt in the whole text. */
  more: { before: boolean; after: boolean };
}

/**
 * The original text's lines `source.line`–`source.endLine` with `context` lines on each side (fewer
 * at the start and end of the text), for showing a record where it stands in the document. The
 * text is the one the dataset was parsed from, e.g. the package's `data/binh-thuan-2021-2025.txt`
 * (its SHA-256 is the program's `source.sha256`). Throws a RangeError naming the span when it is not
 * inside the text, as happens with the text of another document.
 */
export function sourceExcerpt(text: string, source: SourceSpan, context = 3): SourceExcerpt {
  if (!Number.isInteger(context) || context < 0) throw new RangeError(`context: expected a whole number of lines ≥ 0; got ${context}`);
  const all = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start another.
  if (all.length > 1 && all.at(-1) === '') all.pop();
  const { line, endLine } = source;
  if (!Number.isInteger(line) || !Number.isInteger(endLine) || line < 1 || endLine < line || endLine > all.length) {
    throw new RangeError(`source: lines ${line}–${endLine} are not inside the text, which has ${all.length} lines`);
  }
  const first = Math.max(1, line - context);
  const last = Math.min(all.length, endLine + context);
  return {
    lines: all.slice(first - 1, last).map((lineText, index) => {
      const number = first + index;
      return { number, text: lineText, cited: number >= line && number <= endLine };
    }),
    source: { line, endLine },
    more: { before: first > 1, after: last < all.length },
  };
}

/** The cited lines as a reader names them: "dòng 31–60", "dòng 31"; "lines 31–60", "line 31". */
export function formatSourceLines(source: SourceSpan, lang: ReaderLanguage): string {
  const single = source.line === source.endLine;
  const span = single ? String(source.line) : `${source.line}–${source.endLine}`;
  if (lang === 'vi') return `dòng ${span}`;
  return `${single ? 'line' : 'lines'} ${span}`;
}
