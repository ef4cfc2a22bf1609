import { type SourceLine } from './lines.js';
import { FIELD, FIELD_INSIDE, ITEM, ITEM_ALONE, PART, isUpperText, startsWithMarker } from './markers.js';

/** Consecutive pieces of lines that make one paragraph; each piece keeps its source line. */
export interface Paragraph {
  lines: SourceLine[];
}

/** How the extraction laid the text out, measured over the whole input. */
export interface Layout {
  /** A blank line after every line (PDF copies): blank lines then say nothing about paragraphs. */
  doubleSpaced: boolean;
  /** A line ending a sentence that is shorter than this ends its paragraph (wrapped lines are longer). */
  shortLine: number;
}

export interface ParagraphOptions {
  /** Whether the text from this line up to a line ending in ":" reads as an assignment header. */
  isLeadIn?: (text: string) => boolean;
}

const LEAD_IN_MAX_LINES = 6;
const LEAD_IN_MAX_CHARS = 600;
const SENTENCE_END = /[.;!?…”"):]$/u;

function piece(line: SourceLine, text: string): SourceLine {
  return { number: line.number, raw: text, text: text.trim(), blankBefore: false };
}

/**
 * A heading carrying its first child's number at its end or in its middle ("… tiến bộ 1.1.",
 * "III. TỔ CHỨC THỰC HIỆN 1.", "3. Giải quyết … đình công 3.1. Rà soát …"): the number moves to
 * a piece of its own.
 */
function splitGluedNumber(line: SourceLine): SourceLine[] {
  const part = PART.exec(line.text);
  const item = part ? null : ITEM.exec(line.text);
  const child = part ? '1' : item ? `${item[1]}.1` : null;
  if (child === null) return [line];
  const glued = new RegExp(`\\s(${child.replace(/\./g, '\\.')})\\.(?=\\s+\\p{Lu}|$)`, 'u').exec(line.text);
  if (!glued || glued.index < 3) return [line];
  const head = { ...piece(line, line.text.slice(0, glued.index)), blankBefore: line.blankBefore };
  return [head, piece(line, line.text.slice(glued.index + 1))];
}

/** Several labelled fields on one line ("a) Cơ quan chủ trì: … b) Cơ quan phối hợp: …"): one piece each. */
function splitFields(line: SourceLine): SourceLine[] {
  if (!FIELD.test(line.text) && !/[.;]\s*(?:[-–+•*]\s*)?(?:[a-eg-iđ]\)\s*)?(?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Sản phẩm)/u.test(line.text)) return [line];
  const pieces: SourceLine[] = [];
  let start = 0;
  for (const match of line.text.matchAll(FIELD_INSIDE)) {
    const at = match.index + match[0].length;
    if (at <= start || /^\s*[-–+•*]?\s*(?:[a-eg-iđ]\)\s*)?$/u.test(line.text.slice(start, match.index))) continue;
    pieces.push(piece(line, line.text.slice(start, match.index + (/^[.;]/.test(match[0]) ? 1 : 0))));
    start = at;
  }
  if (pieces.length === 0) return [line];
  pieces.push(piece(line, line.text.slice(start)));
  pieces[0]!.blankBefore = line.blankBefore;
  return pieces;
}

export function measureLayout(lines: readonly SourceLine[]): Layout {
  const blankBefore = lines.filter((line) => line.blankBefore).length;
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  const wide = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return { doubleSpaced: lines.length > 4 && blankBefore >= (lines.length - 1) * 0.7, shortLine: Math.max(40, Math.round(wide * 0.72)) };
}

/** Whether the lines from `start` reach a line ending in ":" that reads as an assignment header. */
function leadInAt(lines: readonly SourceLine[], start: number, isLeadIn: (text: string) => boolean): boolean {
  let text = '';
  for (let end = start; end < Math.min(lines.length, start + LEAD_IN_MAX_LINES); end++) {
    const line = lines[end]!;
    if (end > start && startsWithMarker(line.text)) return false;
    text = text === '' ? line.text : `${text} ${line.text}`;
    if (text.length > LEAD_IN_MAX_CHARS) return false;
    if (line.text.endsWith(':')) return isLeadIn(text);
  }
  return false;
}

/**
 * Undoes the hard wraps of web and PDF extraction: lines become paragraphs, each starting at a
 * marker, after a blank line (where blank lines mean something), after a short line ending a
 * sentence, or where an assignment header starts.
 */
export function readParagraphs(input: readonly SourceLine[], options: ParagraphOptions = {}): Paragraph[] {
  const lines = input.flatMap(splitGluedNumber).flatMap(splitFields);
  const layout = measureLayout(input);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous: SourceLine | undefined = current?.lines[current.lines.length - 1];
    if (!current || !previous || !continues(current, previous, line, layout, () => options.isLeadIn !== undefined && leadInAt(lines, i, options.isLeadIn))) {
      current = { lines: [line] };
      paragraphs.push(current);
    } else current.lines.push(line);
  }
  return paragraphs;
}

function continues(paragraph: Paragraph, previous: SourceLine, line: SourceLine, layout: Layout, leadIn: () => boolean): boolean {
  const first = paragraph.lines[0]!.text;
  if (paragraph.lines.length === 1 && ITEM_ALONE.test(first)) return !startsWithMarker(line.text);
  if (startsWithMarker(line.text)) {
    // "giai đoạn 2026" ⏎ "- 2030": a range wrapped before its dash, not a bullet.
    return /^[-–]\s*\d/.test(line.text) && /\d$/.test(previous.text);
  }
  if (/^Số\s*:?$/u.test(previous.text)) return true;
  if (paragraph.lines.length >= 1 && PART.test(first) && isUpperText(line.text) && !/[.:]$/.test(previous.text)) return true;
  if (/^[\p{Ll}\d(,;]/u.test(line.text)) return true;
  if (previous.text.endsWith(':')) return false;
  if (!layout.doubleSpaced && line.blankBefore) return false;
  if (SENTENCE_END.test(previous.text) && previous.text.length < layout.shortLine) return false;
  return !leadIn();
}
