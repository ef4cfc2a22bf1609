import type { Program, Task } from '@chuongtrinh/core';
import type { ExportFormat } from '@chuongtrinh/core/export';
import type { StatusReport } from '@chuongtrinh/core/status';
import type { Language } from '../translations/translation.js';

/** The file formats of the download control, in the order its buttons show them. */
export const DOWNLOAD_FORMATS = ['csv', 'json', 'ics'] as const satisfies readonly ExportFormat[];
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

type ExportModule = typeof import('./lazy-export.js');

// The export part (papaparse, ical-generator) is shared by every list on the page and loaded at
// the first download, never before.
let exportLoading: Promise<ExportModule> | undefined;

function loadExport(): Promise<ExportModule> {
  exportLoading ??= import('./lazy-export.js').catch((error: unknown) => {
    exportLoading = undefined; // a later click tries again
    throw error;
  });
  return exportLoading;
}

/**
 * The file for `tasks` in `format`, written by core's `exportTasks` (as the CLI writes it): CSV
 * with a byte-order mark for Excel (with status columns when there is a status report), JSON
 * under the dataset contract, or iCalendar.
 */
export async function exportTasks(
  program: Program,
  tasks: readonly Task[],
  format: DownloadFormat,
  options: { language: Language; status?: StatusReport; calendarName?: string },
): Promise<Blob> {
  const { exportTasks: write } = await loadExport();
  const { text, mediaType } = write(program, tasks, format, {
    lang: options.language,
    ...(options.status ? { status: options.status } : {}),
    ...(options.calendarName ? { calendarName: options.calendarName } : {}),
  });
  return new Blob([text], { type: mediaType });
}

/** A file name from its parts, in plain lowercase ASCII: `nhiem-vu-so-cong-thuong-lead-2023.csv`. */
export function fileName(parts: ReadonlyArray<string | number | undefined>, format: DownloadFormat): string {
  const stem = parts
    .filter((part) => part !== undefined && part !== '')
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem}.${format}`;
}

/**
 * Hands the file to the browser's download through a link with `download`; the object URL is
 * released a minute later (released at once, some browsers cancel a download still starting).
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
