import type { SourceSpan } from '../schema.js';
import { normalizeSpace } from '../text.js';

export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line as it is in the input (or the part of it this piece covers). */
  raw: string;
  /** Whitespace-normalised content. */
  text: string;
  /** One or more blank lines come right before this one. */
  blankBefore?: boolean;
}

// Every line break the genre's extractions use: CRLF, CR alone (old Mac exports), LF, and the
// Unicode separators that web copies carry (U+2028, U+2029, U+0085).
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;
// Zero-width characters and the soft hyphen: invisible in the source, they would split words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** The text a parser reads: byte-order mark and invisible characters removed, NFC. */
export function cleanText(input: string): string {
  return input.replace(INVISIBLE, '').normalize('NFC');
}

/** The non-blank lines of the (cleaned) input, numbered as in the input. */
export function readLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blank = false;
  input.split(LINE_BREAK).forEach((raw, index) => {
    const text = normalizeSpace(raw);
    if (text === '') {
      blank = lines.length > 0;
      return;
    }
    lines.push({ number: index + 1, raw, text, blankBefore: blank });
    blank = false;
  });
  return lines;
}

/**
 * Lines joined into one paragraph, remembering where each line starts so that any offset in the
 * joined text maps back to its source line.
 */
export class JoinedText {
  readonly text: string;
  private readonly starts: number[];
  private readonly numbers: number[];

  constructor(lines: readonly SourceLine[]) {
    const parts: string[] = [];
    let length = 0;
    let previous = '';
    this.starts = [];
    this.numbers = [];
    for (const line of lines) {
      // A line ending in a hyphen glued to a word ("2021-", "39-") was wrapped inside a compound:
      // rejoin it without a space ("2021-2030", "39-NQ/TW"). A spaced dash ("kinh tế -") keeps one.
      // Only the previous line's end is tested: testing the growing text made this quadratic.
      if (length > 0 && !/\S-$/.test(previous.slice(-2))) {
        parts.push(' ');
        length++;
      }
      this.starts.push(length);
      this.numbers.push(line.number);
      parts.push(line.text);
      length += line.text.length;
      previous = line.text;
    }
    this.text = parts.join('');
  }

  /** Source line of the character at `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return this.numbers[low] ?? 0;
  }

  /** Source span of the characters from `start` (inclusive) to `end` (exclusive). */
  span(start: number, end: number): SourceSpan {
    return { line: this.lineAt(start), endLine: this.lineAt(Math.max(start, end - 1)) };
  }

  /** The span of all the lines; only meaningful for at least one line. */
  get source(): SourceSpan {
    return { line: this.numbers[0]!, endLine: this.numbers[this.numbers.length - 1]! };
  }
}
