// Its own entry point (`@chuongtrinh/core/report/docx`), so that the `docx` library is loaded only
// by code that writes Word files, never with the rest of the report or the core's main entry.
export { reportToDocx } from './docx.js';
