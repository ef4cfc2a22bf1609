/**
 * JSX typings for React 19. Opt in once, anywhere in the app: `import type {} from '@chuongtrinh/widgets/react';`
 * (they are not in the main entry, whose types must not require React).
 */
// Loads the module being augmented: an augmentation alone does not make TypeScript load it.
import type {} from 'react';
import type { CtAgencyCard } from '../agency-card/agency-card.js';
import type { CtDeadlineTimeline } from '../deadline-timeline/deadline-timeline.js';
import type { CtTaskList } from '../task-list/task-list.js';
import type { AgencyCardProps, DeadlineTimelineProps, TaskListProps } from './props.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ct-task-list': React.DetailedHTMLProps<React.HTMLAttributes<CtTaskList>, CtTaskList> & TaskListProps;
      'ct-agency-card': React.DetailedHTMLProps<React.HTMLAttributes<CtAgencyCard>, CtAgencyCard> & AgencyCardProps;
      'ct-deadline-timeline': React.DetailedHTMLProps<React.HTMLAttributes<CtDeadlineTimeline>, CtDeadlineTimeline> & DeadlineTimelineProps;
    }
  }
}

export type { AgencyCardProps, DeadlineTimelineProps, TaskListProps };
