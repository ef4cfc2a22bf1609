/**
 * Text for readers, small enough for a browser (no zod): official-style dates and deadline labels,
 * task titles, the timeline model and excerpts of the original text.
 */
export { READER_LANGUAGES, type ReaderLanguage } from './language.js';
export { formatDate, formatDeadline, formatDeadlines, formatMonth, formatPeriod, formatQuarter, formatYear, type DateStyle } from './dates.js';
export { shortenAtWord } from './shorten.js';
export { TASK_TITLE_MAX, taskTitle, type TaskTitle } from './title.js';
export {
  deadlineTimeline,
  TIMELINE_CLAUSE_LENGTH,
  type DeadlineTimeline,
  type DeadlineTimelineOptions,
  type TimelineEntry,
  type TimelineYear,
  type YearRelation,
} from './timeline.js';
export { formatSourceLines, sourceExcerpt, type SourceExcerpt, type SourceLine } from './source-text.js';
