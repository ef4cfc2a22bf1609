import type { Program, Task } from '@chuongtrinh/core';
import type { ExportFormat } from '@chuongtrinh/core/export';
import type { StatusReport } from '@chuongtrinh/core/status';
import { slugify } from '@chuongtrinh/core/text';
import type { Language } from '../translations/translation.js';
import { LazyModule } from './lazy-module.js';

// The export part (papaparse, ical-generator) is loaded at the first download, never before; a
// later click tries again after a failure.
const exportModule = /* @__PURE__ */ new LazyModule(() => import('./lazy-export.js'));

/**
 * The file for `tasks` in `format`, written by core's `exportTasks` (as the CLI writes it): CSV
 * with a byte-order mark for Excel (with status columns when there is a status report), JSON
 * under the dataset contract, or iCalendar.
 */
export async function exportTasks(
  program: Program,
  tasks: readonly Task[],
  format: ExportFormat,
  options: { language: Language; status?: StatusReport; calendarName?: string },
): Promise<Blob> {
  const { exportTasks: write } = await exportModule.required();
  const { text, mediaType } = write(program, tasks, format, {
    lang: options.language,
    ...(options.status ? { status: options.status } : {}),
    ...(options.calendarName ? { calendarName: options.calendarName } : {}),
  });
  return new Blob([text], { type: mediaType });
}

/**
 * A file name from its parts (those undefined or empty left out), each written by core's `slugify`
 * with its dots kept, so a section stays `1.2`: `nhiem-vu-so-cong-thuong-lead-2023.csv`, `tasks-1.2.json`.
 */
export function fileName(parts: ReadonlyArray<string | number | undefined>, format: ExportFormat): string {
  const slugs = parts.map((part) => (part === undefined ? '' : String(part).split('.').map(slugify).join('.')));
  return `${slugs.filter((slug) => slug !== '').join('-')}.${format}`;
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
