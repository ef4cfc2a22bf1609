import type { Program } from '@chuongtrinh/core';
import { applyStatus, applyStatusAsync, type StatusReport, type TaskProgress } from '@chuongtrinh/core/status';
import type { FetchedOverlay } from './load-status.js';
import type { StatusProblem } from './problems.js';

/** Core's status report for the widget's as-of date, with each task's progress by id. */
export interface StatusView {
  report: StatusReport;
  byTask: ReadonlyMap<string, TaskProgress>;
}

/** What the overlays give a widget: the view (or none, see `judgeStatus`) and their problems. */
export interface StatusJudgement {
  view: StatusView | undefined;
  problems: StatusProblem[];
}

/**
 * Overlays of up to this many entries in all are judged at once (about 15 ms), in the update
 * that needs them; larger ones in slices by core's `applyStatusAsync`, so that an overlay of
 * 100,000 entries does not freeze the page.
 */
const ENTRIES_JUDGED_AT_ONCE = 5_000;

const entriesIn = (data: unknown) => {
  const entries = (data as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries.length : 0;
};

/**
 * Combines the fetched overlays with core's `applyStatus`, judged as of `asOf` (YYYY-MM-DD), and
 * turns everything wrong with them into problems: each overlay that could not be fetched, each
 * issue and each conflict core reports. The valid entries still apply. Large overlays are judged
 * in slices: the judgement then comes as a promise, which `signal` aborts. Part of the lazy status
 * part (`lazy-status.ts`), like core's functions it calls.
 *
 * No view is given when nothing usable came through (no overlay could be read, or none of their
 * entries was valid while something was wrong): core would judge every task as unreported, and
 * a page would show the whole program as overdue because of a typo in a URL.
 */
export function judgeStatus(program: Program, fetched: FetchedOverlay[], asOf: string, signal?: AbortSignal): StatusJudgement | Promise<StatusJudgement> {
  const problems: StatusProblem[] = [];
  const read: Array<{ url: string; data: unknown }> = [];
  for (const { url, result } of fetched) {
    if (result.ok) read.push({ url, data: result.data });
    else problems.push({ code: 'status-fetch', failure: result.failure });
  }
  if (read.length === 0) return { view: undefined, problems };
  const overlays = read.map((overlay) => overlay.data);
  const options = { asOf, labels: read.map((overlay) => overlay.url) };
  const judged = (report: StatusReport): StatusJudgement => {
    for (const issue of report.issues) {
      problems.push({ code: 'status-issue', url: read[issue.overlay]?.url ?? issue.label, path: issue.path, message: issue.message });
    }
    for (const { taskId, year, sources, applied } of report.conflicts) {
      problems.push({ code: 'status-conflict', taskId, year, sources, applied });
    }
    const usable = report.accepted > 0 || report.issues.length === 0;
    return {
      view: usable ? { report, byTask: new Map(report.tasks.map((progress) => [progress.task.id, progress])) } : undefined,
      problems,
    };
  };
  const entries = overlays.reduce<number>((sum, data) => sum + entriesIn(data), 0);
  if (entries <= ENTRIES_JUDGED_AT_ONCE) return judged(applyStatus(program, overlays, options));
  return applyStatusAsync(program, overlays, { ...options, signal }).then(judged);
}
