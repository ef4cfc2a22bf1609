import type { SourceSpan } from '../schema.js';
import { normalizeSpace } from '../text.js';

export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line as it is in the input. */
  raw: string;
  /** Whitespace-normalised content. */
  text: string;
}

/** The non-blank lines of the input, numbered as in the input. */
export function readLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  input.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = normalizeSpace(raw);
    if (text !== '') lines.push({ number: index + 1, raw, text });
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
    let text = '';
    this.starts = [];
    this.numbers = [];
    for (const line of lines) {
      // A line ending in a hyphen glued to a word ("2021-", "39-") was wrapped inside a compound:
      // rejoin it without a space ("2021-2030", "39-NQ/TW"). A spaced dash ("kinh tế -") keeps one.
      if (text !== '' && !/\S-$/.test(text)) text += ' ';
      this.starts.push(text.length);
      this.numbers.push(line.number);
      text += line.text;
    }
    this.text = text;
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
