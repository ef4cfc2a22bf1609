import * as z from 'zod/mini';
import { TASK_STATUSES, TIMELINESS } from '../constants.js';
import { Id } from '../schema.js';

/**
 * The status overlay contract: what an agency reports about its tasks, kept apart from the program
 * text (which carries no status and is never altered by an overlay).
 */

export const TaskStatus = z.enum(TASK_STATUSES);

export const StatusEntry = z.object({
  /** Id of a task of the program (`task-1-1-a-1`). */
  taskId: Id,
  /** For a task with an annual deadline: the year this entry reports on. Omit otherwise. */
  year: z.optional(z.int()),
  status: TaskStatus,
  /** When this entry was last changed (YYYY-MM-DD). Decides which entry wins a conflict. */
  updated: z.iso.date(),
  /** When the task was done (YYYY-MM-DD); only with status `done`. When missing, `updated` counts. */
  completedOn: z.optional(z.iso.date()),
  note: z.optional(z.string()),
  /** A public page or document that shows the work (http or https, without a user name or password). */
  evidenceUrl: z.optional(
    z.url({ protocol: /^https?$/ }).check(
      // A URL with credentials would publish them on every page that shows the overlay.
      z.refine((url) => URL.canParse(url) && new URL(url).username === '' && new URL(url).password === '', 'expected a URL without a user name or password'),
    ),
  ),
  /** An official document that shows the work, cited as the program cites them ("Quyết định số 123/QĐ-UBND ngày 05/3/2024"). */
  evidenceDocument: z.optional(z.string()),
});

export const StatusOverlay = z.object({
  formatVersion: z.literal(1),
  /** The program the overlay is about; must equal the program's `id`. */
  programId: Id,
  /** The date the overlay describes the state at (YYYY-MM-DD). */
  asOf: z.iso.date(),
  /** Who reports, e.g. an agency id; shown in conflict messages. */
  reporter: z.optional(z.string()),
  entries: z.array(StatusEntry),
});

export const Timeliness = z.enum(TIMELINESS);

export type TaskStatus = z.infer<typeof TaskStatus>;
export type StatusEntry = z.infer<typeof StatusEntry>;
export type StatusOverlay = z.infer<typeof StatusOverlay>;
export type Timeliness = z.infer<typeof Timeliness>;
