export {
  AGENCY_KINDS,
  AGENCY_ROLES,
  Agency,
  AgencyKind,
  Area,
  Assignment,
  Block,
  BlockScope,
  DEADLINE_KINDS,
  Deadline,
  DeadlineKind,
  DIAGNOSTIC_SEVERITIES,
  Diagnostic,
  ImplementationItem,
  Program,
  REFERENCE_TYPES,
  Reference,
  ReferenceType,
  Role,
  Section,
  SourceSpan,
  Task,
} from './schema.js';
export { parseProgram, type ParseOptions, type ParseResult } from './parse/program.js';
export { validateProgram, type ValidationIssue, type ValidationResult } from './validate.js';
export {
  agencyWorkload,
  agencyWorkloads,
  deadlinesByYear,
  filterTasks,
  getAgency,
  getBlock,
  getReference,
  getTask,
  referencesWithTasks,
  resolveArea,
  roleIn,
  suggestAgencies,
  taskDetails,
  validateFilter,
  type DeadlineEntry,
  type DeadlineGroups,
  type FilterProblem,
  type TaskDetails,
  type TaskFilter,
  type Workload,
} from './query.js';
export { highlightRanges, search, type SearchOptions, type SearchResult } from './search.js';
export { fold } from './text.js';
export { StatusEntry, StatusOverlay, TASK_STATUSES, TIMELINESS, TaskStatus, Timeliness } from './status/schema.js';
export {
  applyStatus,
  type ApplyStatusOptions,
  type OverlayIssue,
  type StatusConflict,
  type StatusReport,
  type TaskProgress,
} from './status/apply.js';
export type { DeadlineJudgement } from './status/timeliness.js';
export { tasksToCsv, type CsvOptions } from './export/csv.js';
export { tasksToIcs, type IcsOptions } from './export/ics.js';
export { subsetProgram } from './export/subset.js';
