import type { FetchFailure, WidgetProblem } from '../shared/problems.js';
import type { Translation } from './translation.js';
import { STATUS_NAMES, TIMELINESS_NAMES } from '@chuongtrinh/core/constants';
import { TRUSTED_TYPES_BLOCKED } from './trusted-types.js';

const MAX_ISSUES_SHOWN = 3;

const expected = {
  year: 'một năm, như 2023',
  limit: 'một số nguyên lớn hơn 0',
  'as-of': 'một ngày dạng YYYY-MM-DD, như 2024-06-30',
  href: 'một địa chỉ http(s) hoặc một đường dẫn tương đối, như /so-cong-thuong',
  'heading-level': 'một số từ 1 đến 6, như 3',
};

/** Why a URL gave no JSON, after the attribute that named it. */
function fetchFailure(failure: FetchFailure): string {
  switch (failure.code) {
    case 'http-error':
      return `không tải được dữ liệu từ ${failure.url} (máy chủ trả lời ${failure.status} ${failure.statusText}).`;
    case 'network-error':
      return `không tải được dữ liệu từ ${failure.url} (${failure.message}).`;
    case 'not-json':
      return `nội dung ở ${failure.url} không phải là JSON; nó bắt đầu bằng "${failure.excerpt}".`;
  }
}

