// Dynamically imported, so that the succession layer (its data and functions) is only downloaded
// by a page that sets `as-of`: in the pasted build this module becomes chuongtrinh-succession.js
// beside the script.
export { predecessorsOf, programRolesAsOf, successionBody, successorsAsOf } from '@chuongtrinh/core/succession';
export { succession } from '@chuongtrinh/core/succession/data';
