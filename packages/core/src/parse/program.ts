import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type {
  Agency,
  Area,
  Block,
  Deadline,
  Diagnostic,
  ImplementationItem,
  Program,
  Reference,
  Section,
  Task,
} from '../schema.js';
import { excerpt, normalizeSpace, slugify } from '../text.js';
import { findDeadlines } from './deadlines.js';
import { isAssignmentHeader, readAssignmentHeader } from './header.js';
import { JoinedText, readLines, type SourceLine } from './lines.js';
import { findReferences } from './references.js';

export interface ParseOptions {
  /** Dataset id; defaults to a slug of the title's program kind and period. */
  id?: string;
  /** Title; the extracted text of this genre usually lacks the title page, so callers may supply it. */
  title?: string;
  /** Issuing body; defaults to the subject of "… ban hành Chương trình hành động" in the preamble. */
  issuer?: string;
  /** File name recorded in `source.file`. */
  sourceFile?: string;
}

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
}

const MAX_DIAGNOSTICS = 200;
const PART = /^(I|II|III|IV|V|VI)\.\s+(.+)$/;
const SECTION = /^(\d{1,2})\.(\d{1,2})\.?\s+(.*)$/;
// At most two digits: a line starting with a year and a full stop ("2022. Thường xuyên …") is text.
const NUMBERED = /^(\d{1,2})\.\s+(.*)$/;
// Vietnamese lettering has no f, j, w, z; "đ" follows "d".
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const LETTER = /^([a-eg-iđk-vxy])\)\s*(.*)$/;
const BULLET = /^[-–](?:\s+|(?=\p{Lu}))(.*)$/u;
const NUMBERED_MARKER = /^\d{1,2}\.\s+/;
const SECTION_MARKER = /^\d{1,2}\.\d{1,2}\.?\s+/;
const LETTER_MARKER = /^[a-eg-iđk-vxy]\)\s*/;
const BULLET_MARKER = /^[-–]\s*/;
const SIGNATURE = /^(?:TM\.|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|Nơi nhận)/;
const HEADER_MAX_LINES = 6;
// A line this short that ends a sentence ends its paragraph: the extracted text keeps no
// indentation that could say so, but full lines of the PDF run to ~75–80 characters.
const SHORT_LINE = 60;

interface TaskDraft {
  lines: SourceLine[];
  bullet: boolean;
}

interface BlockDraft {
  id: string;
  areaId: string;
  sectionId: string | null;
  letter: string | null;
  headerLines: SourceLine[];
  tasks: TaskDraft[];
}

interface ContainerState {
  key: string;
  lastLetterIndex: number;
  ids: Set<string>;
}

function isUpperText(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function hashOf(input: string): string {
  return bytesToHex(sha256(utf8ToBytes(input)));
}

/** A line's text with its leading marker ("1.1.", "a)", "-") removed, so joined text starts at the content. */
function withoutMarker(line: SourceLine, marker: RegExp): SourceLine {
  return { ...line, text: line.text.replace(marker, '') };
}

function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  const control = input.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return control > Math.max(8, input.length / 100);
}

/** "A. b. A. b." repeated by the extraction ("10.2" has its title twice): the first copy, or null. */
function undoubled(title: string): string | null {
  for (const split of title.matchAll(/\.\s+/g)) {
    const first = title.slice(0, split.index + 1);
    const second = title.slice(split.index + split[0].length);
    if (first.toLowerCase() === second.toLowerCase()) return first;
  }
  return null;
}

/**
 * Parses the text of a provincial action program (as extracted from its PDF) into the dataset.
 * Never throws on a string: whatever it cannot place is reported in `diagnostics` with its line.
 */
