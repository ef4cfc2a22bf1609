/**
 * The enumerations of the contracts as plain arrays, apart from the zod schemas built from them, so
 * that code needing only the values (a select of roles, a legend of kinds) does not load zod.
 */

export const AGENCY_ROLES = ['lead', 'coordinating', 'responsible'] as const;

export const AGENCY_KINDS = [
  'department',
  'office',
  'management-board',
  'police',
  'military',
  'state-agency-branch',
  'association',
  'local-government',
  'other',
  /** Chính phủ, Thủ tướng Chính phủ */
  'government',
  /** Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ */
  'ministry',
  /** Quốc hội, Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, the committees, Đoàn đại biểu Quốc hội */
  'national-assembly',
  /** Hội đồng nhân dân and its standing committee */
  'people-council',
  /** Party committees and their boards: Tỉnh ủy, Ban Tuyên giáo, Đảng ủy, Đảng đoàn, Tổ đảng */
  'party',
  /** Mặt trận Tổ quốc */
  'fatherland-front',
  'court',
  'procuracy',
  'inspectorate',
  /** Đơn vị sự nghiệp: radio and television, newspapers, schools, centres, hospitals */
  'public-service-unit',
  'enterprise',
] as const;

/**
 * Deadline precisions (format 2): a day, a month, a quarter, a year, a period of years, every year,
 * ongoing work, or after a condition ("sau khi …").
 */
export const DEADLINE_KINDS = ['day', 'month', 'quarter', 'year', 'period', 'annual', 'ongoing', 'conditional'] as const;

/** Kinds of the documents of the genre (the program itself, not what it cites). */
export const DOCUMENT_KINDS = ['program', 'plan', 'resolution', 'decision', 'scheme', 'directive', 'other'] as const;

export const REFERENCE_TYPES = [
  'resolution',
  'decree',
  'decision',
  'plan',
  'conclusion',
  'directive',
  'circular',
  'official-letter',
  /** Tờ trình */
  'submission',
  /** Chương trình */
  'program',
  /** Thông tri (a Party body's instruction) */
  'party-notice',
  /** Thông báo */
  'notice',
  /** Thông báo kết luận */
  'conclusion-notice',
  /** Quy định */
  'regulation',
  /** Hướng dẫn */
  'guidance',
  /** Luật */
  'law',
  /** Pháp lệnh */
  'ordinance',
  /** Đề án (numbered) */
  'scheme',
  /** Báo cáo */
  'report',
  /** Thông tư liên tịch */
  'joint-circular',
  /** Nghị quyết liên tịch */
  'joint-resolution',
] as const;

export const DIAGNOSTIC_SEVERITIES = ['error', 'warning', 'info'] as const;

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;

/**
 * The statuses (and "no report") as Vietnamese progress reports name them, with English names:
 * one table for the widgets, the consolidated report and anything else that shows them.
 */
export const STATUS_NAMES = {
  vi: { 'not-started': 'Chưa triển khai', 'in-progress': 'Đang thực hiện', done: 'Đã hoàn thành', cancelled: 'Đã hủy', unreported: 'Chưa có báo cáo' },
  en: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled', unreported: 'Not reported' },
} as const;

/** Timeliness classes of Vietnamese task-tracking reports, derived from status, deadline and as-of date. */
export const TIMELINESS = [
  /** hoàn thành đúng hạn */
  'done-on-time',
  /** hoàn thành trễ hạn */
  'done-late',
  /** chưa hoàn thành, trong hạn */
  'open-not-due',
  /** chưa hoàn thành, quá hạn */
  'open-overdue',
  'cancelled',
  /** No dated deadline (none, or conditional without a year): never overdue. */
  'no-deadline',
] as const;

/** The timeliness classes as Vietnamese progress reports name them, with English names. */
export const TIMELINESS_NAMES = {
  vi: {
    'done-on-time': 'Hoàn thành đúng hạn',
    'done-late': 'Hoàn thành trễ hạn',
    'open-not-due': 'Chưa hoàn thành, trong hạn',
    'open-overdue': 'Chưa hoàn thành, quá hạn',
    cancelled: 'Đã hủy',
    'no-deadline': 'Không có thời hạn cụ thể',
  },
  en: {
    'done-on-time': 'Done on time',
    'done-late': 'Done late',
    'open-not-due': 'Open, not yet due',
    'open-overdue': 'Open, overdue',
    cancelled: 'Cancelled',
    'no-deadline': 'No dated deadline',
  },
} as const;

/**
 * The file formats tasks export to (`exportTasks`): CSV for spreadsheets, JSON under the dataset
 * contract, iCalendar. Here rather than beside the writers, so a download control can list them
 * without loading the writers.
 */
export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
