import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { program as bundled } from '../data.js';
import { parseProgram } from '../parse/program.js';
import { agencyWorkloads, deadlinesByYear, filterTasks } from '../query.js';
import type { Program } from '../schema.js';

const USAGE = `Usage: chuongtrinh <command> [options]

Commands:
  summary            areas, tasks per agency and deadlines per year of the bundled program
  parse FILE         parse another program text of this genre; prints the dataset JSON,
                     diagnostics on stderr; exits 1 when the text could not be understood

Options:
  -h, --help         show this help`;

class UsageError extends Error {}

function pad(text: string | number, width: number, right = false): string {
  const value = String(text);
  const cut = value.length > width ? `${value.slice(0, width - 1)}…` : value;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** The text `chuongtrinh summary` prints. */
export function summary(program: Program): string {
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
  return out.join('\n');
}

function readText(file: string | undefined): string {
  if (!file) throw new UsageError('parse: missing FILE (the program text to parse)');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`parse: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function run(argv: string[], stdout: (text: string) => void, stderr: (text: string) => void): number {
  try {
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      stdout(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case 'summary':
        stdout(summary(bundled));
        return 0;
      case 'parse': {
        const file = rest[0];
        const { program, diagnostics } = parseProgram(readText(file), { sourceFile: file });
        for (const d of diagnostics) stderr(`${file}:${d.line}: ${d.severity}: ${d.message} — “${d.excerpt}”`);
        stdout(JSON.stringify(program, null, 2));
        return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr(`chuongtrinh: ${(error as Error).message}. Run "chuongtrinh --help" for usage.`);
      return 2;
    }
    throw error;
  }
}
