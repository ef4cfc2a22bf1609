/**
 * `@chuongtrinh/widgets`: importing this module registers `<ct-task-list>`, `<ct-agency-card>` and
 * `<ct-deadline-timeline>`.
 */
export { CtTaskList } from './task-list/task-list.js';
export { CtAgencyCard } from './agency-card/agency-card.js';
export { CtDeadlineTimeline } from './deadline-timeline/deadline-timeline.js';
export type { CtDownloadEvent, CtFilterChangeEvent, CtTaskSelectEvent, DownloadDetail, FilterChangeDetail, TaskSelectDetail } from './events.js';
export type { DatasetFailure, FetchFailure, StatusProblem, WidgetProblem } from './shared/problems.js';
export { STATUS_FILTERS, type StatusFilter } from '@chuongtrinh/core/progress';
export { LANGUAGES, type Language, type Translation } from './translations/translation.js';
