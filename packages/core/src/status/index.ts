export { TASK_STATUSES, TIMELINESS } from '../constants.js';
export { StatusEntry, StatusOverlay, TaskStatus, Timeliness } from './schema.js';
export {
  applyStatus,
  applyStatusAsync,
  type ApplyStatusAsyncOptions,
  type ApplyStatusOptions,
  type OverlayIssue,
  type StatusConflict,
  type StatusReport,
  type TaskProgress,
} from './apply.js';
export type { DeadlineJudgement } from './timeliness.js';
export {
  completionDate,
  countTimeliness,
  deadlineJudgements,
  isStatusFilter,
  matchesStatus,
  REPORTED_STATUSES,
  STATUS_FILTERS,
  type StatusFilter,
  type TimelinessCounts,
} from './progress.js';
export { readEvidenceDocument, type EvidenceDocumentReading } from './evidence.js';
