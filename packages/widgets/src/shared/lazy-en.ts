// Dynamically imported, so that a page shows English only when it asks for it: in the pasted build
// this module becomes chuongtrinh-en.js beside the script.
export { en } from '../translations/en.js';
