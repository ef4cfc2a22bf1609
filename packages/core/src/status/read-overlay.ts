import * as z from 'zod/mini';
import { en } from 'zod/locales';
// Named imports: `z.core` as a namespace would pull the whole of zod's core (JSON Schema output
// included) into the widgets' status part, 70 KB gzip more.
import { $ZodError, _safeParse } from 'zod/v4/core';
import { pathOf } from '../json-path.js';
import { getTask } from '../query.js';
import type { Program } from '../schema.js';
import type { OverlayIssue } from './apply.js';
import { readEvidenceDocument } from './evidence.js';
import { StatusEntry, StatusOverlay } from './schema.js';
import type { Steps } from './slices.js';

/** A valid entry of an overlay, with the key of what it reports on (task and year) and where it is. */
export interface AcceptedEntry {
  key: string;
  entry: StatusEntry;
  /** "label entries[i]". */
  source: string;
}

/** What one overlay gives: its `asOf` (null when the overlay was skipped), its valid entries in order, and its issues. */
export interface OverlayReading {
  asOf: string | null;
  accepted: AcceptedEntry[];
  issues: OverlayIssue[];
}

// The envelope is checked apart from the entries, so that one bad entry does not reject the overlay.
const Envelope = z.extend(StatusOverlay, { entries: z.array(z.unknown()) });
// One locale for every message: building it per entry costs a third of the time on bad overlays.
const parseOptions = { error: en().localeError };
// `z.safeParse` wraps the issues of a failed parse in an Error, whose construction in Chromium is
// most of the time a bad entry takes (1.4 s for 100,000); zod's plain error holds the same issues.
const safeParse = _safeParse($ZodError);

/** Reasons a schema-valid entry still cannot apply to this program, or [] when it can. */
function entryProblems(program: Program, entry: StatusEntry, asOf: string): Array<{ field: string; message: string }> {
  const task = getTask(program, entry.taskId);
  if (!task) return [{ field: 'taskId', message: `no task has id "${entry.taskId}"` }];
  const problems: Array<{ field: string; message: string }> = [];
  if (entry.year !== undefined) {
    if (!task.deadlines.some((deadline) => deadline.kind === 'annual')) {
      problems.push({ field: 'year', message: `task "${entry.taskId}" has no annual deadline; report on it without "year"` });
    } else if (entry.year < program.period.start || entry.year > program.period.end) {
      problems.push({ field: 'year', message: `expected a year of the program period ${program.period.start}–${program.period.end}, got ${entry.year}` });
    }
  }
  if (entry.completedOn !== undefined && entry.status !== 'done') {
    problems.push({ field: 'completedOn', message: `completedOn is only for status "done", not "${entry.status}"` });
  }
  if (entry.completedOn !== undefined && entry.completedOn > entry.updated) {
    problems.push({ field: 'completedOn', message: `completedOn ${entry.completedOn} is after updated ${entry.updated}` });
  }
  if (entry.evidenceDocument !== undefined) {
    const reading = readEvidenceDocument(entry.evidenceDocument);
    if (!reading.ok) problems.push({ field: 'evidenceDocument', message: reading.message });
  }
  if (entry.updated > asOf) {
    problems.push({ field: 'updated', message: `updated ${entry.updated} is after the overlay's asOf ${asOf}` });
  }
  return problems;
}

/**
 * Reads the overlay at position `index` entry by entry, yielding after each entry (see
 * `slices.ts`). An invalid entry is reported with its path and reason and left out whole; an
 * overlay for another program, or one that is not an overlay at all, is reported and skipped.
 */
export function* readOverlay(program: Program, overlay: unknown, index: number, labelGiven: string | undefined): Steps<OverlayReading> {
  const reporter = typeof (overlay as { reporter?: unknown })?.reporter === 'string' ? (overlay as { reporter: string }).reporter : undefined;
  const label = labelGiven ?? reporter ?? `overlay ${index + 1}`;
  const reading: OverlayReading = { asOf: null, accepted: [], issues: [] };
  const report = (path: string, message: string) => reading.issues.push({ overlay: index, label, path, message });

  const envelope = safeParse(Envelope, overlay, parseOptions);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) report(pathOf(issue.path), issue.message);
    return reading;
  }
  const { programId, asOf, entries } = envelope.data;
  if (programId !== program.id) {
    report('programId', `expected "${program.id}", got "${programId}": this overlay is about another program`);
    return reading;
  }
  reading.asOf = asOf;
  const seen = new Set<string>();
  for (const [i, raw] of entries.entries()) {
    yield;
    const at = `entries[${i}]`;
    const parsed = safeParse(StatusEntry, raw, parseOptions);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(pathOf(issue.path, at), issue.message);
      continue;
    }
    const entry = parsed.data;
    const problems = entryProblems(program, entry, asOf);
    if (problems.length > 0) {
      for (const problem of problems) report(`${at}.${problem.field}`, problem.message);
      continue;
    }
    const key = `${entry.taskId}@${entry.year ?? ''}`;
    if (seen.has(key)) {
      report(at, `task "${entry.taskId}"${entry.year ? ` (${entry.year})` : ''} is already reported earlier in this overlay`);
      continue;
    }
    seen.add(key);
    reading.accepted.push({ key, entry, source: `${label} ${at}` });
  }
  return reading;
}
