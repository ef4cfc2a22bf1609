import type { FetchFailure, WidgetProblem } from '../shared/problems.js';

const MAX_ISSUES_SHOWN = 3;

const expected = {
  year: 'một năm, như 2023',
  limit: 'một số nguyên lớn hơn 0',
  'as-of': 'một ngày dạng YYYY-MM-DD, như 2024-06-30',
  href: 'một địa chỉ http(s) hoặc một đường dẫn tương đối, như /so-cong-thuong',
  theme: 'light, dark hoặc auto',
  'heading-level': 'một cấp tiêu đề từ 1 đến 6, như 3',
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

/** A problem as the page's author reads it (Vietnamese): in the console, and in the widget with `debug`. */
export function problemVi(problem: WidgetProblem): string {
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
