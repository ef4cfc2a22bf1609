// Dynamically imported when a widget has a problem to report, so that the details (the texts
// naming URLs, attributes and JSON paths, for the page's author) stay out of the first-render
// script: in the pasted build this module becomes chuongtrinh-problems.js beside the script.
export { problemDetails, warnProblems } from './problem-details.js';
