/**
 * A seeded corpus of mutated documents of the genre (issue 16): the seed and the development
 * fixtures, each mutated the way extraction and copying damage real texts (NFD, zero-width
 * characters, swapped, repeated and truncated lines, CR-only or Unicode line endings, other
 * bullets, two programs in one file…), plus small hostile shapes. The same seed gives the same corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Program } from '../src/index.js';
import { validateProgram } from '../src/index.js';
import { HOSTILE_SHAPES } from './shapes.js';

/** mulberry32: a tiny seeded generator, so every run of the corpus is the same. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function baseDocuments(): string[] {
  const fixtures = new URL('../test/fixtures/programs/', import.meta.url);
  return [
    readFileSync(new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url), 'utf8'),
    ...readdirSync(fixtures)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(new URL(file, fixtures), 'utf8')),
  ];
}

type Mutation = (text: string, next: () => number, bases: readonly string[]) => string;
const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;
const lines = (text: string) => text.split('\n');

export const MUTATIONS: Record<string, Mutation> = {
  nfd: (text) => text.normalize('NFD'),
  'zero-width': (text, next) => text.replace(/ /g, (space) => (next() < 0.05 ? `\u200B${space}\u200D` : space)),
  'swap lines': (text, next) => {
    const all = lines(text);
    for (let i = 0; i < 5; i++) {
      const a = Math.floor(next() * all.length);
      const b = Math.floor(next() * all.length);
      [all[a], all[b]] = [all[b]!, all[a]!];
    }
    return all.join('\n');
  },
  'repeat lines': (text, next) => lines(text).flatMap((line) => (next() < 0.05 ? [line, line] : [line])).join('\n'),
  truncate: (text, next) => text.slice(0, Math.floor(next() * text.length)),
  'cut the start': (text, next) => text.slice(Math.floor(next() * text.length)),
  'CR-only endings': (text) => text.replace(/\r?\n/g, '\r'),
  'CRLF endings': (text) => text.replace(/\r?\n/g, '\r\n'),
  'unicode separators': (text, next) => text.replace(/\n/g, () => pick(['\u2028', '\u2029', '\u0085'], next)),
  'other bullets': (text, next) => {
    const bullet = pick(['•', '+', '*', '–'], next);
    return text.replace(/^(\s*)-/gm, `$1${bullet}`);
  },
  concatenate: (text, next, bases) => `${text}\n${pick(bases, next)}`,
  'blank lines removed': (text) => text.replace(/\n\s*\n/g, '\n'),
  'blank lines added': (text) => text.replace(/\n/g, '\n\n'),
  'lines upper-cased': (text, next) => lines(text).map((line) => (next() < 0.05 ? line.toUpperCase() : line)).join('\n'),
  'characters dropped': (text, next) => text.replace(/[.:;)]/g, (mark) => (next() < 0.1 ? '' : mark)),
  'markers inserted': (text, next) =>
    lines(text)
      .map((line) => (next() < 0.03 ? `${pick(['1.1. ', 'a) ', '- ', 'II. ', 'Cơ quan chủ trì: ', 'TM. ', '[1] '], next)}${line}` : line))
      .join('\n'),
  'lines joined': (text, next) => text.replace(/\n/g, (lf) => (next() < 0.2 ? ' ' : lf)),
  'control characters': (text, next) => text.replace(/ /g, (space) => (next() < 0.01 ? '\u001b]0;x\u0007' : space)),
};

const SHAPE_NAMES = Object.keys(HOSTILE_SHAPES);
const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface FuzzDocument {
  /** What was done, for a failure message: "kon-tum · nfd + truncate". */
  label: string;
  text: string;
}

/** The `index`-th document of the corpus of `seed`: the same pair always gives the same text. */
export function fuzzDocument(seed: number, index: number, bases: readonly string[]): FuzzDocument {
  const next = random(seed * 1_000_003 + index);
  if (next() < 0.05) {
    const shape = pick(SHAPE_NAMES, next);
    return { label: `shape ${shape}`, text: HOSTILE_SHAPES[shape]!(1 + Math.floor(next() * 300), bases[0]!) };
  }
  const base = Math.floor(next() * bases.length);
  let text = bases[base]!;
  const applied: string[] = [];
  for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
    const name = pick(MUTATION_NAMES, next);
    text = MUTATIONS[name]!(text, next, bases);
    applied.push(name);
  }
  return { label: `base ${base} · ${applied.join(' + ')}`, text };
}

/** What must hold of any parse: the contract, unique ids, references that resolve, lines within the input. */
export function invariantBreaks(program: Program, input: string): string[] {
  const breaks: string[] = [];
  const validation = validateProgram(program);
  // A mutated text may lose its period (its start cut off) or mix two programs' years (two texts
  // concatenated): the dataset then fails validation on those paths, and `--data` or `src` refuse
  // it by name, which is the right outcome. Every other rule of the contract must hold.
  const meaningful = validation.success ? [] : validation.issues.filter((issue) => !/^period\.|\.deadlines\[\d+\]\.year$/.test(issue.path));
  breaks.push(...meaningful.slice(0, 3).map((issue) => `contract: ${issue.path}: ${issue.message}`));
  const unique = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) breaks.push(`duplicate ${kind} id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const areas = unique('area', program.areas.map((area) => area.id));
  const sections = unique('section', program.areas.flatMap((area) => area.sections.map((section) => section.id)));
  const blocks = unique('block', program.blocks.map((block) => block.id));
  unique('task', program.tasks.map((task) => task.id));
  const agencies = unique('agency', program.agencies.map((agency) => agency.id));
  const references = unique('reference', program.references.map((reference) => reference.id));
  unique('implementation', program.implementation.map((item) => item.id));
  for (const block of program.blocks) {
    if (!areas.has(block.areaId)) breaks.push(`${block.id}: no area ${block.areaId}`);
    if (block.sectionId !== null && !sections.has(block.sectionId)) breaks.push(`${block.id}: no section ${block.sectionId}`);
    for (const assignment of block.assignments) if (!agencies.has(assignment.agencyId)) breaks.push(`${block.id}: no agency ${assignment.agencyId}`);
  }
  for (const task of program.tasks) {
    if (!blocks.has(task.blockId)) breaks.push(`${task.id}: no block ${task.blockId}`);
    for (const id of task.referenceIds) if (!references.has(id)) breaks.push(`${task.id}: no reference ${id}`);
  }
  if (program.basis && !references.has(program.basis.referenceId)) breaks.push(`basis: no reference ${program.basis.referenceId}`);
  const lineCount = input.split(/\r\n|[\r\n\u2028\u2029\u0085]/).length;
  const spans = [
    ...program.areas.flatMap((area) => [area.source, ...area.sections.map((section) => section.source)]),
    ...program.blocks.map((block) => block.source),
    ...program.tasks.flatMap((task) => [task.source, ...task.deadlines.map((deadline) => deadline.source)]),
    ...program.references.map((reference) => reference.source),
    ...program.implementation.map((item) => item.source),
  ];
  for (const span of spans) {
    if (!(span.line >= 1 && span.line <= span.endLine && span.endLine <= lineCount)) breaks.push(`source lines ${span.line}–${span.endLine} outside 1–${lineCount}`);
  }
  return breaks;
}
