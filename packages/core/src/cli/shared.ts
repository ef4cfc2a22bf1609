import { readFileSync } from 'node:fs';
import type { parseArgs } from 'node:util';
import { getBlock, roleIn, validateFilter, type TaskFilter } from '../query.js';
import type { Program, Role, Task } from '../schema.js';
import { applyStatus, type StatusReport } from '../status/apply.js';

/**
 * What every command of the CLI shares: the options, the errors, reading files, filters and
 * status overlays from the command line. A command lives in its own module (or in `run.ts` when
 * it is a few lines) and is registered in `run.ts`'s table.
 */

export const OPTIONS = {
  agency: { type: 'string' },
  role: { type: 'string' },
  area: { type: 'string' },
  year: { type: 'string' },
  'status-file': { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string' },
  limit: { type: 'string' },
  data: { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];
export type Option = keyof Values;

/** What a command is given: the dataset, the options, its positional arguments and where to print. */
export interface Context {
  program: Program;
  values: Values;
  args: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  /** `name ARGS`, as the usage shows it. */
  synopsis: string;
  /** One line for the list of commands. */
  summary: string;
  /** What `help COMMAND` adds: arguments, output, exit codes. */
  details?: string;
  options: readonly Option[];
  /** How many positional arguments it takes (default: none). */
  args?: { min: number; max: number };
  run: (context: Context) => number;
}

/** A mistake on the command line: exit code 2, one line, with a pointer to `--help`. */
export class UsageError extends Error {}

/** Something the command could not do with what it was given (a file it cannot write): exit code 1. */
export class CommandError extends Error {}

/**
 * A text file as UTF-8, with a byte-order mark accepted (Windows Notepad writes one). A file in
 * another encoding (latin1, Windows-1258) is refused rather than read into mojibake.
 */
export function readText(file: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} ${file} is not UTF-8 text (perhaps latin1 or Windows-1258); save it as UTF-8`);
  }
}

export function readOverlays(files: readonly string[]): unknown[] {
  return files.map((file) => {
    const text = readText(file, 'status file');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UsageError(`status file ${file} is not JSON: ${(error as Error).message}`);
    }
  });
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The `--as-of` of every command that takes it (undefined when not given), checked so that a typo
 * is an error, not a warning followed by today's date.
 */
export function asOfOption(asOf: string | undefined): string | undefined {
  if (asOf === undefined) return undefined;
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf)) || new Date(asOf).toISOString().slice(0, 10) !== asOf) {
    throw new UsageError(`--as-of expects a date like 2025-12-31, got "${asOf}"`);
  }
  return asOf;
}

/** The status report of `--status-file` and `--as-of`, its problems on stderr; undefined with neither. */
export function statusOf({ program, values, stderr }: Context): StatusReport | undefined {
  const files = values['status-file'] ?? [];
  const asOf = asOfOption(values['as-of']);
  if (files.length === 0 && asOf === undefined) return undefined;
  const report = applyStatus(program, readOverlays(files), { asOf, labels: files });
  for (const line of overlayProblems(report)) stderr(line);
  return report;
}

/** Each issue and each conflict of a status report, one line each: what `status validate` prints, and every command with --status-file on stderr. */
export function overlayProblems(report: StatusReport): string[] {
  return [
    ...report.issues.map((issue) => `${issue.label}: ${issue.path}: ${issue.message}`),
    ...report.conflicts.map(({ taskId, year, sources, applied }) => `conflict on ${taskId}${year ? ` (${year})` : ''}: ${sources.join(' vs ')}; applied ${applied}`),
  ];
}

/**
 * The task filter of the command line, checked against the program. `knownElsewhere` accepts an
 * agency id the program does not name (a successor body, with `--as-of`).
 */
export function filterOf({ program, values }: Context, knownElsewhere?: (agencyId: string) => boolean): TaskFilter {
  const filter: TaskFilter = {};
  if (values.role !== undefined && values.agency === undefined) {
    throw new UsageError('--role needs --agency: the role is the one that agency has, e.g. --agency so-cong-thuong --role lead');
  }
  if (values.agency !== undefined) filter.agency = values.agency;
  if (values.role !== undefined) filter.role = values.role as Role;
  if (values.area !== undefined) filter.area = values.area;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year expects a year like 2021, got "${values.year}"`);
    filter.year = Number(values.year);
  }
  const [problem] = validateFilter(program, filter);
  if (problem?.code === 'unknown-agency' && !knownElsewhere?.(problem.value)) {
    const guesses = problem.suggestions.map((agency) => agency.id).join(', ');
    throw new UsageError(`no agency has id "${problem.value}"${guesses ? `; did you mean ${guesses}?` : ''} ("chuongtrinh summary" lists the ids)`);
  }
  if (problem?.code === 'unknown-role') throw new UsageError(`--role expects ${problem.allowed.join(', ')}, got "${problem.value}"`);
  if (problem?.code === 'unknown-area') throw new UsageError(`no area or section "${problem.value}"; expected one of ${problem.allowed.join(', ')}`);
  if (problem?.code === 'year-outside-period') {
    throw new UsageError(`--year ${problem.value} is outside the program period ${problem.period.start}–${problem.period.end}`);
  }
  return filter;
}

export function formatOf<Format extends string>(values: Values, allowed: readonly Format[], fallback?: Format): Format {
  const format = values.format ?? fallback;
  if (format === undefined) throw new UsageError(`--format is required: ${allowed.join(', ')}`);
  if (!allowed.includes(format as Format)) throw new UsageError(`--format expects ${allowed.join(', ')}, got "${format}"`);
  return format as Format;
}

export function langOf(values: Values): 'vi' | 'en' {
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang expects vi or en, got "${lang}"`);
  return lang;
}

export function pad(text: string | number, width: number, right = false): string {
  const value = String(text);
  const cut = value.length > width ? `${value.slice(0, width - 1)}…` : value;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** Tasks one per line: id, the agency's role (with `agency`), deadlines, timeliness (with a report), text. */
export function taskTable(
  program: Program,
  tasks: readonly Task[],
  agency: string | undefined,
  status: StatusReport | undefined,
  /** Roles by task id where they are not the agency's own (tasks inherited through succession). */
  roles?: ReadonlyMap<string, string>,
): string {
  const progress = new Map(status?.tasks.map((item) => [item.task.id, item]));
  const lines = tasks.map((task) => {
    const role = agency ? (roles?.get(task.id) ?? roleIn(getBlock(program, task.blockId)!, agency) ?? 'all') : '';
    const deadlines = task.deadlines.map((deadline) => deadline.year ?? deadline.kind).join(',');
    const state = status ? pad(progress.get(task.id)?.timeliness ?? '', 14) : '';
    return `${pad(task.id, 16)} ${agency ? pad(role, 13) : ''}${pad(deadlines, 12)} ${state}${pad(task.text, 70)}`;
  });
  return [...lines, `${tasks.length} tasks`].join('\n');
}

/**
 * Text made safe for a terminal: C0 and C1 control characters (ESC, CSI U+009B…) from the data
 * could move the cursor, retitle the window or worse; they are written as `\uXXXX` instead. Tabs
 * and line ends stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A writer that ends each text with exactly one line ending (CSV and ICS bring their own CRLF). */
export function lineWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(/\n$/.test(text) ? text : `${text}\n`);
}
