import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Agency, Area, Block, Deadline, Diagnostic, ImplementationItem, Program, Reference, Role, Section, Task } from '../schema.js';
import { excerpt, slugify } from '../text.js';
import { readDeadlineField, readDeadlines } from './deadlines.js';
import { isAssignmentHeader, readAssignmentHeader, readInlineAssignment, type AssignmentHeader } from './header.js';
import { cleanText, JoinedText, readLines, type SourceLine } from './lines.js';
import { readDocument } from './metadata.js';
import { readParagraphs } from './paragraphs.js';
import { readReferences } from './references.js';
import { buildTree, type PartRole, type TreeNode } from './tree.js';

export interface ParseOptions {
  /** Dataset id; defaults to a slug of the issuer, number and year (or the title when there is no number). */
  id?: string;
  /** Title; defaults to the document's heading. */
  title?: string;
  /** Issuing body; defaults to the heading, the cover decision or "… ban hành" in the preamble. */
  issuer?: string;
  /** File name recorded in `source.file`. */
  sourceFile?: string;
}

/** A Roman part of the document as the parser read it, with the role its heading gave it. */
export interface PartReading {
  number: string | null;
  heading: string;
  role: PartRole;
}

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
  /** The parts read, in order (what `chuongtrinh parse` reports). */
  parts: PartReading[];
}

const MAX_DIAGNOSTICS = 200;
const MAX_CLAUSE = 400;

function hashOf(input: string): string {
  return bytesToHex(sha256(utf8ToBytes(input)));
}

function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  const control = input.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return control > Math.max(8, input.length / 100);
}

/** "A. b. A. b." repeated by the extraction ("10.2" has its title twice): the first copy, or null. One comparison: the copies meet in the middle. */
function undoubled(title: string): string | null {
  const half = (title.length - 1) / 2;
  if (!Number.isInteger(half) || title[half] !== ' ' || title[half - 1] !== '.') return null;
  const first = title.slice(0, half);
  return first.toLowerCase() === title.slice(half + 1).toLowerCase() ? first : null;
}

/** The lines of a node and everything under it, in order. */
function allLines(node: TreeNode, own: 'content' | 'lines' = 'content'): SourceLine[] {
  const lines: SourceLine[] = [...node[own]];
  const stack = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    lines.push(...next.lines);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return lines;
}

const capped = (text: string) => (text.length > MAX_CLAUSE ? `${text.slice(0, MAX_CLAUSE - 1)}…` : text);

interface TaskDraft {
  lines: SourceLine[];
}

interface BlockDraft {
  id: string;
  areaId: string;
  sectionId: string | null;
  letter: string | null;
  headerLines: SourceLine[];
  /** The header as read; null for a block with no header (its tasks without an agency). */
  reading: AssignmentHeader | null;
  tasks: TaskDraft[];
  /** "Thời gian thực hiện:" fields that apply to every task of the block. */
  timeFields: TreeNode[];
}

/** Ids unique across the document: a repeated base gets "-2", "-3"…, counted per base, never by a search over the taken ones. */
class Ids {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();
  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.taken.add(id);
    return id;
  }
}

const letterSlug = (letter: string) => (letter === 'đ' ? 'dd' : letter);

/**
 * Parses the text of a Vietnamese action program or plan into the dataset: lines → paragraphs →
 * document tree → extractors. Never throws on a string: whatever it cannot place is reported in
 * `diagnostics` with its line.
 */
