// Loaded when the officer asks for the agency's report, never with the editor: in the pasted
// build this is chuongtrinh-status-editor-report.js, and `docx` is loaded only for a Word file.
import { buildReport, reportToHtml } from '@chuongtrinh/core/report';

export { buildReport, reportToHtml };
export const loadDocx = () => import('@chuongtrinh/core/report/docx');
