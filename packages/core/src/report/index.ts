export {
  agencyTasks,
  buildReport,
  ReportError,
  type AgencyTask,
  type ProgressReport,
  type ReportAgency,
  type ReportArea,
  type ReportOptions,
  type ReportTask,
} from './model.js';
export { REPORT_LANGUAGES, REPORT_LABELS, type ReportLabels, type ReportLanguage } from './labels.js';
export { reportLayout, type LayoutOptions, type ReportBlock, type ReportLayout, type ReportTable } from './layout.js';
export { reportToHtml } from './html.js';
export { reportToCsv } from './csv.js';
