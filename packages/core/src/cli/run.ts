import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { program as bundled } from '../data.js';
import { exportTasks, EXPORT_FORMATS } from '../export/tasks.js';
import { agencyWorkloads, deadlinesByYear, filterTasks } from '../query.js';
import type { Program } from '../schema.js';
import { search } from '../search/index.js';
import { applyStatus, type StatusReport } from '../status/apply.js';
import { succession } from '../succession/data.js';
import { successionBody } from '../succession/query.js';
import { agenciesJson, agenciesTable, asOfDate, tasksAsOf } from './agencies.js';
import { readDataset } from './data.js';
import { parseCommand } from './parse.js';
import {
  CommandError,
  overlayProblems,
  filterOf,
  formatOf,
  langOf,
  OPTIONS,
  pad,
  readOverlays,
  readText,
  statusOf,
  taskTable,
  terminalSafe,
  UsageError,
  type Command,
  type Context,
  type Option,
} from './shared.js';
import { REPORT_HELP, REPORT_USAGE, runReport } from './report.js';

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
  out.push('', `${pad('Tasks per agency (id for --agency)', 86)}lead  coord  resp  total`);
  for (const workload of agencyWorkloads(program)) {
    out.push(
      `  ${pad(workload.agency.name, 48)}  ${pad(workload.agency.id, 34)}  ${pad(workload.lead, 4, true)}  ${pad(workload.coordinating, 5, true)}  ` +
        `${pad(workload.responsible, 4, true)}  ${pad(workload.total, 5, true)}`,
    );
  }
  const generic = filterTasks(program, { allAgencies: true }).length;
  out.push(`  ${pad('(all agencies, generically)', 84)}  ${pad('', 4)}  ${pad('', 5)}  ${pad(generic, 4, true)}  ${pad(generic, 5, true)}`);
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

/** The areas and their sections, with the number of tasks of each: the values of `--area`. */
function areas(program: Program): string {
  const lines = [`${pad('Area', 8)}${pad('', 64)}tasks`];
  for (const area of program.areas) {
    lines.push(`${pad(area.number, 8)}${pad(area.title, 64)}${pad(filterTasks(program, { area: area.number }).length, 5, true)}`);
    for (const section of area.sections) {
      lines.push(`  ${pad(section.number, 6)}${pad(section.title, 64)}${pad(filterTasks(program, { area: section.number }).length, 5, true)}`);
    }
  }
  return lines.join('\n');
}

const FILTERS: readonly Option[] = ['agency', 'role', 'area', 'year'];
const STATUS: readonly Option[] = ['status-file', 'as-of'];
/** Commands that read the program also read a parsed one instead of the bundled dataset. */
const DATA: readonly Option[] = ['data'];

const SUCCESSION_DETAILS =
  'With --agency and --as-of, follows the 2025 agency succession (a current body carries its predecessors\' tasks) and says so on stderr.';

/**
 * The tasks `tasks` and `export` write, the same for both: those of the filters, following the
 * agency succession with --agency and --as-of (its note on stderr), with the status report of
 * --status-file and --as-of. `roles` are the carried tasks' roles, for the table.
 */
function selectedTasks(context: Context) {
  const { program, values, stderr } = context;
  // Succession data describes the bundled program's agencies only, never those of a parsed one.
  const follows = values['as-of'] !== undefined && succession.programId === program.id;
  const filter = filterOf(context, follows ? (id) => successionBody(program, succession, id) !== undefined : undefined);
  const { agency, ...rest } = filter;
  const status = statusOf(context);
  const carried = follows && agency !== undefined ? tasksAsOf(program, succession, agency, asOfDate(values['as-of']), rest) : undefined;
  if (carried) stderr(carried.note);
  return { tasks: carried?.tasks ?? filterTasks(program, filter), agency, status, roles: carried?.roles };
}

/**
 * The commands, in the order `--help` lists them. A new command is one entry here (its logic in
 * its own module when it is more than a few lines).
 */
