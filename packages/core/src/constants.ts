/**
 * The enumerations of the contracts as plain arrays, apart from the zod schemas built from them, so
 * that code needing only the values (a select of roles, a legend of kinds) does not load zod.
 */

export const AGENCY_ROLES = ['lead', 'coordinating', 'responsible'] as const;

export const AGENCY_KINDS = [
  'department',
  'office',
  'management-board',
  'police',
  'military',
  'state-agency-branch',
  'association',
  'local-government',
  'other',
] as const;

export const DEADLINE_KINDS = ['year', 'annual', 'conditional'] as const;

export const REFERENCE_TYPES = [
  'resolution',
  'decree',
  'decision',
  'plan',
  'conclusion',
  'directive',
  'circular',
  'official-letter',
] as const;

export const DIAGNOSTIC_SEVERITIES = ['error', 'warning', 'info'] as const;

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;

/** Timeliness classes of Vietnamese task-tracking reports, derived from status, deadline and as-of date. */
export const TIMELINESS = [
  /** hoàn thành đúng hạn */
  'done-on-time',
  /** hoàn thành trễ hạn */
  'done-late',
  /** chưa hoàn thành, trong hạn */
  'open-not-due',
  /** chưa hoàn thành, quá hạn */
  'open-overdue',
  'cancelled',
  /** No dated deadline (none, or conditional without a year): never overdue. */
  'no-deadline',
] as const;
