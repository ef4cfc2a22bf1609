import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { program as bundled } from '../data.js';
import { tasksToCsv } from '../export/csv.js';
import { tasksToIcs } from '../export/ics.js';
import { subsetProgram } from '../export/subset.js';
import { agencyWorkloads, deadlinesByYear, filterTasks, roleIn, getBlock, type TaskFilter, validateFilter } from '../query.js';
import type { Program, Role, Task } from '../schema.js';
import { applyStatus, type StatusReport } from '../status/apply.js';
import { readDataset } from './data.js';
import { parseCommand } from './parse.js';
import { succession } from '../succession/data.js';
import { successionBody } from '../succession/query.js';
import { agenciesJson, agenciesTable, asOfDate, InputError, tasksAsOf } from './agencies.js';

const USAGE = `Usage: chuongtrinh <command> [options]

Commands:
  summary                 areas, tasks per agency and deadlines per year
  tasks [filters]         list tasks (--format table, csv or json); with --agency and --as-of,
                          follows the 2025 agency succession and says so on stderr
  agencies                the program's agencies with their roles and, as of --as-of (default
                          today), their successors or end with the legal document (--format
                          table or json)
  export --format F       the tasks as csv (Excel), ics (calendar) or json (same contract)
  status validate FILE…   check status overlays entry by entry; exits 1 when any entry is invalid
  parse FILE              parse another program text of this genre; prints the dataset JSON,
                          what it read and diagnostics on stderr; exits 1 when it finds no
                          task or no assignment (--id, --title, --issuer set those fields)

Filters (tasks, export):
  --agency ID             agency id, e.g. so-cong-thuong
  --role ROLE             with --agency: lead, coordinating or responsible
  --area N                area or section number, e.g. 1 or 1.2
  --year YYYY             deadline year

Options:
  --status-file FILE      a status overlay to apply (repeatable); adds status and timeliness
  --as-of YYYY-MM-DD      judge timeliness at this date (default: the overlays' latest asOf);
                          agencies, tasks --agency: apply agency succession as of this date
  --format F              tasks, agencies: table (default), csv (tasks), json · export: csv, ics, json
  --lang vi|en            CSV column headings (default vi)
  --output FILE           export: write to FILE instead of standard output
  --data FILE             summary, tasks, export, status: a parsed program (the output of
                          parse) instead of the bundled Bình Thuận dataset
  -h, --help              show this help`;

