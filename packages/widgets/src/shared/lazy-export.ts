// Dynamically imported, so that the CSV and iCalendar writers (papaparse, ical-generator) are only
// downloaded when a visitor asks for a file: in the pasted build this module becomes
// chuongtrinh-export.js beside the script.
export { exportTasks } from '@chuongtrinh/core/export';
