import type { CtAgencyCard } from '../agency-card/agency-card.js';
import type { CtDeadlineTimeline } from '../deadline-timeline/deadline-timeline.js';
import type { CtDownloadEvent, CtFilterChangeEvent, CtTaskSelectEvent } from '../events.js';
import type { CtTaskList } from '../task-list/task-list.js';

// React 19 and Preact set a custom element's properties when it has them, so JSX props are the
// property names (`agencyRole`, `asOf`), and `on<event name>` listens to the widget's events.

export type TaskListProps = Partial<
  Pick<CtTaskList, 'agency' | 'agencyRole' | 'area' | 'year' | 'query' | 'limit' | 'controls' | 'status' | 'src' | 'statusSrc' | 'asOf'>
> & {
  'onct-filter-change'?: (event: CtFilterChangeEvent) => void;
  'onct-task-select'?: (event: CtTaskSelectEvent) => void;
  'onct-download'?: (event: CtDownloadEvent) => void;
};

export type AgencyCardProps = Partial<Pick<CtAgencyCard, 'agency' | 'href' | 'src' | 'statusSrc' | 'asOf'>>;

export type DeadlineTimelineProps = Partial<Pick<CtDeadlineTimeline, 'agency' | 'area' | 'asOf' | 'src' | 'statusSrc'>> & {
  'onct-filter-change'?: (event: CtFilterChangeEvent) => void;
};
