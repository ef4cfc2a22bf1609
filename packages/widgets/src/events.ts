import type { ExportFormat } from '@chuongtrinh/core/export';
/**
 * Every event the widgets fire. All are `CustomEvent`s that bubble and cross shadow roots
 * (`composed`), and all are fired on a visitor's action only, never when code sets a property.
 */

/** The filter after a visitor changed it; a field is absent when it is not set. */
export interface FilterChangeDetail {
  agency?: string;
  role?: string;
  area?: string;
  year?: number;
  query?: string;
  /** A timeliness class (`open-overdue`), a status as reported (`in-progress`) or `unreported`. */
  status?: string;
}

/** The task a visitor selected, by id (`task-1-1-a-1`). */
export interface TaskSelectDetail {
  taskId: string;
}

/** The file a visitor downloaded from `<ct-task-list controls>`: its format, name and how many tasks it holds. */
export interface DownloadDetail {
  format: ExportFormat;
  fileName: string;
  taskCount: number;
}

/** The embed snippet a visitor copied from `<ct-embed-builder>`. */
export interface SnippetCopyDetail {
  snippet: string;
}

interface CtEventDetails {
  'ct-filter-change': FilterChangeDetail;
  'ct-task-select': TaskSelectDetail;
  'ct-download': DownloadDetail;
  'ct-snippet-copy': SnippetCopyDetail;
}

export type CtFilterChangeEvent = CustomEvent<FilterChangeDetail>;
export type CtTaskSelectEvent = CustomEvent<TaskSelectDetail>;
export type CtDownloadEvent = CustomEvent<DownloadDetail>;
export type CtSnippetCopyEvent = CustomEvent<SnippetCopyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-filter-change': CtFilterChangeEvent;
    'ct-task-select': CtTaskSelectEvent;
    'ct-download': CtDownloadEvent;
    'ct-snippet-copy': CtSnippetCopyEvent;
  }
}

export function emit<Type extends keyof CtEventDetails>(target: EventTarget, type: Type, detail: CtEventDetails[Type]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
