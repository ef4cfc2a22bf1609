import { EXPORT_FORMATS } from '../constants.js';
import type { Program, Task } from '../schema.js';
import type { StatusReport } from '../status/apply.js';
import { tasksToCsv } from './csv.js';
import { tasksToIcs } from './ics.js';
import { subsetProgram } from './subset.js';

export { EXPORT_FORMATS };
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** CSV column headings in Vietnamese (default) or English. */
  lang?: 'vi' | 'en';
  /** CSV: adds the status columns from this report. */
  status?: StatusReport;
  /** ICS: the calendar's name; default: the program's title. */
  calendarName?: string;
  /** ICS: DTSTAMP of every event; default: now. */
  stamp?: Date;
}

/** An exported file: its text, and the media type to serve or save it with. */
export interface ExportedFile {
  text: string;
  mediaType: string;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * `tasks` as a file in `format`, the one way every caller (the CLI, the widgets' downloads)
 * writes them, so they agree by construction. Each text ends with one line ending.
 */
export function exportTasks(program: Program, tasks: readonly Task[], format: ExportFormat, options: ExportOptions = {}): ExportedFile {
  const text =
    format === 'csv'
      ? tasksToCsv(program, tasks, { ...(options.lang ? { lang: options.lang } : {}), ...(options.status ? { status: options.status } : {}) })
      : format === 'json'
        ? `${JSON.stringify(subsetProgram(program, tasks), null, 2)}\n`
        : tasksToIcs(program, tasks, { ...(options.calendarName ? { name: options.calendarName } : {}), ...(options.stamp ? { stamp: options.stamp } : {}) });
  return { text, mediaType: MEDIA_TYPES[format] };
}
