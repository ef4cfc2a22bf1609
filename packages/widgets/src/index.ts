/**
 * `@chuongtrinh/widgets`: importing this module registers `<ct-task-list>`, `<ct-agency-card>` and
 * `<ct-deadline-timeline>`.
 */
export { CtTaskList } from './task-list/task-list.js';
export { CtAgencyCard } from './agency-card/agency-card.js';
export { CtDeadlineTimeline } from './deadline-timeline/deadline-timeline.js';
export type { CtFilterChangeEvent, CtTaskSelectEvent, FilterChangeDetail, TaskSelectDetail } from './events.js';
export type { DatasetFailure, WidgetProblem } from './shared/problems.js';
export { LANGUAGES, type Language, type Translation } from './translations/translation.js';
