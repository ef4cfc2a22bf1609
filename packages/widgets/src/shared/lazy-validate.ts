// Dynamically imported, so that the schema (zod/mini) is only downloaded by a page that sets
// `src`: the bundled dataset is valid by construction and is never validated in the browser.
export { validateProgram } from '@chuongtrinh/core/validate';
