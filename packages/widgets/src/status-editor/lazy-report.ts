// Loaded when the officer asks for the agency's report, never with the editor: in the pasted
// build this is chuongtrinh-status-editor-report.js, and `docx` is loaded only for a Word file.
// Host pages (the demo's compiling page) load it too, to build the consolidated report.
import { buildReport, ReportError, reportToCsv, reportToHtml } from '@chuongtrinh/core/report';

export { buildReport, ReportError, reportToCsv, reportToHtml };
export const loadDocx = () => import('@chuongtrinh/core/report/docx');