export function parseProgram(input: string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let dropped = 0;
  const report = (severity: Diagnostic['severity'], code: string, lines: readonly SourceLine[], message: string) => {
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
      // Cut before cleaning: an excerpt of a 1 MB line must not cost a pass over it per diagnostic.
      excerpt: excerpt(lines.slice(0, 3).map((line) => line.text.slice(0, 200)).join(' ').slice(0, 200)),
    });
  };

  const text = typeof input === 'string' ? cleanText(input) : '';
  const binary = looksBinary(text);
  const lines = binary ? [] : readLines(text);
  if (typeof input !== 'string') {
    report('error', 'not-a-string', [], `expected the program text as a string, got ${input === null ? 'null' : typeof input}`);
  } else if (binary) {
    report('error', 'not-text', [{ number: 1, raw: text.slice(0, 80), text: text.slice(0, 80) }], 'expected plain text, found binary data (NUL or control characters)');
  } else if (lines.length === 0) {
    report('error', 'empty-input', [], 'expected the program text, found an empty input');
  }

  // The paragraph and tree stages ask the same question of the same text: read each header once.
  const leadIns = new Map<string, boolean>();
  const isLeadIn = (candidate: string) => {
    let known = leadIns.get(candidate);
    if (known === undefined) leadIns.set(candidate, (known = isAssignmentHeader(candidate)));
    return known;
  };
  // Programs repeat headers ("Sở Y tế:", "Cơ quan thực hiện: Sở X chủ trì, …"): each text is read once. Readings are not mutated.
  const headers = new Map<string, AssignmentHeader>();
  const readHeader = (header: string, role: Role = 'responsible'): AssignmentHeader => {
    const key = `${role}\u0000${header}`;
    let reading = headers.get(key);
    if (!reading) headers.set(key, (reading = readAssignmentHeader(header, role)));
    return reading;
  };
  const paragraphs = readParagraphs(lines, { isLeadIn });
  const tree = buildTree(paragraphs, { isLeadIn });
  for (const note of tree.notes) report(note.severity, note.code, note.lines, note.message);

  const ids = new Ids();
  const areas: Area[] = [];
  const blocks: BlockDraft[] = [];
  const implementation: ImplementationItem[] = [];
  const citedTexts: JoinedText[] = [];

  const titleOf = (node: TreeNode): string => {
    const title = new JoinedText(node.content).text;
    const single = undoubled(title);
    if (single === null) return title;
    report('info', 'repeated-heading', node.lines, 'expected the heading text once; the extracted text repeats it, kept the first copy');
    return single;
  };

  const newBlock = (area: Area, section: Section | null, key: string, letter: string | null, headerLines: SourceLine[], reading: AssignmentHeader | null): BlockDraft => {
    const draft: BlockDraft = {
      id: ids.take(`block-${key}${letter ? `-${letterSlug(letter)}` : ''}`),
      areaId: area.id,
      sectionId: section?.id ?? null,
      letter,
      headerLines,
      reading,
      tasks: [],
      timeFields: [],
    };
    blocks.push(draft);
    return draft;
  };

  const fieldReading = (fields: readonly TreeNode[]): AssignmentHeader => {
    const reading: AssignmentHeader = { named: [], scope: { genericCoordination: false, allAgencies: false }, unread: [] };
    const hasCoordinating = fields.some((field) => field.field === 'coordinating');
    for (const field of fields) {
      if (field.field === 'time' || field.field === 'product') continue;
      const role = field.field === 'coordinating' ? 'coordinating' : field.field === 'lead' || hasCoordinating ? 'lead' : 'responsible';
      const part = readHeader(new JoinedText(field.content).text, role);
      reading.named.push(...part.named);
      reading.unread.push(...part.unread);
      reading.scope.genericCoordination ||= part.scope.genericCoordination;
      reading.scope.allAgencies ||= part.scope.allAgencies;
    }
    return reading;
  };

  /** Blocks of sibling items without fields, waiting for the fields that close their run. */
  let waiting: BlockDraft[] = [];
  const closeWaiting = (reading: AssignmentHeader, headerLines: SourceLine[], timeFields: TreeNode[]) => {
    for (const draft of waiting) {
      draft.reading = reading;
      draft.headerLines = headerLines;
      draft.timeFields = timeFields;
    }
    waiting = [];
  };

  const isTaskNode = (node: TreeNode) => node.kind === 'bullet' || node.kind === 'text';
  const isLeaf = (node: TreeNode) => !node.children.some((child) => child.kind === 'item' || child.kind === 'letter' || child.kind === 'lead');

  /** Tasks and fields under an item (area or section): runs of tasks, each closed by its fields. */
  const walkItem = (node: TreeNode, area: Area, section: Section | null, key: string, useHeading: boolean) => {
    let tasks: TreeNode[] = [];
    let fields: TreeNode[] = [];
    let headingUsed = !useHeading;
    const emit = (last = false) => {
      if (tasks.length === 0 && fields.length === 0 && !(last && !headingUsed && node.content.length > 0)) return;
      let taskDrafts = tasks.map((task) => ({ lines: allLines(task) }));
      const plain = tasks.length > 0 && tasks.every((task) => task.kind === 'text');
      if (!headingUsed && node.content.length > 0 && (tasks.length === 0 || (plain && /[.;]$/.test(node.content[node.content.length - 1]!.text)))) {
        taskDrafts = [{ lines: [...node.content] }, ...taskDrafts];
      }
      headingUsed = true;
      if (fields.length > 0) {
        const reading = fieldReading(fields);
        const headerLines = fields.flatMap((field) => field.lines);
        const timeFields = fields.filter((field) => field.field === 'time');
        if (reading.named.length > 0 || reading.scope.allAgencies) closeWaiting(reading, headerLines, timeFields);
        const draft = newBlock(area, section, key, null, headerLines, reading);
        draft.tasks.push(...taskDrafts);
        draft.timeFields.push(...timeFields);
      } else {
        // Tasks with their agency inline ("… do Sở Tư pháp chủ trì") are blocks of their own.
        let rest: BlockDraft | null = null;
        for (const task of taskDrafts) {
          const inline = readInlineAssignment(new JoinedText(task.lines).text);
          if (inline) {
            newBlock(area, section, key, null, [], inline).tasks.push(task);
            continue;
          }
          if (!rest) {
            // "2.1. Để …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:": the heading names who does the tasks under it.
            const heading = new JoinedText(node.content);
            const byHeading = heading.text.endsWith(':') ? readInlineAssignment(heading.text) : null;
            rest = newBlock(area, section, key, null, byHeading ? [...node.content] : [], byHeading);
            if (!byHeading) waiting.push(rest);
          }
          rest.tasks.push(task);
        }
      }
      tasks = [];
      fields = [];
    };
    for (const child of node.children) {
      if (child.kind === 'field') {
        fields.push(child);
        continue;
      }
      if (isTaskNode(child)) {
        if (fields.length > 0) emit();
        tasks.push(child);
        continue;
      }
      emit();
      if (child.kind === 'item') {
        const number = child.number!;
        const subSection: Section = {
          id: ids.take(`section-${number.replace(/\./g, '-')}`),
          number,
          title: titleOf(child),
          source: new JoinedText(child.lines).source,
        };
        area.sections.push(subSection);
        walkItem(child, area, subSection, number.replace(/\./g, '-'), isLeaf(child));
      } else if (child.kind === 'letter' || child.kind === 'lead') {
        waiting = [];
        walkHeaded(child, area, section, key);
      }
    }
    emit(true);
  };

  /** A lettered item or an unlettered assignment header with the tasks under it. */
  const walkHeaded = (node: TreeNode, area: Area, section: Section | null, key: string) => {
    const headerText = new JoinedText(node.content).text;
    const fields = node.children.filter((child) => child.kind === 'field');
    const tasks = node.children.filter(isTaskNode);
    const reading = fields.some((field) => field.field !== 'time' && field.field !== 'product') ? fieldReading(fields) : readHeader(headerText);
    const headed = tasks.length > 0 || reading.named.length > 0 || reading.scope.allAgencies;
    if (!headed || (tasks.length === 0 && node.kind === 'letter' && fields.length > 0)) {
      // "a) Xây dựng đề án …" followed by its fields: the item is the task.
      const draft = newBlock(area, section, key, node.letter, fields.flatMap((field) => field.lines), fields.length > 0 ? reading : null);
      draft.tasks.push({ lines: [...node.content] });
      draft.timeFields.push(...fields.filter((field) => field.field === 'time'));
      if (fields.length === 0) waiting.push(draft);
      return;
    }
    if (node.kind === 'letter' && !headerText.endsWith(':') && reading.named.length === 0 && !reading.scope.allAgencies) {
      report('warning', 'unterminated-header', node.lines, 'expected the assignment header to end with ":" and name an agency');
    }
    const draft = newBlock(area, section, key, node.letter, node.content, reading);
    draft.timeFields.push(...fields.filter((field) => field.field === 'time'));
    for (const task of tasks) draft.tasks.push({ lines: allLines(task) });
    for (const child of node.children) {
      if (child.kind === 'item' || child.kind === 'letter' || child.kind === 'lead') walkItem(child, area, section, key, false);
    }
  };

  for (const part of tree.parts) {
    if (part.role === 'tasks') {
      const items = part.children.filter((child) => child.kind === 'item');
      const areaNodes = items.length > 0 ? items : part.children.length > 0 ? [part] : [];
      for (const child of part.children) {
        if (items.length > 0 && child.kind !== 'item') report('warning', 'unplaced-text', child.lines, 'expected a numbered priority area ("1. …") in this part');
      }
      for (const areaNode of areaNodes) {
        const number = areaNode === part ? tree.parts.indexOf(part) + 1 : Number(areaNode.number);
        const area: Area = {
          id: ids.take(`area-${number}`),
          number,
          title: areaNode === part ? new JoinedText(part.content).text : titleOf(areaNode),
          sections: [],
          source: new JoinedText(areaNode.lines.length > 0 ? areaNode.lines : allLines(areaNode)).source,
        };
        areas.push(area);
        waiting = [];
        walkItem(areaNode, area, null, area.id.slice('area-'.length), areaNode !== part && isLeaf(areaNode));
      }
    } else if (part.role === 'organisation') {
      for (const child of part.children) {
        if (child.kind !== 'item') continue;
        const joined = new JoinedText(allLines(child));
        if (joined.text === '') continue;
        implementation.push({ id: ids.take(`implementation-${child.number}`), number: Number(child.number!.split('.')[0]), text: joined.text, source: joined.source });
        citedTexts.push(joined);
      }
    } else {
      const joined = new JoinedText(allLines(part));
      if (joined.text !== '') citedTexts.push(joined);
    }
  }
  for (const footnote of tree.footnotes) citedTexts.push(new JoinedText(footnote.lines));

  if (lines.length > 0 && areas.length === 0) {
    report('error', 'no-areas', lines.slice(0, 1), 'expected numbered priority areas ("1. …") in a part of tasks ("II. NHIỆM VỤ VÀ GIẢI PHÁP"); found none');
  }

  // Records in document order.
  const agencies = new Map<string, Agency>();
  const references = new Map<string, Reference>();
  const cite = (joined: JoinedText): string[] => {
    const cited = new Set<string>();
    for (const match of readReferences(joined.text)) {
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
      cited.add(match.id);
    }
    return [...cited];
  };

  const frontLines = tree.front.flatMap((paragraph) => paragraph.lines);
  const preambleText = new JoinedText(frontLines);
  const document = readDocument(frontLines.map((line) => line.text));
  const preambleIds = cite(preambleText);
  const basisId = preambleIds.find((id) => document.title !== null && document.title.includes(references.get(id)!.number)) ?? preambleIds[0];
  const basis = basisId ? references.get(basisId)! : undefined;

  const blockRecords: Block[] = [];
  const tasks: Task[] = [];
  for (const draft of blocks) {
    const header = new JoinedText(draft.headerLines);
    const reading = draft.reading;
    for (const unread of reading?.unread ?? []) {
      report('warning', 'unread-header-text', draft.headerLines, `expected agency names or "các sở, cơ quan, địa phương" in the header; could not read "${unread}"`);
    }
    const assignments: Block['assignments'] = [];
    const assigned = new Set<string>();
    for (const named of reading?.named ?? []) {
      if (!named.known) {
        report('info', 'unknown-agency', draft.headerLines, `expected a known agency; "${named.spelling}" is kept with id "${named.agency.id}" and no English name`);
      }
      const agency = agencies.get(named.agency.id) ?? { id: named.agency.id, name: named.agency.name, nameEn: named.agency.nameEn, kind: named.agency.kind, aliases: [] };
      if (!agency.aliases.includes(named.spelling)) agency.aliases.push(named.spelling);
      agencies.set(agency.id, agency);
      if (!assigned.has(agency.id)) {
        assigned.add(agency.id);
        assignments.push({ agencyId: agency.id, role: named.role });
      }
    }
    const scope = reading?.scope ?? { genericCoordination: false, allAgencies: false };
    const taskLines = draft.tasks.flatMap((task) => task.lines);
    if (assignments.length === 0 && !scope.allAgencies) {
      report('warning', 'unassigned-block', draft.headerLines.length > 0 ? draft.headerLines : taskLines.slice(0, 1), 'expected the header, a "Cơ quan chủ trì:" field or the task to name an agency');
    }
    const spanLines = draft.headerLines.length > 0 ? draft.headerLines : taskLines;
    blockRecords.push({
      id: draft.id,
      areaId: draft.areaId,
      sectionId: draft.sectionId,
      letter: draft.letter,
      header: header.text,
      assignments,
      scope,
      source: spanLines.length > 0 ? new JoinedText(spanLines).source : { line: 1, endLine: 1 },
    });
    if (draft.tasks.length === 0) report('warning', 'empty-block', draft.headerLines, 'expected at least one task under this assignment header');
    let index = 0;
    for (const taskDraft of draft.tasks) {
      const joined = new JoinedText(taskDraft.lines);
      // A bullet with nothing after its dash is no task.
      if (joined.text === '') continue;
      index++;
      const deadlines: Deadline[] = readDeadlines(joined.text).map((match) => ({
        kind: match.kind,
        year: match.year,
        due: match.due,
        period: match.period,
        text: match.text,
        clause: capped(match.clause ? joined.text.slice(match.clause.start, match.clause.end).trim() || joined.text : joined.text),
        source: joined.span(match.start, match.end),
      }));
      for (const field of draft.timeFields) {
        const value = new JoinedText(field.content);
        for (const match of readDeadlineField(value.text)) {
          deadlines.push({ kind: match.kind, year: match.year, due: match.due, period: match.period, text: match.text, clause: capped(joined.text), source: value.span(match.start, match.end) });
        }
      }
      tasks.push({
        id: `task-${draft.id.slice('block-'.length)}-${index}`,
        blockId: draft.id,
        text: joined.text,
        deadlines,
        referenceIds: cite(joined),
        source: joined.source,
      });
    }
  }
  for (const joined of citedTexts) cite(joined);

  if (areas.length > 0 && tasks.length === 0) report('error', 'no-tasks', lines.slice(0, 1), 'expected tasks (bullets, paragraphs or items with their agencies) under the numbered items; found none');
  if (tasks.length > 0 && !blockRecords.some((block) => block.assignments.length > 0 || block.scope.allAgencies)) {
    report('error', 'no-assignments', lines.slice(0, 1), 'expected an agency for the tasks ("Sở … chủ trì", "Cơ quan chủ trì: …"); found none');
  }

  const years = tasks.flatMap((task) => task.deadlines.flatMap((deadline) => (deadline.year === null ? [] : [deadline.period?.start ?? deadline.year, deadline.year])));
  const documentYear = document.date ? Number(document.date.slice(0, 4)) : null;
  let period = document.period;
  if (!period && tasks.length > 0) {
    const known = documentYear !== null ? [...years, documentYear] : years;
    period = known.length > 0 ? { start: Math.min(...known.slice(0, 10_000)), end: Math.max(...known.slice(0, 10_000)) } : { start: 0, end: 0 };
    report('warning', 'no-period', frontLines.slice(0, 1), `expected the period ("giai đoạn 2021 - 2025") in the title or preamble; set to ${period.start}–${period.end} from the dates of the text`);
  }
  period ??= { start: 0, end: 0 };
  const issuer = options.issuer ?? document.issuer ?? '';
  const title =
    options.title ?? document.title ?? `Chương trình hành động${basis ? ` thực hiện ${basis.text}` : ''}${period.end > 0 ? ` giai đoạn ${period.start}–${period.end}` : ''}`;
  const hash = hashOf(typeof input === 'string' ? input : '');
  const year = documentYear ?? (period.end > 0 ? period.end : null);
  const id =
    options.id ??
    (slugify(document.number ? `${issuer} ${document.number} ${year ?? ''}` : document.title ? `${document.title.slice(0, 80)} ${year ?? ''}` : '') ||
      // Of the text read, not of the bytes: line endings and a byte-order mark do not make another program.
      `chuong-trinh-${hashOf(lines.map((line) => line.text).join('\n')).slice(0, 12)}`);

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
    formatVersion: 2,
    id,
    title,
    issuer,
    document: { kind: document.kind ?? 'other', number: document.number, place: document.place, date: document.date },
    period,
    basis: basis ? { text: basis.text, referenceId: basis.id } : null,
    preamble: frontLines.length > 0 ? { text: preambleText.text, source: preambleText.source } : null,
    source: { file: options.sourceFile ?? '', sha256: hash },
    areas,
    blocks: blockRecords,
    tasks,
    agencies: [...agencies.values()],
    references: [...references.values()],
    implementation,
  };
  const parts = tree.parts.map((part) => ({ number: part.number, heading: new JoinedText(part.content).text.slice(0, 120), role: part.role ?? 'other' }));
  return { program, diagnostics, parts };
}
