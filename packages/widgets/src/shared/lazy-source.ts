// Dynamically imported at the first "Văn bản gốc", so that the dialog's content, its styles, core's
// excerpt and the original text are only downloaded by a visitor who opens one: in the pasted
// build this module becomes chuongtrinh-source.js beside the script.
export { closeSourceDialog, openSourceDialog } from './source-excerpt.js';
