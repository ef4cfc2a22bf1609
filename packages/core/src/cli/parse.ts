import { parseProgram, type ParseOptions } from '../parse/program.js';

export type ParseCommandOptions = Pick<ParseOptions, 'id' | 'title' | 'issuer'>;

/**
 * `chuongtrinh parse FILE`: the dataset JSON on stdout; on stderr the diagnostics and what was read
 * (parts, assignments, tasks, deadlines, agencies outside the register). Exits 1, naming the reason,
 * when the text gives no task or no assignment (a news article, a law, an empty or binary file).
 * `run` makes everything printed terminal-safe, the input's excerpts included.
 */
export function parseCommand(
  file: string,
  text: string,
  options: ParseCommandOptions,
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): number {
  const { program, diagnostics, parts } = parseProgram(text, { ...options, sourceFile: file });
  for (const d of diagnostics) stderr(`${file}:${d.line}: ${d.severity}: ${d.message} — “${d.excerpt}”`);

  const assigned = program.blocks.filter((block) => block.assignments.length > 0 || block.scope.allAgencies);
  const deadlines = program.tasks.reduce((sum, task) => sum + task.deadlines.length, 0);
  const outside = program.agencies.filter((agency) => agency.nameEn === null);
  stderr(
    [
        `read ${file}: ${program.document.kind} ${program.document.number ?? '(no number)'}${program.document.date ? ` of ${program.document.date}` : ''}, ${program.issuer || '(issuer unknown)'}, ${program.period.start}–${program.period.end}`,
        `  parts: ${parts.map((part) => `${part.number ?? '–'} ${part.role}`).join(' · ') || 'none'}`,
        `  ${program.areas.length} areas · ${program.blocks.length} assignment blocks (${assigned.length} with an agency) · ${program.tasks.length} tasks · ${deadlines} deadlines · ${program.references.length} references · ${program.agencies.length} agencies`,
        `  agencies outside the register: ${outside.length === 0 ? 'none' : outside.map((agency) => agency.name).join('; ')}`,
    ].join('\n'),
  );

  const reason =
    program.tasks.length === 0
      ? diagnostics.find((d) => d.severity === 'error')?.message ?? 'expected tasks under numbered items; found none'
      : assigned.length === 0
        ? 'expected an agency for the tasks ("Sở … chủ trì", "Cơ quan chủ trì: …"); found none'
        : null;
  if (reason !== null) {
    stderr(`chuongtrinh: ${file} was not read as a program: ${reason}`);
    return 1;
  }
  stdout(JSON.stringify(program, null, 2));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