const OPTIONS = {
  agency: { type: 'string' },
  role: { type: 'string' },
  area: { type: 'string' },
  year: { type: 'string' },
  'status-file': { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string' },
  data: { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const ALLOWED: Record<string, ReadonlyArray<keyof Values>> = {
  summary: ['status-file', 'as-of', 'data'],
  tasks: ['agency', 'role', 'area', 'year', 'status-file', 'as-of', 'format', 'lang', 'data'],
  export: ['agency', 'role', 'area', 'year', 'status-file', 'as-of', 'format', 'lang', 'output', 'data'],
  status: ['as-of', 'data'],
  agencies: ['as-of', 'format'],
  parse: ['id', 'title', 'issuer'],
};

class UsageError extends Error {}

function pad(text: string | number, width: number, right = false): string {
  const value = String(text);
  const cut = value.length > width ? `${value.slice(0, width - 1)}…` : value;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** The text `chuongtrinh summary` prints; with a status report, also the tasks per timeliness class. */
export function summary(program: Program, status?: StatusReport): string {
  const out: string[] = [];
  const sections = program.areas.reduce((sum, area) => sum + area.sections.length, 0);
  out.push(program.title, `${program.issuer} · ${program.period.start}–${program.period.end}`, '');
  out.push(
    `${program.areas.length} priority areas · ${sections} sections · ${program.blocks.length} assignment blocks · ` +
      `${program.tasks.length} tasks · ${program.agencies.length} agencies · ${program.references.length} cited documents`,
    '',
  );
  out.push(`${pad('Areas', 69)}tasks`);
  for (const area of program.areas) {
    out.push(`${pad(area.number, 3, true)}  ${pad(area.title, 62)}  ${pad(filterTasks(program, { area: area.number }).length, 5, true)}`);
  }
  out.push('', `${pad('Tasks per agency', 52)}lead  coord  resp  total`);
  for (const workload of agencyWorkloads(program)) {
    out.push(
      `  ${pad(workload.agency.name, 48)}  ${pad(workload.lead, 4, true)}  ${pad(workload.coordinating, 5, true)}  ` +
        `${pad(workload.responsible, 4, true)}  ${pad(workload.total, 5, true)}`,
    );
  }
  const generic = filterTasks(program, { allAgencies: true }).length;
  out.push(`  ${pad('(all agencies, generically)', 48)}  ${pad('', 4)}  ${pad('', 5)}  ${pad(generic, 4, true)}  ${pad(generic, 5, true)}`);
  const groups = deadlinesByYear(program);
  out.push('', 'Deadlines per year');
  for (const { year, entries } of groups.years) {
    const conditional = entries.filter((entry) => entry.deadline.kind === 'conditional').length;
    out.push(`  ${year}  ${pad(entries.length, 3, true)}  ${'█'.repeat(entries.length)}${conditional ? `  (${conditional} conditional, expected)` : ''}`);
  }
  out.push(`  annual (hàng năm): ${groups.annual.length} · conditional without a year: ${groups.undated.length}`);
  if (status) {
    out.push('', `Timeliness as of ${status.asOf}`);
    for (const [level, count] of Object.entries(status.counts)) out.push(`  ${pad(level, 14)}${pad(count, 4, true)}`);
  }
  return out.join('\n');
}

function readFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function readOverlays(files: readonly string[]): unknown[] {
  return files.map((file) => {
    const text = readFile(file, 'status file');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UsageError(`status file ${file} is not JSON: ${(error as Error).message}`);
    }
  });
}

function statusOf(program: Program, values: Values, stderr: (text: string) => void): StatusReport | undefined {
  const files = values['status-file'] ?? [];
  if (files.length === 0 && values['as-of'] === undefined) return undefined;
  const report = applyStatus(program, readOverlays(files), { asOf: values['as-of'], labels: files });
  for (const issue of report.issues) stderr(`${issue.label}: ${issue.path}: ${issue.message}`);
  for (const conflict of report.conflicts) {
    stderr(`conflict on ${conflict.taskId}${conflict.year ? ` (${conflict.year})` : ''}: ${conflict.sources.join(' vs ')}; applied ${conflict.applied}`);
  }
  return report;
}

function filterOf(program: Program, values: Values): TaskFilter {
  const filter: TaskFilter = {};
  if (values.agency !== undefined) filter.agency = values.agency;
  if (values.role !== undefined) filter.role = values.role as Role;
  if (values.area !== undefined) filter.area = values.area;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year expects a year like 2021, got "${values.year}"`);
    filter.year = Number(values.year);
  }
  const [problem] = validateFilter(program, filter);
  const successorBody = values['as-of'] !== undefined && succession.programId === program.id && successionBody(program, succession, filter.agency ?? '') !== undefined;
  if (problem?.code === 'unknown-agency' && !successorBody) {
    throw new UsageError(`no agency has id "${problem.value}"; did you mean ${problem.suggestions.map((a) => a.id).join(', ')}?`);
  }
  if (problem?.code === 'unknown-role') throw new UsageError(`--role expects ${problem.allowed.join(', ')}, got "${problem.value}"`);
  if (problem?.code === 'unknown-area') throw new UsageError(`no area or section "${problem.value}"; expected one of ${problem.allowed.join(', ')}`);
  if (problem?.code === 'year-outside-period') {
    throw new UsageError(`--year ${problem.value} is outside the program period ${problem.period.start}–${problem.period.end}`);
  }
  return filter;
}

function table(program: Program, tasks: readonly Task[], agency: string | undefined, status: StatusReport | undefined, roles?: Map<string, string>): string {
  const progress = new Map(status?.tasks.map((item) => [item.task.id, item]));
  const lines = tasks.map((task) => {
    const role = agency ? (roles?.get(task.id) ?? roleIn(getBlock(program, task.blockId)!, agency) ?? 'all') : '';
    const deadlines = task.deadlines.map((deadline) => deadline.year ?? deadline.kind).join(',');
    const state = status ? pad(progress.get(task.id)?.timeliness ?? '', 14) : '';
    return `${pad(task.id, 16)} ${agency ? pad(role, 13) : ''}${pad(deadlines, 12)} ${state}${pad(task.text, 70)}`;
  });
  return [...lines, `${tasks.length} tasks`].join('\n');
}

function formatOf(values: Values, allowed: readonly string[], fallback?: string): string {
  const format = values.format ?? fallback;
  if (format === undefined) throw new UsageError(`--format is required: ${allowed.join(', ')}`);
  if (!allowed.includes(format)) throw new UsageError(`--format expects ${allowed.join(', ')}, got "${format}"`);
  return format;
}

function langOf(values: Values): 'vi' | 'en' {
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang expects vi or en, got "${lang}"`);
  return lang;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function run(argv: string[], stdout: (text: string) => void, stderr: (text: string) => void): number {
  try {
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      stdout(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const allowed = ALLOWED[command];
    if (!allowed) throw new UsageError(`unknown command "${command}"`);
    const misplaced = (Object.keys(values) as Array<keyof Values>).find((key) => !allowed.includes(key));
    if (misplaced) throw new UsageError(`${command} does not take --${misplaced}`);
    const dataset = values.data === undefined ? { program: bundled } : readDataset(values.data);
    if ('problem' in dataset) throw new UsageError(dataset.problem);
    const { program } = dataset;

    switch (command) {
      case 'summary':
        stdout(summary(program, statusOf(program, values, stderr)));
        return 0;
      case 'tasks': {
        const format = formatOf(values, ['table', 'csv', 'json'], 'table');
        const filter = filterOf(program, values);
        const status = statusOf(program, values, stderr);
        const { agency, ...rest } = filter;
        // Succession data describes the bundled program's agencies only, never those of a parsed one.
        const carried = agency !== undefined && values['as-of'] !== undefined && succession.programId === program.id
          ? tasksAsOf(program, succession, agency, asOfDate(values['as-of']), rest)
          : undefined;
        if (carried) stderr(carried.note);
        const tasks = carried?.tasks ?? filterTasks(program, filter);
        if (format === 'csv') stdout(tasksToCsv(program, tasks, { lang: langOf(values), status }));
        else if (format === 'json') stdout(JSON.stringify(subsetProgram(program, tasks), null, 2));
        else stdout(table(program, tasks, filter.agency, status, carried?.roles));
        return 0;
      }
      case 'export': {
        const format = formatOf(values, ['csv', 'ics', 'json']);
        const filter = filterOf(program, values);
        const status = statusOf(program, values, stderr);
        const tasks = filterTasks(program, filter);
        const text =
          format === 'csv'
            ? tasksToCsv(program, tasks, { lang: langOf(values), status })
            : format === 'ics'
              ? tasksToIcs(program, tasks)
              : `${JSON.stringify(subsetProgram(program, tasks), null, 2)}\n`;
        if (values.output === undefined) stdout(text);
        else {
          writeFileSync(values.output, text);
          stderr(`wrote ${tasks.length} tasks to ${values.output}`);
        }
        return 0;
      }
      case 'agencies': {
        const format = formatOf(values, ['table', 'json'], 'table');
        const asOf = asOfDate(values['as-of']);
        stdout(format === 'json' ? JSON.stringify(agenciesJson(bundled, succession, asOf), null, 2) : agenciesTable(bundled, succession, asOf));
        return 0;
      }
      case 'status': {
        const [action, ...files] = rest;
        if (action !== 'validate') throw new UsageError(`status expects "validate FILE…", got "${action ?? ''}"`);
        if (files.length === 0) throw new UsageError('status validate: missing FILE (a status overlay JSON)');
        const report = applyStatus(program, readOverlays(files), { asOf: values['as-of'], labels: files });
        for (const issue of report.issues) stdout(`${issue.label}: ${issue.path}: ${issue.message}`);
        for (const conflict of report.conflicts) {
          stdout(`conflict on ${conflict.taskId}${conflict.year ? ` (${conflict.year})` : ''}: ${conflict.sources.join(' vs ')}; applied ${conflict.applied}`);
        }
        stdout(`${report.accepted} entries valid, ${report.issues.length} problems, ${report.conflicts.length} conflicts (as of ${report.asOf})`);
        return report.issues.length > 0 ? 1 : 0;
      }
      case 'parse': {
        const file = rest[0];
        if (!file) throw new UsageError('parse: missing FILE (the program text to parse)');
        return parseCommand(file, readFile(file, 'program text'), { id: values.id, title: values.title, issuer: values.issuer }, stdout, stderr);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      stderr(`chuongtrinh: ${error.message}.`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr(`chuongtrinh: ${(error as Error).message}. Run "chuongtrinh --help" for usage.`);
      return 2;
    }
    throw error;
  }
}