function problem(problem: WidgetProblem): string {
  const where = 'bundled' in problem && !problem.bundled ? 'Thuộc tính src: ' : '';
  switch (problem.code) {
    case 'unknown-agency': {
      const guesses = problem.suggestions.map((agency) => `"${agency.id}" (${agency.name})`).join(', ');
      return `Thuộc tính agency: không có cơ quan nào có mã "${problem.value}".${guesses ? ` Có phải ý bạn là ${guesses}?` : ''}`;
    }
    case 'unknown-role':
      return `Thuộc tính role: "${problem.value}" không phải là vai trò; dùng một trong ${problem.allowed.join(', ')}.`;
    case 'unknown-area':
      return `Thuộc tính area: không có lĩnh vực hay mục "${problem.value}"; dùng một trong ${problem.allowed.join(', ')}.`;
    case 'year-outside-period':
      return `Thuộc tính year: năm ${problem.value} nằm ngoài kỳ chương trình ${problem.period.start}–${problem.period.end}.`;
    case 'unknown-reference':
      return `Không có văn bản nào có mã "${problem.value}".`;
    case 'malformed-attribute':
      return `Thuộc tính ${problem.field}: cần ${expected[problem.field]}, nhận được "${problem.value}".`;
    case 'missing-attribute':
      return problem.field === 'agency'
        ? 'Thiếu thuộc tính agency: cần mã của một cơ quan, như "so-cong-thuong".'
        : 'Thiếu thuộc tính status-src: lọc theo tiến độ (status) cần một báo cáo tiến độ, như status-src="so-cong-thuong.json".';
    case 'unknown-status':
      return `Thuộc tính status: "${problem.value}" không phải là trạng thái hay tiến độ; dùng một trong ${problem.allowed.join(', ')}.`;
    case 'http-error':
    case 'network-error':
    case 'not-json':
      return `${where}${fetchFailure(problem)}`;
    case 'status-fetch':
      return `Thuộc tính status-src: ${fetchFailure(problem.failure)}`;
    case 'status-issue':
      return `Thuộc tính status-src: báo cáo ${problem.url}, ${problem.path}: ${problem.message}.`;
    case 'status-conflict':
      return `Thuộc tính status-src: nhiệm vụ "${problem.taskId}"${problem.year === null ? '' : ` (năm ${problem.year})`} được báo cáo khác nhau ở ${problem.sources.join(' và ')}; áp dụng mục cập nhật sau cùng, ${problem.applied}.`;
    case 'status-unavailable':
      return `Không tải được phần xử lý báo cáo tiến độ (${problem.message}).`;
    case 'export-unavailable':
      return `Không tải được chức năng tải xuống (${problem.message}).`;
    case 'succession-unavailable':
      return `Không tải được dữ liệu kế thừa cơ quan (${problem.message}).`;
    case 'invalid-dataset': {
      const shown = problem.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path}: ${issue.message}`);
      const more = problem.issues.length - shown.length;
      return `${where}dữ liệu ở ${problem.url} không đúng cấu trúc của chương trình — ${shown.join('; ')}${more > 0 ? ` (và ${more} lỗi khác)` : ''}.`;
    }
    case 'search-unavailable':
      return `Không tải được chức năng tìm kiếm (${problem.message}).`;
    case 'search-index-unavailable':
      return `Thuộc tính search-index-src: không dùng được chỉ mục tìm kiếm dựng sẵn (${problem.message}); tìm kiếm vẫn hoạt động nhưng chậm hơn.`;
    case 'no-matches':
      return `Không có nhiệm vụ nào khớp với bộ lọc ${problem.attributes}.`;
  }
}

/** Vietnamese, the default UI language. */
export const vi = {
  locale: 'vi-VN',
  loading: 'Đang tải dữ liệu chương trình…',
  searching: 'Đang tìm…',
  problemsTitle: 'Không hiển thị được như yêu cầu',
  problem,
  clearFilters: 'Xóa bộ lọc',

  loadingStatus: 'Đang tải báo cáo tiến độ…',
  statusProblemsTitle: 'Báo cáo tiến độ có lỗi; các mục hợp lệ vẫn được áp dụng',
  trustedTypesBlocked: TRUSTED_TYPES_BLOCKED.vi,
  moreProblems: (count) => `… và ${count} lỗi khác.`,
  statuses: STATUS_NAMES.vi,
  timeliness: TIMELINESS_NAMES.vi,
  timelinessShort: {
    'done-on-time': 'đúng hạn',
    'done-late': 'trễ hạn',
    'open-not-due': 'trong hạn',
    'open-overdue': 'quá hạn',
    cancelled: 'đã hủy',
    'no-deadline': 'chưa rõ hạn',
  },
  progressLabel: 'Tiến độ',
  completedOn: (date) => `hoàn thành ngày ${date}`,
  updatedOn: (date) => `cập nhật ngày ${date}`,
  evidenceLink: 'Minh chứng',

  tasks: (count) => `${count} nhiệm vụ`,
  shownOfTotal: (shown, total) => `Hiển thị ${shown} trên ${total} nhiệm vụ`,
  moreTasks: 'Xem thêm nhiệm vụ',
  filtersToggle: 'Bộ lọc',
  activeFilters: (count) => `đang chọn ${count}`,
  didYouMean: 'Có phải bạn muốn tìm',
  noMatchingTasks: 'Không có nhiệm vụ nào khớp với bộ lọc.',
  filtersLabel: 'Lọc nhiệm vụ',
  searchLabel: 'Tìm trong nhiệm vụ',
  agencyLabel: 'Cơ quan',
  anyAgency: 'Tất cả cơ quan',
  roleLabel: 'Vai trò',
  anyRole: 'Mọi vai trò',
  areaLabel: 'Lĩnh vực',
  anyArea: 'Tất cả lĩnh vực',
  yearLabel: 'Năm đến hạn',
  anyYear: 'Mọi năm',
  roles: { lead: 'chủ trì', coordinating: 'phối hợp', responsible: 'thực hiện' },
  showMore: 'Xem thêm',
  showLess: 'Thu gọn',
  agenciesLabel: 'Cơ quan thực hiện',
  deadlinesLabel: 'Thời hạn',
  noDeadline: 'Không nêu thời hạn',
  citesLabel: 'Văn bản dẫn chiếu',
  source: (file, line, endLine) => `Nguồn: ${file}, ${line === endLine ? `dòng ${line}` : `dòng ${line}–${endLine}`}`,
  permalink: 'Liên kết đến nhiệm vụ',
  statusFilterLabel: 'Tiến độ',
  anyStatus: 'Mọi tiến độ',
  byTimeliness: 'Theo thời hạn',
  byReportedStatus: 'Theo báo cáo',
  downloadLabel: 'Tải xuống các nhiệm vụ đang lọc',
  downloadFormats: { csv: 'CSV (Excel)', json: 'JSON', ics: 'ICS (lịch)' },
  fileNameBase: 'nhiem-vu',

  workloadLabel: 'Số nhiệm vụ theo vai trò',
  totalTasks: (count) => `Tổng cộng ${count} nhiệm vụ`,
  deadlinesByYearLabel: 'Thời hạn theo năm',
  deadlineCount: (count) => `${count} thời hạn`,
  everyYear: 'Hằng năm',
  conditionalNoYear: 'Có điều kiện, chưa rõ năm',
  ongoing: 'Thường xuyên',
  noDeadlines: 'Các nhiệm vụ của cơ quan này không nêu thời hạn.',
  areasLabel: 'Lĩnh vực tham gia',
  agencyTasksLink: 'Xem các nhiệm vụ của cơ quan',
  followCalendar: 'Theo dõi lịch',
  followFeed: 'Theo dõi tin',
  progressAsOf: (date) => `Tiến độ tính đến ${date}`,
  reportedCount: (reported, total) => `${reported}/${total} nhiệm vụ đã có báo cáo`,

  timelineLabel: 'Thời hạn theo năm',
  yearStatus: { past: 'đã qua', current: 'năm hiện tại', upcoming: 'sắp tới' },
  asOf: (date) => `Tính đến ${date}`,
  periodEnded: (end) => `Kỳ chương trình đã kết thúc vào năm ${end}.`,
  overdueCount: (count) => `${count} quá hạn`,
  yearName: (year) => `Năm ${year}`,
  yearDeadlines: (year, count) => `Năm ${year}: ${count} thời hạn`,
  lanesLabel: 'Thời hạn không gắn với một năm',
  conditionLabel: 'Điều kiện',
  noDatedDeadlines: 'Không có thời hạn nào gắn với một năm cụ thể.',
  noDeadlinesOf: (agency) => (agency ? `Các nhiệm vụ của ${agency} không nêu thời hạn nào.` : 'Các nhiệm vụ này không nêu thời hạn nào.'),
  legendLabel: 'Chú giải màu',
  timelineTable: { when: 'Năm', due: 'Việc phải làm', deadline: 'Thời hạn', task: 'Nhiệm vụ', timeliness: 'Tình hình' },

  successionNow: '— nay là',
  successionEnded: (date) => `— đã chấm dứt hoạt động từ ${date}; công việc chuyển về`,
  successionBasis: 'Căn cứ pháp lý',
  issuerLabel: 'Cơ quan ban hành',
  inheritedLabel: 'Nhiệm vụ kế thừa',
  inheritedFrom: (name, count) => `Từ ${name}: ${count} nhiệm vụ`,
  inheritedPart: (name, count) => `Từ ${name}, chỉ phần chức năng nêu trên: ${count} nhiệm vụ cần đối chiếu`,
} satisfies Translation;
