export { AGENCY_KINDS, AGENCY_ROLES, DEADLINE_KINDS, DIAGNOSTIC_SEVERITIES, DOCUMENT_KINDS, REFERENCE_TYPES, STATUS_NAMES, TIMELINESS_NAMES } from './constants.js';
export {
  Agency,
  AgencyKind,
  Area,
  Assignment,
  Block,
  BlockScope,
  Deadline,
  DeadlineKind,
  Diagnostic,
  DocumentKind,
  DocumentMeta,
  ImplementationItem,
  Program,
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
export { highlightRanges, loadSearchIndex, search, searchIndexJson, suggestQuery, type SearchExcerpt, type SearchOptions, type SearchResult } from './search/index.js';
export { excerpt, fold, normalizeSpace, slugify } from './text.js';
export * from './status/index.js';
export * from './export/index.js';
export * from './succession/index.js';
export * from './report/index.js';
export * from './format/index.js';
