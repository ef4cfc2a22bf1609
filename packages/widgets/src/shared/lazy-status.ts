// Dynamically imported, so that the overlay schema (zod/mini) and the timeliness rules are only
// downloaded by a page that sets `status-src`: in the pasted build this module becomes
// chuongtrinh-status.js beside the script.
export { applyStatus, applyStatusAsync } from '@chuongtrinh/core/status';
