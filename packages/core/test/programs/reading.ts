import type { DeadlineKind, DocumentMeta, Program } from '../../src/index.js';

/**
 * An expected reading of a document of the development set, written by hand from its text: each
 * assignment block where it stands ("1.2", "2.2 a"; an area's own blocks under its number), its
 * agencies by role, its tasks by their first five words, each task's deadlines as [kind, due].
 */
export interface ExpectedBlock {
  at: string;
  lead?: string[];
  coordinating?: string[];
  responsible?: string[];
  /** Also names all agencies ("Các sở, ban, ngành", "các cơ quan, đơn vị, địa phương"). */
  all?: boolean;
  /** Also coordinates with unnamed bodies ("phối hợp với các đơn vị có liên quan"). */
  generic?: boolean;
  tasks: Array<[firstWords: string, ...deadlines: Array<[DeadlineKind, string | null]>]>;
}

export interface ExpectedReading {
  file: string;
  document: DocumentMeta;
  issuer: string;
  titleStart: string;
  period: Program['period'];
  blocks: ExpectedBlock[];
  /** Numbers of every numbered document cited anywhere in the text. */
  references: string[];
  implementation: number;
}

const firstWords = (text: string) => text.split(' ').slice(0, 5).join(' ');

/**
 * The parse in the shape of an expected reading, so one `toEqual` shows every difference. A task
 * is shown by the expected words when it starts with them (at the same place), else by its first five words.
 */
export function readingOf(program: Program, expected: ExpectedReading): Omit<ExpectedReading, 'file'> {
  const sections = new Map(program.areas.flatMap((area) => area.sections.map((section) => [section.id, section.number] as const)));
  const areas = new Map(program.areas.map((area) => [area.id, String(area.number)] as const));
  return {
    document: program.document,
    issuer: program.issuer,
    titleStart: '',
    period: program.period,
    blocks: program.blocks.map((block, blockIndex) => {
      const place = block.sectionId ? sections.get(block.sectionId)! : areas.get(block.areaId)!;
      const named = (role: string) => block.assignments.filter((assignment) => assignment.role === role).map((assignment) => assignment.agencyId);
      const reading: ExpectedBlock = { at: block.letter ? `${place} ${block.letter}` : place, tasks: [] };
      for (const role of ['lead', 'coordinating', 'responsible'] as const) if (named(role).length > 0) reading[role] = named(role);
      if (block.scope.allAgencies) reading.all = true;
      if (block.scope.genericCoordination) reading.generic = true;
      reading.tasks = program.tasks
        .filter((task) => task.blockId === block.id)
        .map((task, taskIndex) => {
          const words = expected.blocks[blockIndex]?.tasks[taskIndex]?.[0];
          return [words !== undefined && task.text.startsWith(words) ? words : firstWords(task.text), ...task.deadlines.map((deadline): [DeadlineKind, string | null] => [deadline.kind, deadline.due])];
        });
      return reading;
    }),
    references: program.references.map((reference) => reference.number),
    implementation: program.implementation.length,
  };
}
