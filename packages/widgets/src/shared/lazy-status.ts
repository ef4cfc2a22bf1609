// Dynamically imported, so that the overlay schema (zod/mini), the timeliness rules and the
// widgets' judging of overlays are only downloaded by a page that sets `status-src`: in the
// pasted build this module becomes chuongtrinh-status.js beside the script.
export { judgeStatus } from './status-view.js';
