/**
 * JSX typings for Preact. Opt in once, anywhere in the app: `import type {} from '@chuongtrinh/widgets/preact';`
 * (they are not in the main entry, whose types must not require Preact).
 */
// Loads the module being augmented: an augmentation alone does not make TypeScript load it.
import type {} from 'preact';
import type { CtAgencyCard } from '../agency-card/agency-card.js';
import type { CtDeadlineTimeline } from '../deadline-timeline/deadline-timeline.js';
import type { CtTaskList } from '../task-list/task-list.js';
import type { AgencyCardProps, DeadlineTimelineProps, TaskListProps } from './props.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ct-task-list': preact.HTMLAttributes<CtTaskList> & TaskListProps;
      'ct-agency-card': preact.HTMLAttributes<CtAgencyCard> & AgencyCardProps;
      'ct-deadline-timeline': preact.HTMLAttributes<CtDeadlineTimeline> & DeadlineTimelineProps;
    }
  }
}

export type { AgencyCardProps, DeadlineTimelineProps, TaskListProps };
