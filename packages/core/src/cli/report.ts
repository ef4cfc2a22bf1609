import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { program } from '../data.js';
import { getAgency } from '../query.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/labels.js';
import { buildReport, ReportError } from '../report/model.js';
import { reportToCsv } from '../report/csv.js';
import { reportToHtml } from '../report/html.js';

const SUMMARY = 'the progress report (Decree 30/2020 layout) compiled from status overlays';

export const REPORT_USAGE = `  report --status FILE… --as-of YYYY-MM-DD --format docx|html|csv --output FILE
                          [--agency ID] [--issuer ID] [--lang vi|en]
                          ${SUMMARY};
                          --agency: one agency's tasks only; --issuer: the agency that issues it`;

/** What `chuongtrinh help report` and `chuongtrinh report --help` print. */
export const REPORT_HELP = `Usage: chuongtrinh report --status FILE… --as-of YYYY-MM-DD --format docx|html|csv --output FILE [--agency ID] [--issuer ID] [--lang vi|en]

${SUMMARY}

Invalid entries go to stderr and are left out. Exits 1, writing nothing, when the report cannot be built: an overlay that is not an overlay or is about another program, an --as-of in the future, an unknown agency; exits 2 on a mistake on the command line.

Options:
  --status FILE…          the status overlays, one or more after the flag (or the flag repeated)
  --as-of YYYY-MM-DD      the date the report describes
  --format F              docx, html or csv
  --output FILE           where to write the report
  --agency ID             one agency's tasks only
  --issuer ID             the agency that issues the report (default: the program's issuer)
  --lang vi|en            the report's language (default vi)
  -h, --help              show this help`;

const FORMATS = ['docx', 'html', 'csv'] as const;

const OPTIONS = {
  status: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  agency: { type: 'string' },
  issuer: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class ReportUsageError extends Error {}

function readOverlay(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReportUsageError(`cannot read status file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ReportUsageError(`status file ${file} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * `chuongtrinh report`: its own argument parsing, since `--status A.json B.json` takes several files
 * after one flag. Nothing is written unless the whole report could be built.
 */
export async function runReport(argv: string[], stdout: (text: string) => void, stderr: (text: string) => void): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    if (values.help) {
      stdout(REPORT_HELP);
      return 0;
    }
    const files = [...(values.status ?? []), ...positionals];
    if (files.length === 0) throw new ReportUsageError('--status is required: one or more status overlay files');
    if (values['as-of'] === undefined) throw new ReportUsageError('--as-of is required: the date the report describes, e.g. 2024-12-31');
    const format = values.format;
    if (!FORMATS.includes(format as never)) throw new ReportUsageError(`--format expects ${FORMATS.join(', ')}, got "${format ?? ''}"`);
    if (values.output === undefined) throw new ReportUsageError('--output FILE is required');
    const lang = (values.lang ?? 'vi') as ReportLanguage;
    if (!REPORT_LANGUAGES.includes(lang)) throw new ReportUsageError(`--lang expects ${REPORT_LANGUAGES.join(' or ')}, got "${lang}"`);
    const issuer = values.issuer === undefined ? undefined : getAgency(program, values.issuer);
    if (values.issuer !== undefined && !issuer) throw new ReportUsageError(`--issuer: no agency has id "${values.issuer}"`);

    const report = buildReport(program, files.map(readOverlay), { asOf: values['as-of'], agency: values.agency, labels: files });
    for (const issue of report.issues) stderr(`${issue.label}: ${issue.path}: ${issue.message} (left out)`);
    const options = { lang, issuer };
    const output =
      format === 'docx'
        ? await (await import('../report/docx.js')).reportToDocx(report, options)
        : format === 'html'
          ? reportToHtml(report, options)
          : reportToCsv(program, report, { lang });
    writeFileSync(values.output, output);
    stderr(`wrote the report on ${report.total} tasks as of ${report.asOf} to ${values.output}`);
    return 0;
  } catch (error) {
    if (error instanceof ReportError) {
      for (const problem of error.problems) stderr(`chuongtrinh report: ${problem}`);
      stderr('chuongtrinh report: no report written.');
      return 1;
    }
    if (error instanceof ReportUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr(`chuongtrinh report: ${(error as Error).message}. Run "chuongtrinh --help" for usage.`);
      return 2;
    }
    throw error;
  }
}