const COMMANDS: Record<string, Command> = {
  summary: {
    synopsis: 'summary',
    summary: 'areas, tasks per agency (with the agency ids) and deadlines per year',
    options: [...STATUS, ...DATA],
    run: (context) => {
      context.stdout(summary(context.program, statusOf(context)));
      return 0;
    },
  },
  areas: {
    synopsis: 'areas',
    summary: 'the areas and sections (the values of --area) with their task counts',
    options: DATA,
    run: ({ program, stdout }) => {
      stdout(areas(program));
      return 0;
    },
  },
  tasks: {
    synopsis: 'tasks [filters]',
    summary: 'list tasks (--format table, csv or json: an array of tasks)',
    details: SUCCESSION_DETAILS,
    options: [...FILTERS, ...STATUS, 'format', 'lang', ...DATA],
    run: (context) => {
      const { program, values, stdout } = context;
      const format = formatOf(values, ['table', 'csv', 'json'], 'table');
      const lang = langOf(values);
      const { tasks, agency, status, roles } = selectedTasks(context);
      if (format === 'table') stdout(taskTable(program, tasks, agency, status, roles));
      else if (format === 'json') stdout(JSON.stringify(tasks, null, 2));
      else stdout(exportTasks(program, tasks, format, { lang, ...(status ? { status } : {}) }).text);
      return 0;
    },
  },
  search: {
    synopsis: 'search QUERY [filters]',
    summary: 'tasks matching QUERY (with or without diacritics), best first',
    details: 'QUERY is one argument: quote it when it has several words, e.g. chuongtrinh search "chuyển đổi số" --limit 5.',
    options: [...FILTERS, 'limit', ...DATA],
    args: { min: 1, max: 1 },
    run: (context) => {
      const { program, values, args, stdout } = context;
      const filter = filterOf(context);
      let limit: number | undefined;
      if (values.limit !== undefined) {
        if (!/^[1-9]\d*$/.test(values.limit)) throw new UsageError(`--limit expects a positive whole number, got "${values.limit}"`);
        limit = Number(values.limit);
      }
      const results = search(program, args[0]!, { filter, ...(limit ? { limit } : {}) });
      stdout(taskTable(program, results.map((result) => result.task), filter.agency, undefined));
      return 0;
    },
  },
  export: {
    synopsis: 'export --format F',
    summary: 'the tasks as csv (Excel), ics (calendar) or json (a dataset of the same contract)',
    details: SUCCESSION_DETAILS,
    options: [...FILTERS, ...STATUS, 'format', 'lang', 'output', ...DATA],
    run: (context) => {
      const { program, values, stdout, stderr } = context;
      const format = formatOf(values, EXPORT_FORMATS);
      const lang = langOf(values);
      const { tasks, status } = selectedTasks(context);
      const { text } = exportTasks(program, tasks, format, { lang, ...(status ? { status } : {}) });
      if (values.output === undefined) stdout(text);
      else {
        try {
          writeFileSync(values.output, text);
        } catch (error) {
          throw new CommandError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
        stderr(`wrote ${tasks.length} tasks to ${values.output}`);
      }
      return 0;
    },
  },
  status: {
    synopsis: 'status validate FILE…',
    summary: 'check status overlays entry by entry; exits 1 when any entry is invalid',
    options: ['as-of', ...DATA],
    args: { min: 1, max: Infinity },
    run: ({ program, values, args, stdout }) => {
      const [action, ...files] = args;
      if (action !== 'validate') throw new UsageError(`status expects "validate FILE…", got "${action ?? ''}"`);
      if (files.length === 0) throw new UsageError('status validate: missing FILE (a status overlay JSON)');
      const report = applyStatus(program, readOverlays(files), { asOf: values['as-of'], labels: files });
      for (const line of overlayProblems(report)) stdout(line);
      stdout(`${report.accepted} entries valid, ${report.issues.length} problems, ${report.conflicts.length} conflicts (as of ${report.asOf})`);
      return report.issues.length > 0 ? 1 : 0;
    },
  },
  agencies: {
    synopsis: 'agencies',
    summary: "the program's agencies with their roles and, as of --as-of (default today), their successors or end with the legal document",
    options: ['as-of', 'format'],
    run: ({ program, values, stdout }) => {
      const format = formatOf(values, ['table', 'json'], 'table');
      const asOf = asOfDate(values['as-of']);
      stdout(format === 'json' ? JSON.stringify(agenciesJson(program, succession, asOf), null, 2) : agenciesTable(program, succession, asOf));
      return 0;
    },
  },
  parse: {
    synopsis: 'parse FILE',
    summary: 'parse another program text of this genre; prints the dataset JSON',
    details: 'What it read (parts, assignments, tasks, deadlines, agencies outside the register) and the diagnostics go to stderr; exits 1, naming the reason, when it finds no task or no assignment. The output works with --data FILE of the other commands.',
    options: ['id', 'title', 'issuer'],
    args: { min: 1, max: 1 },
    run: ({ values, args, stdout, stderr }) => {
      const file = args[0]!;
      return parseCommand(file, readText(file, 'program text'), { id: values.id, title: values.title, issuer: values.issuer }, stdout, stderr);
    },
  },
  help: {
    synopsis: 'help [COMMAND]',
    summary: 'this help, or what one command takes',
    options: [],
    args: { min: 0, max: 1 },
    run: ({ args, stdout }) => {
      stdout(args[0] === undefined ? usage() : commandHelp(args[0]));
      return 0;
    },
  },
};

const OPTION_HELP: Record<Option, string> = {
  agency: '--agency ID             agency id, e.g. so-cong-thuong (summary lists them)',
  role: '--role ROLE             with --agency: lead, coordinating or responsible',
  area: '--area N                area or section number, e.g. 1 or 1.2 (areas lists them)',
  year: '--year YYYY             deadline year',
  'status-file': '--status-file FILE      a status overlay to apply (repeatable); adds status and timeliness',
  'as-of': '--as-of YYYY-MM-DD      judge timeliness at this date (default: the overlays\' latest asOf); agencies, tasks and export --agency: apply agency succession as of this date',
  format: '--format F              tasks: table (default), csv, json · agencies: table, json · export: csv, ics, json',
  lang: '--lang vi|en            CSV column headings (default vi)',
  output: '--output FILE           export: write to FILE instead of standard output',
  limit: '--limit N               search: at most N results',
  help: '-h, --help              show this help',
  version: '--version               print the version',
  data: '--data FILE             a parsed program (the output of parse) instead of the bundled dataset',
  id: '--id ID                 parse: the program id (default: from issuer, number and year)',
  title: '--title TEXT            parse: the program title (default: read from the text)',
  issuer: '--issuer TEXT           parse: the issuer (default: read from the text)',
};

function usage(): string {
  const commands = Object.values(COMMANDS).map((command) => `  ${pad(command.synopsis, 24)}${command.summary}`);
  return [
    'Usage: chuongtrinh <command> [options]',
    '',
    'Commands:',
    ...commands,
    REPORT_USAGE,
    '',
    'Filters (tasks, search, export):',
    ...FILTERS.map((option) => `  ${OPTION_HELP[option]}`),
    '',
    'Options:',
    ...(['status-file', 'as-of', 'format', 'lang', 'output', 'limit', 'data', 'id', 'title', 'issuer', 'help', 'version'] as const).map((option) => `  ${OPTION_HELP[option]}`),
    '',
    'Exit codes: 0 done · 1 the input was read but is wrong (an invalid overlay, a text not understood)',
    'or the output could not be written · 2 a mistake on the command line or a file that cannot be read.',
    'Run "chuongtrinh help COMMAND" for one command.',
  ].join('\n');
}

function commandHelp(name: string): string {
  if (name === 'report') return REPORT_HELP;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"; the commands are ${[...Object.keys(COMMANDS), 'report'].join(', ')}`);
  return [
    `Usage: chuongtrinh ${command.synopsis}`,
    '',
    command.summary,
    ...(command.details ? ['', command.details] : []),
    ...(command.options.length > 0 ? ['', 'Options:', ...command.options.map((option) => `  ${OPTION_HELP[option]}`)] : []),
  ].join('\n');
}

/** The arguments a command was given, checked against what it takes. */
function checkArgs(name: string, command: Command, args: string[]): void {
  const { min, max } = command.args ?? { min: 0, max: 0 };
  if (args.length > max) {
    const extra = args[max]!;
    const hint = max === 0 && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(extra) ? ` (an agency id? use --agency ${extra})` : '';
    throw new UsageError(`${name} takes ${max === 0 ? 'no arguments' : `at most ${max}`}, got "${extra}"${hint}`);
  }
  if (args.length < min) throw new UsageError(`${name}: missing ${command.synopsis.split(' ').slice(1).join(' ')}`);
}

function parseError(error: { code: string; message: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError(`unknown option ${option}`);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return new UsageError(`${option} needs a value`);
  return new UsageError(error.message.replace(/\.$/, ''));
}

/**
 * Runs the CLI with `argv` (without node and script); returns the exit code. Everything printed
 * goes through `terminalSafe`: the data and the diagnostics may hold control characters.
 */
export function run(argv: string[], stdout: (text: string) => void, stderr: (text: string) => void): number | Promise<number> {
  const out = (text: string) => stdout(terminalSafe(text));
  const err = (text: string) => stderr(terminalSafe(text));
  // Its own parsing (`--status A.json B.json`) and async (the Word writer); a promise for the exit code.
  if (argv[0] === 'report') return runReport(argv.slice(1), out, err);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code?.startsWith('ERR_PARSE_ARGS')) throw parseError(error as { code: string; message: string });
      throw error;
    }
    const { positionals, values } = parsed;
    const [name, ...args] = positionals;
    if (values.version) {
      out(`chuongtrinh ${packageJson.version}`);
      return 0;
    }
    if (name === undefined) {
      out(usage());
      return values.help ? 0 : 2;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (values.help) {
      out(commandHelp(name));
      return 0;
    }
    const misplaced = (Object.keys(values) as Option[]).find((key) => !command.options.includes(key));
    if (misplaced) throw new UsageError(`${name} does not take --${misplaced}`);
    checkArgs(name, command, args);
    const dataset = values.data === undefined ? { program: bundled } : readDataset(values.data);
    if ('problem' in dataset) throw new UsageError(dataset.problem);
    return command.run({ program: dataset.program, values, args, stdout: out, stderr: err });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`chuongtrinh: ${error.message}. Run "chuongtrinh --help" for usage.`);
      return 2;
    }
    if (error instanceof CommandError) {
      err(`chuongtrinh: ${error.message}.`);
      return 1;
    }
    throw error;
  }
}
