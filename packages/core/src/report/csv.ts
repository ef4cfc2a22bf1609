import { tasksToCsv } from '../export/csv.js';
import type { Program } from '../schema.js';
import type { ReportLanguage } from './labels.js';
import type { ProgressReport } from './model.js';

/** The report's tasks as CSV, through the one CSV export (same columns, escaping and neutralising). */
export function reportToCsv(program: Program, report: ProgressReport, options: { lang?: ReportLanguage } = {}): string {
  const tasks = report.areas.flatMap((area) => area.tasks.map((item) => item.progress.task));
  return tasksToCsv(program, tasks, { lang: options.lang, status: report.status });
}
