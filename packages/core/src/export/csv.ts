import Papa from 'papaparse';
import { taskDetails } from '../query.js';
import type { Program, Role, Task } from '../schema.js';
import type { StatusReport } from '../status/apply.js';

export interface CsvOptions {
  /** Column headings in Vietnamese (default) or English; the program text stays Vietnamese. */
  lang?: 'vi' | 'en';
  /** Adds status, timeliness, completion date, note and evidence columns from this report. */
  status?: StatusReport;
  /** Field separator; `;` suits Excel set to a locale that writes decimals with a comma. */
  delimiter?: ',' | ';' | '\t';
}

const TASK_COLUMNS = [
  'id', 'area', 'section', 'block', 'lead', 'coordinating', 'responsible', 'allAgencies',
  'text', 'deadlines', 'years', 'references', 'source',
] as const;
const STATUS_COLUMNS = ['status', 'timeliness', 'completedOn', 'note', 'evidenceUrl', 'evidenceDocument'] as const;
type Column = (typeof TASK_COLUMNS)[number] | (typeof STATUS_COLUMNS)[number];

const HEADINGS: Record<'vi' | 'en', Record<Column, string>> = {
  vi: {
    id: 'Mã nhiệm vụ', area: 'Lĩnh vực', section: 'Mục', block: 'Khối', lead: 'Chủ trì', coordinating: 'Phối hợp',
    responsible: 'Thực hiện', allAgencies: 'Các sở, cơ quan, địa phương', text: 'Nhiệm vụ', deadlines: 'Thời hạn',
    years: 'Năm hạn', references: 'Văn bản dẫn chiếu', source: 'Dòng nguồn', status: 'Trạng thái', timeliness: 'Tiến độ',
    completedOn: 'Ngày hoàn thành', note: 'Ghi chú', evidenceUrl: 'Minh chứng', evidenceDocument: 'Văn bản minh chứng',
  },
  en: {
    id: 'Task id', area: 'Area', section: 'Section', block: 'Block', lead: 'Lead', coordinating: 'Coordinating',
    responsible: 'Responsible', allAgencies: 'All agencies', text: 'Task', deadlines: 'Deadlines', years: 'Deadline years',
    references: 'References', source: 'Source lines', status: 'Status', timeliness: 'Timeliness', completedOn: 'Completed on',
    note: 'Note', evidenceUrl: 'Evidence', evidenceDocument: 'Evidence document',
  },
};

/**
 * Cells a spreadsheet would read as a formula (OWASP, "CSV Injection"): starting with = + - @, a
 * tab or a carriage return, or their full-width forms (which spreadsheets in East Asian locales
 * accept too). papaparse then prefixes them with `'`. Its own default pattern ends in `.*$`
 * without the `s` flag, so a cell with a line break in it was left as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Tasks as CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, CRLF line
 * ends, one row per task with its agencies by role, deadlines, references and source lines.
 */
export function tasksToCsv(program: Program, tasks: readonly Task[], options: CsvOptions = {}): string {
  const progress = new Map(options.status?.tasks.map((item) => [item.task.id, item]));
  const columns: readonly Column[] = options.status ? [...TASK_COLUMNS, ...STATUS_COLUMNS] : TASK_COLUMNS;
  const rows = tasks.map((task) => {
    const details = taskDetails(program, task);
    const named = (role: Role) => details?.agencies.filter((item) => item.role === role).map((item) => item.agency.name).join('; ') ?? '';
    const item = progress.get(task.id);
    const cells: Record<Column, string> = {
      id: task.id,
      area: details ? String(details.area.number) : '',
      section: details?.section?.number ?? '',
      block: details?.block.letter ?? '',
      lead: named('lead'),
      coordinating: named('coordinating'),
      responsible: named('responsible'),
      allAgencies: details?.block.scope.allAgencies ? 'x' : '',
      text: task.text,
      deadlines: task.deadlines.map((deadline) => deadline.text).join('; '),
      years: [...new Set(task.deadlines.flatMap((deadline) => (deadline.year === null ? [] : [deadline.year])))].join('; '),
      references: details?.references.map((reference) => reference.number).join('; ') ?? '',
      source: `${task.source.line}–${task.source.endLine}`,
      status: item?.status ?? '',
      timeliness: item?.timeliness ?? '',
      completedOn: item?.entry?.completedOn ?? '',
      note: item?.entry?.note ?? '',
      evidenceUrl: item?.entry?.evidenceUrl ?? '',
      evidenceDocument: item?.entry?.evidenceDocument ?? '',
    };
    return columns.map((column) => cells[column]);
  });
  const headings = HEADINGS[options.lang ?? 'vi'];
  return `\uFEFF${Papa.unparse({ fields: columns.map((column) => headings[column]), data: rows }, {
    delimiter: options.delimiter ?? ',',
    newline: '\r\n',
    quotes: false,
    escapeFormulae: FORMULA_START,
  })}\r\n`;
}
