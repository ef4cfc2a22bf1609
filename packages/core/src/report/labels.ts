import { STATUS_NAMES, TIMELINESS_NAMES } from '../constants.js';
import { formatDate, formatDeadlines } from '../format/dates.js';
import type { Deadline, Role } from '../schema.js';
import type { TaskStatus, Timeliness } from '../status/schema.js';

export const REPORT_LANGUAGES = ['vi', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The words of a report in one language; the program's own text (tasks, names) stays Vietnamese. */
export interface ReportLabels {
  motto: [string, string];
  number: (issuerShort: string) => string;
  dateLine: (place: string, year: number) => string;
  title: string;
  subtitle: (programTitle: string) => string;
  scope: (asOf: string, agencyName: string | null) => string;
  intro: (total: number, reported: number, overlays: number) => string;
  summaryHeading: string;
  detailHeading: string;
  areaHeading: (number: number, title: string) => string;
  agenciesHeading: string;
  unreportedHeading: string;
  unreportedNone: string;
  conflictsHeading: string;
  conflict: (taskId: string, year: number | null, sources: string[], applied: string) => string;
  issuesHeading: string;
  columns: { number: string; task: string; agencies: string; deadline: string; status: string; timeliness: string; evidence: string };
  summaryColumns: { what: string; count: string; agency: string; tasks: string; unreported: string };
  total: string;
  roles: Record<Role, string>;
  statuses: Record<TaskStatus | 'unreported', string>;
  timeliness: Record<Timeliness, string>;
  completedOn: (date: string) => string;
  recipients: string;
  recipientList: string[];
  /** Signature lines of a people's committee and of a department (Decree 30/2020, annex I). */
  signature: { committee: string[]; department: string[]; name: string };
  date: (iso: string) => string;
  deadlines: (deadlines: readonly Deadline[]) => string;
}

// A report's tables and figures date in the numeric official style (02/12/2026, Decree 30/2020).
const viDate = (iso: string) => formatDate(iso, 'vi', 'numeric');
const enDate = (iso: string) => formatDate(iso, 'en');

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = {
  vi: {
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    number: (issuerShort) => `Số:        /BC-${issuerShort}`,
    dateLine: (place, year) => `${place}, ngày      tháng      năm ${year}`,
    title: 'BÁO CÁO',
    subtitle: (programTitle) => `Tình hình thực hiện ${programTitle.charAt(0).toLowerCase()}${programTitle.slice(1)}`,
    scope: (asOf, agencyName) => `Số liệu tính đến ngày ${viDate(asOf)}${agencyName ? `; phần nhiệm vụ của ${agencyName}` : ''}.`,
    intro: (total, reported, overlays) =>
      `Tổng hợp từ ${overlays} báo cáo của các sở, ban, ngành, địa phương: ${reported}/${total} nhiệm vụ có báo cáo tiến độ. Kết quả thực hiện cụ thể như sau:`,
    summaryHeading: 'I. TỔNG HỢP CHUNG',
    detailHeading: 'II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC',
    areaHeading: (number, title) => `${number}. ${title}`,
    agenciesHeading: 'Theo cơ quan chủ trì',
    unreportedHeading: 'III. NHIỆM VỤ CHƯA CÓ BÁO CÁO',
    unreportedNone: 'Tất cả nhiệm vụ đều có báo cáo.',
    conflictsHeading: 'IV. BÁO CÁO KHÔNG THỐNG NHẤT',
    conflict: (taskId, year, sources, applied) => `Nhiệm vụ ${taskId}${year ? ` (năm ${year})` : ''}: ${sources.join('; ')}; áp dụng ${applied}.`,
    issuesHeading: 'Mục báo cáo không hợp lệ (không được tính)',
    columns: { number: 'STT', task: 'Nhiệm vụ', agencies: 'Cơ quan chủ trì, phối hợp', deadline: 'Thời hạn', status: 'Trạng thái', timeliness: 'Tiến độ', evidence: 'Minh chứng, ghi chú' },
    summaryColumns: { what: 'Tiến độ', count: 'Số nhiệm vụ', agency: 'Cơ quan chủ trì', tasks: 'Số nhiệm vụ', unreported: 'Chưa báo cáo' },
    total: 'Tổng cộng',
    roles: { lead: 'chủ trì', coordinating: 'phối hợp', responsible: 'thực hiện' },
    statuses: STATUS_NAMES.vi,
    timeliness: TIMELINESS_NAMES.vi,
    completedOn: (date) => `hoàn thành ngày ${viDate(date)}`,
    recipients: 'Nơi nhận:',
    recipientList: ['- Như trên;', '- Lưu: VT.'],
    signature: { committee: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], department: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: '(Ký, ghi rõ họ tên, đóng dấu)' },
    date: viDate,
    deadlines: (deadlines) => formatDeadlines(deadlines, 'vi'),
  },
  en: {
    motto: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'],
    number: (issuerShort) => `No.:        /BC-${issuerShort}`,
    dateLine: (place, year) => `${place}, …… ${year}`,
    title: 'REPORT',
    subtitle: (programTitle) => `Progress of the ${programTitle}`,
    scope: (asOf, agencyName) => `Figures as of ${enDate(asOf)}${agencyName ? `; the tasks of ${agencyName}` : ''}.`,
    intro: (total, reported, overlays) =>
      `Compiled from ${overlays} reports of departments, agencies and localities: ${reported} of ${total} tasks have a progress report. The results are as follows:`,
    summaryHeading: 'I. SUMMARY',
    detailHeading: 'II. RESULTS BY AREA',
    areaHeading: (number, title) => `${number}. ${title}`,
    agenciesHeading: 'By lead agency',
    unreportedHeading: 'III. TASKS NOT REPORTED ON',
    unreportedNone: 'Every task has a report.',
    conflictsHeading: 'IV. CONFLICTING REPORTS',
    conflict: (taskId, year, sources, applied) => `Task ${taskId}${year ? ` (${year})` : ''}: ${sources.join('; ')}; applied ${applied}.`,
    issuesHeading: 'Invalid report entries (not counted)',
    columns: { number: 'No.', task: 'Task', agencies: 'Lead and coordinating agencies', deadline: 'Deadline', status: 'Status', timeliness: 'Timeliness', evidence: 'Evidence, notes' },
    summaryColumns: { what: 'Timeliness', count: 'Tasks', agency: 'Lead agency', tasks: 'Tasks', unreported: 'Not reported' },
    total: 'Total',
    roles: { lead: 'lead', coordinating: 'coordinating', responsible: 'responsible' },
    statuses: STATUS_NAMES.en,
    timeliness: TIMELINESS_NAMES.en,
    completedOn: (date) => `completed on ${enDate(date)}`,
    recipients: 'Recipients:',
    recipientList: ['- As above;', '- Archived: VT.'],
    signature: { committee: ['ON BEHALF OF THE PEOPLE’S COMMITTEE', 'FOR THE CHAIRMAN', 'VICE CHAIRMAN'], department: ['FOR THE DIRECTOR', 'DEPUTY DIRECTOR'], name: '(Signature, full name, seal)' },
    date: enDate,
    deadlines: (deadlines) => formatDeadlines(deadlines, 'en'),
  },
};
