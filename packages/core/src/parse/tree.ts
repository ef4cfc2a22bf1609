import type { Diagnostic } from '../schema.js';
import type { SourceLine } from './lines.js';
import {
  BULLET,
  FIELD,
  FOOTNOTE,
  ITEM,
  ITEM_ALONE,
  LETTER,
  LETTERS,
  PART,
  RECIPIENTS,
  SIGNATURE,
  fieldKind,
  isUpperText,
  type FieldKind,
} from './markers.js';
import type { Paragraph } from './paragraphs.js';

/** What a Roman part is for, decided by its heading words, not its position. */
export type PartRole = 'purpose' | 'tasks' | 'organisation' | 'other';

export type NodeKind = 'part' | 'item' | 'letter' | 'lead' | 'bullet' | 'field' | 'text';

export interface TreeNode {
  kind: NodeKind;
  /** The paragraph as written, marker included. */
  lines: SourceLine[];
  /** The paragraph's pieces with the marker ("1.2.", "a)", "-", "Cơ quan chủ trì:") removed. */
  content: SourceLine[];
  /** "II" for a part, "1.2" for an item; else null. */
  number: string | null;
  letter: string | null;
  field: FieldKind | null;
  role: PartRole | null;
  /** The bullet character, so a "+" under a "-" nests. */
  bullet: string | null;
  children: TreeNode[];
}

export interface TreeNote {
  severity: Diagnostic['severity'];
  code: string;
  lines: SourceLine[];
  message: string;
}

export interface DocumentTree {
  /** Everything before the first part: the issuer's heading, number, date, title, a cover decision, the preamble. */
  front: Paragraph[];
  parts: TreeNode[];
  /** Recipients and signatures after the parts. */
  back: Paragraph[];
  footnotes: Paragraph[];
  notes: TreeNote[];
}

export interface TreeOptions {
  /** Whether a paragraph ending in ":" reads as an assignment header (then it heads a block). */
  isLeadIn?: (text: string) => boolean;
}

const PART_ROLES: ReadonlyArray<readonly [RegExp, PartRole]> = [
  [/TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG TRÁCH NHIỆM|ĐIỀU KHOẢN THI HÀNH/u, 'organisation'],
  [/NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG|HOẠT ĐỘNG|CÔNG VIỆC/u, 'tasks'],
  [/MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM|CĂN CỨ|SỰ CẦN THIẾT|ĐÁNH GIÁ|KẾT QUẢ/u, 'purpose'],
];

export function partRole(heading: string): PartRole {
  const upper = heading.toUpperCase();
  return PART_ROLES.find(([words]) => words.test(upper))?.[1] ?? 'other';
}

function withoutMarker(lines: readonly SourceLine[], rest: string): SourceLine[] {
  const [first, ...others] = lines;
  return [{ ...first!, text: rest.trim() }, ...others].filter((line) => line.text !== '');
}

function node(kind: NodeKind, lines: SourceLine[], content: SourceLine[], extra: Partial<TreeNode> = {}): TreeNode {
  return { kind, lines, content, number: null, letter: null, field: null, role: null, bullet: null, children: [], ...extra };
}

/** A label wrapped onto the next line ("Đơn vị chủ trì tham mưu thực" ⏎ "hiện: Sở Tư pháp."). */
function wrappedField(lines: readonly SourceLine[]): { match: RegExpExecArray; value: string; wrapped: true } | null {
  const second = lines[1];
  if (!second || lines[0]!.text.length > 60 || lines[0]!.text.includes(':')) return null;
  const match = FIELD.exec(`${lines[0]!.text} ${second.text}`);
  const colon = second.text.indexOf(':');
  return match && colon !== -1 ? { match, value: second.text.slice(colon + 1), wrapped: true } : null;
}

const isContainer = (kind: NodeKind) => kind === 'part' || kind === 'item';

/**
 * The document tree: parts, numbered items nested by their numbers, lettered items, assignment
 * headers, bullets, labelled fields and text, each with its source lines. Layout differences of
 * the genre (no part headings, a cover decision, signatures before the program, two programs in
 * one file) are settled here, so the extractors see one shape.
 */