export function parseProgram(input: string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let dropped = 0;
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    lines: readonly SourceLine[],
    message: string,
  ) => {
    if (diagnostics.length >= MAX_DIAGNOSTICS) {
      dropped++;
      return;
    }
    const first = lines[0];
    const last = lines[lines.length - 1];
    diagnostics.push({
      severity,
      code,
      line: first?.number ?? 1,
      endLine: last?.number ?? first?.number ?? 1,
      message,
      excerpt: excerpt(lines.map((line) => line.text).join(' ')),
    });
  };

  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '').normalize('NFC') : '';
  const lines = looksBinary(text) ? [] : readLines(text);
  if (typeof input !== 'string') {
    report('error', 'not-a-string', [], `expected the program text as a string, got ${input === null ? 'null' : typeof input}`);
  } else if (looksBinary(text)) {
    report('error', 'not-text', [{ number: 1, raw: text.slice(0, 80), text: text.slice(0, 80) }], 'expected plain text, found binary data (NUL or control characters)');
  } else if (lines.length === 0) {
    report('error', 'empty-input', [], 'expected the program text, found an empty input');
  }

  const preamble: SourceLine[] = [];
  const areas: Area[] = [];
  const blocks: BlockDraft[] = [];
  const implementation: Array<{ number: number; lines: SourceLine[] }> = [];
  const containers = new Map<string, ContainerState>();
  let area: Area | null = null;
  let section: Section | null = null;
  let block: BlockDraft | null = null;
  let task: TaskDraft | null = null;
  let phase: 'preamble' | 'tasks' | 'implementation' | 'end' = 'preamble';

  const isLineKind = (index: number, kind: 'structure' | 'text') => {
    const line = lines[index];
    if (!line) return false;
    const structural =
      PART.test(line.text) || SECTION.test(line.text) || NUMBERED.test(line.text) || LETTER.test(line.text) || BULLET.test(line.text) || SIGNATURE.test(line.text);
    return kind === 'structure' ? structural : !structural;
  };

  /** Index of the last line of an assignment header starting at `start`, or -1. */
  const headerEndAt = (start: number, lettered: boolean): number => {
    for (let end = start; end < Math.min(lines.length, start + HEADER_MAX_LINES); end++) {
      if (end > start && !isLineKind(end, 'text')) return -1;
      if (lines[end]!.text.endsWith(':')) {
        if (lettered) return end;
        const candidate = lines.slice(start, end + 1).map((line) => line.text).join(' ');
        return isAssignmentHeader(candidate) ? end : -1;
      }
    }
    return -1;
  };

  /** Heading lines from `start`: the numbered line plus text lines up to the next structure or header. */
  const headingEnd = (start: number): number => {
    let end = start;
    while (isLineKind(end + 1, 'text') && headerEndAt(end + 1, false) === -1) end++;
    return end;
  };

  const container = (): ContainerState => {
    const key = section ? section.number.replace('.', '-') : String(area?.number ?? 0);
    let state = containers.get(key);
    if (!state) {
      state = { key, lastLetterIndex: -1, ids: new Set() };
      containers.set(key, state);
    }
    return state;
  };

  const startBlock = (letter: string | null, headerLines: SourceLine[]) => {
    if (!area) return;
    const state = container();
    const base = `block-${state.key}${letter ? `-${letter === 'đ' ? 'dd' : letter}` : ''}`;
    let id = base;
    for (let n = 2; state.ids.has(id); n++) id = `${base}-${n}`;
    state.ids.add(id);
    block = { id, areaId: area.id, sectionId: section?.id ?? null, letter, headerLines, tasks: [] };
    blocks.push(block);
    task = null;
  };

  const titleOf = (headingLines: SourceLine[], marker: RegExp): string => {
    const title = new JoinedText([withoutMarker(headingLines[0]!, marker), ...headingLines.slice(1)]).text;
    const single = undoubled(title);
    if (single === null) return title;
    report('info', 'repeated-heading', headingLines, 'expected the heading text once; the extracted text repeats it, kept the first copy');
    return single;
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const part = PART.exec(line.text);
    const numbered = NUMBERED.exec(line.text);
    const sectionMatch = SECTION.exec(line.text);
    const letter = LETTER.exec(line.text);
    const bullet = BULLET.exec(line.text);

    if (phase === 'preamble') {
      if (part && isUpperText(part[2]!)) {
        phase = 'tasks';
        i++;
      } else if (numbered && numbered[1] === '1' && preamble.length > 0) {
        report('info', 'missing-part-heading', [line], 'expected "I. …" before the first priority area; started the areas here');
        phase = 'tasks';
      } else {
        preamble.push(line);
        i++;
      }
      continue;
    }

    if (phase === 'end') {
      if (!SIGNATURE.test(line.text) && !isUpperText(line.text)) {
        report('warning', 'unplaced-text', [line], 'expected nothing after the signature; this text is not in the dataset');
      }
      i++;
      continue;
    }

    if (SIGNATURE.test(line.text)) {
      phase = 'end';
      i++;
      continue;
    }

    if (part && isUpperText(part[2]!)) {
      if (phase === 'tasks') phase = 'implementation';
      else report('warning', 'unexpected-part', [line], 'expected at most two parts (I. tasks, II. implementation); read this part as implementation items');
      block = null;
      task = null;
      i++;
      continue;
    }

    if (phase === 'implementation') {
      const last = implementation[implementation.length - 1];
      const expected = (last?.number ?? 0) + 1;
      if (numbered && Number(numbered[1]) === expected) {
        implementation.push({ number: expected, lines: [withoutMarker(line, NUMBERED_MARKER)] });
      } else if (last) {
        last.lines.push(line);
      } else {
        report('warning', 'unplaced-text', [line], 'expected a numbered implementation item ("1. …")');
      }
      i++;
      continue;
    }

    // Part I: areas, sections, blocks and tasks.
    const expectedArea: number = ((area as Area | null)?.number ?? 0) + 1;
    if (numbered && !sectionMatch) {
      const number = Number(numbered[1]);
      if (number >= expectedArea && number <= expectedArea + 2 && /^\p{Lu}/u.test(numbered[2]!)) {
        if (number !== expectedArea) {
          report('warning', 'skipped-number', [line], `expected priority area ${expectedArea}, found ${number}`);
        }
        const end = headingEnd(i);
        const headingLines = lines.slice(i, end + 1);
        area = {
          id: `area-${number}`,
          number,
          title: titleOf(headingLines, NUMBERED_MARKER),
          sections: [],
          source: { line: line.number, endLine: lines[end]!.number },
        };
        areas.push(area);
        section = null;
        block = null;
        task = null;
        i = end + 1;
        continue;
      }
    }

    if (sectionMatch && area && Number(sectionMatch[1]) === area.number) {
      const sub = Number(sectionMatch[2]);
      const lastSub: number = Number((section as Section | null)?.number.split('.')[1] ?? 0);
      if (sub > lastSub && sub <= lastSub + 2) {
        if (sub !== lastSub + 1) {
          report('warning', 'skipped-number', [line], `expected section ${area.number}.${lastSub + 1}, found ${area.number}.${sub}`);
        }
        const end = headingEnd(i);
        const headingLines = lines.slice(i, end + 1);
        section = {
          id: `section-${area.number}-${sub}`,
          number: `${area.number}.${sub}`,
          title: titleOf(headingLines, SECTION_MARKER),
          source: { line: line.number, endLine: lines[end]!.number },
        };
        area.sections.push(section);
        block = null;
        task = null;
        i = end + 1;
        continue;
      }
    }

    if (letter && area) {
      const letterText = letter[1]!;
      const state = container();
      const index = LETTERS.indexOf(letterText);
      if (index <= state.lastLetterIndex) {
        report('info', 'repeated-letter', [line], `expected a letter after "${LETTERS[state.lastLetterIndex]})", found "${letterText})" again; kept both blocks`);
      } else if (index > state.lastLetterIndex + 1) {
        report('info', 'skipped-letter', [line], `expected "${LETTERS[state.lastLetterIndex + 1]})", found "${letterText})"`);
      }
      state.lastLetterIndex = Math.max(state.lastLetterIndex, index);
      let end = headerEndAt(i, true);
      if (end === -1) {
        report('warning', 'unterminated-header', [line], 'expected the assignment header to end with ":" within a few lines; read this line alone as the header');
        end = i;
      }
      startBlock(letterText, [withoutMarker(line, LETTER_MARKER), ...lines.slice(i + 1, end + 1)]);
      i = end + 1;
      continue;
    }

    if (bullet) {
      if (!block) {
        report('error', 'task-outside-block', [line], 'expected a task inside an assignment block ("a) Sở … chủ trì …:"); this task has no agency and is not in the dataset');
        i++;
        while (isLineKind(i, 'text') && headerEndAt(i, false) === -1) i++;
        continue;
      }
      task = { lines: [withoutMarker(line, BULLET_MARKER)], bullet: true };
      (block as BlockDraft).tasks.push(task);
      i++;
      continue;
    }

    // Plain text: an unlettered header, the next line of a task, or a paragraph task.
    const headerEnd = area ? headerEndAt(i, false) : -1;
    if (headerEnd !== -1 && (!block || (block as BlockDraft).tasks.length > 0)) {
      startBlock(null, lines.slice(i, headerEnd + 1));
      i = headerEnd + 1;
      continue;
    }
    if (!block) {
      report('warning', 'unplaced-text', [line], area ? 'expected an assignment header ("Sở … chủ trì …:") or a heading' : 'expected a numbered priority area ("1. …")');
      i++;
      continue;
    }
    const current = task as TaskDraft | null;
    const previous = current?.lines[current.lines.length - 1];
    const paragraphEnds =
      previous !== undefined && /[.;!?…”"]$/.test(previous.text) && previous.text.length < SHORT_LINE && /^\p{Lu}/u.test(line.text);
    if (current && (current.bullet || !paragraphEnds)) {
      if (current.bullet && paragraphEnds) {
        report('info', 'undashed-paragraph', [line], 'expected each task of a bulleted block to start with "-"; this paragraph has none and is read as part of the task above');
      }
      current.lines.push(line);
    } else {
      task = { lines: [line], bullet: false };
      (block as BlockDraft).tasks.push(task);
    }
    i++;
  }

  if (lines.length > 0 && areas.length === 0) {
    report('error', 'no-areas', lines.slice(0, 1), 'expected numbered priority areas ("1. …") after the heading "I. …"; found none');
  }

  // Assemble records in document order.
  const agencies = new Map<string, Agency>();
  const references = new Map<string, Reference>();
  const cite = (joined: JoinedText): string[] => {
    const ids: string[] = [];
    for (const match of findReferences(joined.text)) {
      if (!references.has(match.id)) {
        references.set(match.id, {
          id: match.id,
          type: match.type,
          number: match.number,
          date: match.date,
          issuer: match.issuer,
          text: match.text,
          source: joined.span(match.start, match.end),
        });
      }
      if (!ids.includes(match.id)) ids.push(match.id);
    }
    return ids;
  };

  const preambleText = new JoinedText(preamble);
  const basisId = cite(preambleText)[0];
  const basis = basisId ? references.get(basisId)! : undefined;

  const blockRecords: Block[] = [];
  const tasks: Task[] = [];
  for (const draft of blocks) {
    const header = new JoinedText(draft.headerLines);
    const reading = readAssignmentHeader(header.text);
    for (const unread of reading.unread) {
      report('warning', 'unread-header-text', draft.headerLines, `expected agency names or "các sở, cơ quan, địa phương" in the header; could not read "${unread}"`);
    }
    const assignments: Block['assignments'] = [];
    for (const named of reading.named) {
      if (!named.known) {
        report('info', 'unknown-agency', draft.headerLines, `expected a known agency; "${named.spelling}" is kept with id "${named.agency.id}" and no English name`);
      }
      const agency = agencies.get(named.agency.id) ?? { ...named.agency, aliases: [] };
      if (!agency.aliases.includes(named.spelling)) agency.aliases.push(named.spelling);
      agencies.set(agency.id, agency);
      if (!assignments.some((assignment) => assignment.agencyId === agency.id)) {
        assignments.push({ agencyId: agency.id, role: named.role });
      }
    }
    if (assignments.length === 0 && !reading.scope.allAgencies) {
      report('warning', 'unassigned-block', draft.headerLines, 'expected the header to name an agency or all agencies');
    }
    blockRecords.push({
      id: draft.id,
      areaId: draft.areaId,
      sectionId: draft.sectionId,
      letter: draft.letter,
      header: header.text,
      assignments,
      scope: reading.scope,
      source: header.source,
    });
    if (draft.tasks.length === 0) {
      report('warning', 'empty-block', draft.headerLines, 'expected at least one task under this assignment header');
    }
    draft.tasks.forEach((taskDraft, index) => {
      const joined = new JoinedText(taskDraft.lines);
      const deadlines: Deadline[] = findDeadlines(joined.text).map((match) => ({
        kind: match.kind,
        year: match.year,
        text: match.text,
        source: joined.span(match.start, match.end),
      }));
      tasks.push({
        id: `task-${draft.id.slice('block-'.length)}-${index + 1}`,
        blockId: draft.id,
        text: joined.text,
        deadlines,
        referenceIds: cite(joined),
        source: joined.source,
      });
    });
  }

  const implementationItems: ImplementationItem[] = implementation.map((item) => {
    const joined = new JoinedText(item.lines);
    return { id: `implementation-${item.number}`, number: item.number, text: joined.text, source: joined.source };
  });

  const period = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/.exec(preambleText.text) ?? /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/.exec(text);
  if (!period && lines.length > 0) {
    report('warning', 'no-period', preamble.slice(0, 1), 'expected the period ("giai đoạn 2021 - 2025") in the preamble; period set to 0–0');
  }
  const issuer =
    options.issuer ?? normalizeSpace(/(UBND tỉnh[^,.;]*?|Ủy ban nhân dân tỉnh[^,.;]*?)\s+ban hành/.exec(preambleText.text)?.[1] ?? '');
  const start = period ? Number(period[1]) : 0;
  const end = period ? Number(period[2]) : 0;
  const title = options.title ?? `Chương trình hành động${basis ? ` thực hiện ${basis.text}` : ''}${period ? ` giai đoạn ${start}–${end}` : ''}`;

  if (dropped > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'too-many-diagnostics',
      line: diagnostics[diagnostics.length - 1]!.line,
      endLine: lines[lines.length - 1]?.number ?? 1,
      message: `expected fewer problems; ${dropped} more diagnostics were left out`,
      excerpt: '',
    });
  }

  const program: Program = {
    formatVersion: 1,
    id: options.id ?? slugify(`chuong-trinh-hanh-dong-${start}-${end}`),
    title,
    issuer,
    period: { start, end },
    basis: basis ? { text: basis.text, referenceId: basis.id } : null,
    preamble: preamble.length > 0 ? { text: preambleText.text, source: preambleText.source } : null,
    source: { file: options.sourceFile ?? '', sha256: hashOf(typeof input === 'string' ? input : '') },
    areas,
    blocks: blockRecords,
    tasks,
    agencies: [...agencies.values()],
    references: [...references.values()],
    implementation: implementationItems,
  };
  return { program, diagnostics };
}
