import type { Program } from '@chuongtrinh/core';
import type { StatusReport, TaskProgress } from '@chuongtrinh/core/status';
import type { OverlaysState } from './load-status.js';
import type { StatusProblem } from './problems.js';

/** Core's status report for the widget's as-of date, with each task's progress by id. */
export interface StatusView {
  report: StatusReport;
  byTask: ReadonlyMap<string, TaskProgress>;
}

/**
 * Combines the fetched overlays with core's `applyStatus`, judged as of `asOf` (YYYY-MM-DD), and
 * turns everything wrong with them into problems: each overlay that could not be fetched, each
 * issue and each conflict core reports. The valid entries still apply.
 *
 * No view is given when nothing usable came through (no overlay could be read, or none of their
 * entries was valid while something was wrong): core would judge every task as unreported, and
 * a page would show the whole program as overdue because of a typo in a URL.
 */
export function judgeStatus(
  program: Program,
  state: Exclude<OverlaysState, { status: 'loading' }>,
  asOf: string,
): { view: StatusView | undefined; problems: StatusProblem[] } {
  if (state.status === 'failed') return { view: undefined, problems: [{ code: 'status-unavailable', message: state.message }] };
  const problems: StatusProblem[] = [];
  const read: Array<{ url: string; data: unknown }> = [];
  for (const { url, result } of state.overlays) {
    if (result.ok) read.push({ url, data: result.data });
    else problems.push({ code: 'status-fetch', failure: result.failure });
  }
  if (read.length === 0) return { view: undefined, problems };
  const report = state.applyStatus(
    program,
    read.map((overlay) => overlay.data),
    { asOf, labels: read.map((overlay) => overlay.url) },
  );
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
}
