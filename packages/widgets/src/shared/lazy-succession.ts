// Dynamically imported, so that the succession layer (its data, core's functions and the view
// model of the "now" lines) is only downloaded by a page that sets `as-of`: in the pasted build
// this module becomes chuongtrinh-succession.js beside the script.
export { successionView } from './succession-lines.js';