export function buildTree(paragraphs: readonly Paragraph[], options: TreeOptions = {}): DocumentTree {
  const tree: DocumentTree = { front: [], parts: [], back: [], footnotes: [], notes: [] };
  const note = (severity: TreeNote['severity'], code: string, lines: SourceLine[], message: string) =>
    tree.notes.push({ severity, code, lines, message });

  const isPart = (paragraph: Paragraph) => {
    const match = PART.exec(paragraph.lines[0]!.text);
    return match !== null && isUpperText(paragraph.lines.map((line) => line.text).join(' ').slice(match[1]!.length + 1));
  };
  let firstPart = paragraphs.findIndex(isPart);
  let synthetic = false;
  if (firstPart === -1) {
    // No part headings: the body starts at the first item "1." after an opening text.
    firstPart = paragraphs.findIndex((paragraph, index) => index > 0 && ITEM.exec(paragraph.lines[0]!.text)?.[1] === '1');
    synthetic = firstPart !== -1;
    if (synthetic) note('info', 'missing-part-heading', paragraphs[firstPart]!.lines.slice(0, 1), 'expected "I. …" before the first priority area; started the areas here');
  }
  if (firstPart === -1) {
    tree.front.push(...paragraphs);
    return tree;
  }
  tree.front.push(...paragraphs.slice(0, firstPart));

  const stack: TreeNode[] = [];
  /** Last child number and letter index of each container, so numbering is checked without rescanning. */
  const lastNumber = new Map<TreeNode, number>();
  const lastLetter = new Map<TreeNode, number>();
  let inBack = false;
  const top = () => stack[stack.length - 1];
  const popUntil = (accept: (candidate: TreeNode) => boolean) => {
    while (stack.length > 1 && !accept(top()!)) stack.pop();
    return top()!;
  };
  const openPart = (content: SourceLine[], number: string | null, heading: string) => {
    const part = node('part', content, content, { number, role: synthetic ? 'tasks' : partRole(heading) });
    tree.parts.push(part);
    stack.length = 0;
    stack.push(part);
  };
  if (synthetic) openPart([], null, '');

  for (let index = firstPart; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const lines = paragraph.lines;
    const text = lines[0]!.text;
    const joined = () => lines.map((line) => line.text).join(' ');

    if (FOOTNOTE.test(text)) {
      tree.footnotes.push(paragraph);
      continue;
    }
    if (isPart(paragraph)) {
      const match = PART.exec(text)!;
      inBack = false;
      openPart(withoutMarker(lines, match[2]!), match[1]!, joined());
      continue;
    }
    if (inBack || SIGNATURE.test(text) || RECIPIENTS.test(text)) {
      inBack = true;
      tree.back.push(paragraph);
      continue;
    }

    const item = ITEM.exec(text) ?? (ITEM_ALONE.test(text) ? ITEM_ALONE.exec(text) : null);
    if (item) {
      const number = item[1]!;
      const path = number.split('.');
      const parentNumber = path.slice(0, -1).join('.');
      const parent = [...stack].reverse().find((candidate) =>
        path.length === 1 ? candidate.kind === 'part' : candidate.kind === 'item' && candidate.number === parentNumber,
      );
      const sub = Number(path[path.length - 1]);
      const last = parent ? (lastNumber.get(parent) ?? 0) : 0;
      const rest = item[2] ?? '';
      if (parent && sub > last && sub <= last + 2 && (rest === '' || /^[\p{Lu}\d“"(]/u.test(rest) || lines.length > 1)) {
        if (sub !== last + 1) {
          const expected = path.length === 1 ? `priority area ${last + 1}` : `item ${parentNumber}.${last + 1}`;
          note('warning', 'skipped-number', lines.slice(0, 1), `expected ${expected}, found ${path.length === 1 ? number : number}`);
        }
        lastNumber.set(parent, sub);
        while (top() !== parent) stack.pop();
        const child = node('item', lines, withoutMarker(lines, rest), { number });
        parent.children.push(child);
        stack.push(child);
        continue;
      }
    }

    const direct = FIELD.exec(text);
    const field = direct ? { match: direct, value: direct[5]!, wrapped: false } : wrappedField(lines);
    if (field) {
      const parent = popUntil((candidate) => candidate.kind !== 'bullet' && candidate.kind !== 'text');
      const content = field.wrapped ? withoutMarker(lines.slice(1), field.value) : withoutMarker(lines, field.value);
      parent.children.push(node('field', lines, content, { field: fieldKind(field.match) }));
      continue;
    }

    const letter = LETTER.exec(text);
    if (letter) {
      const parent = popUntil((candidate) => isContainer(candidate.kind));
      const letterText = letter[1]!;
      const position = LETTERS.indexOf(letterText);
      const previous = lastLetter.get(parent) ?? -1;
      if (position <= previous) {
        note('info', 'repeated-letter', lines.slice(0, 1), `expected a letter after "${LETTERS[previous]})", found "${letterText})" again; kept both blocks`);
      } else if (position > previous + 1) {
        note('info', 'skipped-letter', lines.slice(0, 1), `expected "${LETTERS[previous + 1]})", found "${letterText})"`);
      }
      lastLetter.set(parent, Math.max(previous, position));
      const child = node('letter', lines, withoutMarker(lines, letter[2]!), { letter: letterText });
      parent.children.push(child);
      stack.push(child);
      continue;
    }

    const bullet = BULLET.exec(text);
    if (bullet) {
      const character = text[0]!;
      let parent = popUntil((candidate) => candidate.kind !== 'text');
      // A "+" under a "-" is a sub-point of that bullet; the same character is a sibling.
      while (parent.kind === 'bullet' && parent.bullet === character && stack.length > 1) {
        stack.pop();
        parent = top()!;
      }
      if (parent.kind === 'bullet' && parent.bullet !== character && stack.some((candidate) => candidate.kind === 'bullet' && candidate.bullet === character)) {
        parent = popUntil((candidate) => candidate.kind !== 'bullet' || candidate.bullet === character);
        if (parent.kind === 'bullet') {
          stack.pop();
          parent = top()!;
        }
      }
      const child = node('bullet', lines, withoutMarker(lines, bullet[1]!), { bullet: character });
      parent.children.push(child);
      stack.push(child);
      continue;
    }

    const last = lines[lines.length - 1]!.text;
    if (last.endsWith(':') && options.isLeadIn?.(joined())) {
      const parent = popUntil((candidate) => isContainer(candidate.kind));
      const child = node('lead', lines, [...lines]);
      parent.children.push(child);
      stack.push(child);
      continue;
    }

    const parent = top()!;
    if (parent.kind === 'bullet') {
      note('info', 'undashed-paragraph', lines.slice(0, 1), 'expected each task of a bulleted block to start with "-"; this paragraph has none and is read as part of the task above');
    }
    parent.children.push(node('text', lines, [...lines]));
  }
  return tree;
}
