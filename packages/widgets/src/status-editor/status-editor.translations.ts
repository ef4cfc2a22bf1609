import type { Role } from '@chuongtrinh/core';
import type { TaskStatus } from '@chuongtrinh/core/status';
import type { Language } from '../translations/translation.js';

/**
 * UI strings of the status editor. Kept apart from the widgets' tables, like the embed builder's:
 * the editor is its own script and its strings should not weigh on pages that only show widgets.
 */
export interface StatusEditorTranslation {
  title: string;
  agency: string;
  chooseAgency: string;
  asOf: string;
  tasks: (count: number) => string;
  roles: Record<Role, string>;
  taskLegend: (number: number, role: string) => string;
  deadlines: string;
  noDeadline: string;
  status: string;
  unreported: string;
  statuses: Record<TaskStatus, string>;
  completedOn: string;
  note: string;
  evidenceUrl: string;
  evidenceDocument: string;
  evidenceDocumentHint: string;
  /** After the date as core's `formatDate` writes it (in Vietnamese it starts with "ngày"). */
  documentRead: (number: string, date: string) => string;
  saved: string;
  otherTab: string;
  loadOtherTab: string;
  importLabel: string;
  imported: (kept: number, bad: number) => string;
  importNotJson: (message: string) => string;
  exportOverlay: string;
  exportBlocked: string;
  reportHtml: string;
  reportDocx: string;
  reportFailed: (message: string) => string;
  entryProblems: string;
}

export const vi: StatusEditorTranslation = {
  title: 'Báo cáo tiến độ thực hiện nhiệm vụ',
  agency: 'Cơ quan báo cáo',
  chooseAgency: '— Chọn cơ quan —',
  asOf: 'Số liệu tính đến ngày',
  tasks: (count) => `${count} nhiệm vụ`,
  roles: { lead: 'Chủ trì', coordinating: 'Phối hợp', responsible: 'Thực hiện' },
  taskLegend: (number, role) => `Nhiệm vụ ${number} · ${role}`,
  deadlines: 'Thời hạn',
  noDeadline: 'Không có thời hạn cụ thể',
  status: 'Trạng thái',
  unreported: '— Chưa báo cáo —',
  statuses: { 'not-started': 'Chưa triển khai', 'in-progress': 'Đang thực hiện', done: 'Đã hoàn thành', cancelled: 'Đã hủy' },
  completedOn: 'Ngày hoàn thành',
  note: 'Ghi chú',
  evidenceUrl: 'Đường dẫn minh chứng',
  evidenceDocument: 'Văn bản minh chứng',
  evidenceDocumentHint: 'Ví dụ: Quyết định số 123/QĐ-UBND ngày 05/3/2024',
  documentRead: (number, date) => `Đã nhận: văn bản số ${number} ${date}`,
  saved: 'Mọi thay đổi được lưu ngay trong trình duyệt này.',
  otherTab: 'Bản nháp này vừa được sửa ở một thẻ khác; thay đổi mới nhất ở đây chưa được lưu.',
  loadOtherTab: 'Tải bản ở thẻ kia',
  importLabel: 'Nhập báo cáo đã có (ví dụ báo cáo năm trước)',
  imported: (kept, bad) => `Đã nhập ${kept} mục; ${bad} mục lỗi không được nhập:`,
  importNotJson: (message) => `Tệp không phải JSON: ${message}`,
  exportOverlay: 'Tải tệp báo cáo (JSON)',
  exportBlocked: 'Chưa tải được: sửa các lỗi sau trước.',
  reportHtml: 'Xem báo cáo (HTML)',
  reportDocx: 'Tải báo cáo (Word)',
  reportFailed: (message) => `Không lập được báo cáo: ${message}`,
  entryProblems: 'Cần sửa',
};

export const en: StatusEditorTranslation = {
  title: 'Progress report on tasks',
  agency: 'Reporting agency',
  chooseAgency: '— Choose an agency —',
  asOf: 'Figures as of',
  tasks: (count) => `${count} ${count === 1 ? 'task' : 'tasks'}`,
  roles: { lead: 'Lead', coordinating: 'Coordinating', responsible: 'Responsible' },
  taskLegend: (number, role) => `Task ${number} · ${role}`,
  deadlines: 'Deadlines',
  noDeadline: 'No dated deadline',
  status: 'Status',
  unreported: '— Not reported —',
  statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  completedOn: 'Completed on',
  note: 'Note',
  evidenceUrl: 'Evidence link',
  evidenceDocument: 'Evidence document',
  evidenceDocumentHint: 'For example: Quyết định số 123/QĐ-UBND ngày 05/3/2024',
  documentRead: (number, date) => `Read: document no. ${number} of ${date}`,
  saved: 'Every change is saved at once in this browser.',
  otherTab: 'This draft was just changed in another tab; your latest change here is not saved.',
  loadOtherTab: 'Load the other tab’s version',
  importLabel: 'Import an existing report (for example last year’s)',
  imported: (kept, bad) => `Imported ${kept} entries; ${bad} with errors were left out:`,
  importNotJson: (message) => `The file is not JSON: ${message}`,
  exportOverlay: 'Download the report file (JSON)',
  exportBlocked: 'Not downloaded: fix these first.',
  reportHtml: 'View the report (HTML)',
  reportDocx: 'Download the report (Word)',
  reportFailed: (message) => `The report could not be made: ${message}`,
  entryProblems: 'To fix',
};

export const STATUS_EDITOR_TRANSLATIONS: Record<Language, StatusEditorTranslation> = { vi, en };
