/** @jsxImportSource preact */
// Type test (checked by `npm run typecheck`): the Preact typings accept the widgets' props and reject mistakes.
import type {} from '../../src/jsx/preact.js';

export const list = (
  <ct-task-list
    agency="so-cong-thuong"
    agencyRole="lead"
    year={2021}
    limit={5}
    controls
    class="tasks"
    onct-filter-change={(event) => event.detail.agency?.toUpperCase()}
    onct-task-select={(event) => event.detail.taskId.length}
  />
);
export const card = <ct-agency-card agency="so-cong-thuong" href="/so-cong-thuong" />;
export const progress = (
  <ct-task-list
    controls
    statusSrc="/bao-cao/so-cong-thuong.json /bao-cao/so-noi-vu.json"
    asOf="2025-12-31"
    status="open-overdue"
    onct-download={(event) => event.detail.fileName.endsWith(event.detail.format)}
  />
);
export const progressCard = <ct-agency-card agency="so-cong-thuong" statusSrc="/bao-cao/so-cong-thuong.json" asOf="2025-12-31" />;
export const timeline = <ct-deadline-timeline area="1.2" asOf="2024-06-30" />;
// @ts-expect-error: `year` is a number
export const wrongType = <ct-task-list year="2021" />;
// @ts-expect-error: no such property
export const misspelt = <ct-agency-card agnecy="so-cong-thuong" />;
