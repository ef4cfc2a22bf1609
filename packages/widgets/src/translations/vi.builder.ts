import type { BuilderTranslation } from './translation.js';

/**
 * The embed builder's section of the vi table (`BuilderTranslation`): a module of its own, since
 * the pasted files share modules between scripts and a widget page should not load the builder's strings.
 */
export const viBuilder = {
  widgetLegend: 'Thành phần',
  widgets: {
    'ct-task-list': 'Danh sách nhiệm vụ',
    'ct-agency-card': 'Thẻ cơ quan',
    'ct-deadline-timeline': 'Dòng thời gian thời hạn',
  },
  fields: {
    'query': 'Từ khóa tìm kiếm',
    'limit': 'Số nhiệm vụ tối đa',
    'controls': 'Cho người xem tìm và lọc',
    'status': 'Chỉ nhiệm vụ có tiến độ (status, cần tệp trạng thái)',
    'url-key': 'Tiền tố tham số trên địa chỉ trang (url-key, khi trang có hai danh sách)',
    'no-url': 'Không ghi tìm kiếm và bộ lọc vào địa chỉ trang',
    'status-src': 'Tệp trạng thái (status-src)',
    'as-of': 'Tính đến ngày (để trống: hôm nay)',
    'heading-level': 'Cấp tiêu đề (1–6, mặc định 3)',
    'href': 'Liên kết đến trang danh sách nhiệm vụ (href)',
    'subscriptions': 'Thư mục tệp theo dõi (subscriptions)',
    'theme': 'Chế độ màu',
  },
  themes: { auto: 'Theo máy người xem', light: 'Sáng', dark: 'Tối' },
  dataLegend: 'Nội dung',
  agencyRequired: 'Thẻ cơ quan cần chọn một cơ quan.',
  lookLegend: 'Ngôn ngữ và màu sắc',
  widgetLanguage: 'Ngôn ngữ của thành phần',
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
  colors: {
    '--ct-color-accent': 'Màu nhấn (liên kết, số liệu)',
    '--ct-color-text': 'Màu chữ',
    '--ct-color-surface': 'Màu nền',
    '--ct-color-border': 'Màu viền',
  },
  pageFont: 'Dùng phông chữ của trang',
  resetColors: 'Màu mặc định',
  preview: 'Xem trước',
  snippet: 'Mã nhúng',
  snippetHelp: 'Dán đoạn mã này vào trang HTML, ở chỗ muốn hiển thị.',
  copy: 'Chép mã',
  copied: 'Đã chép mã nhúng.',
  copyFailed: 'Không chép được tự động: mã đã được chọn, hãy nhấn Ctrl+C.',
  formLegend: 'Cách nhúng',
  forms: { script: 'Script (khuyên dùng)', iframe: 'Khung iframe', html: 'HTML tĩnh' },
  formHelp: {
    script: 'Thành phần đầy đủ: tìm, lọc, tải về. Cần trang cho phép thẻ <script>.',
    iframe: 'Cho trình soạn thảo nhận iframe nhưng bỏ thẻ <script>: khung tự chỉnh chiều cao nếu giữ được script nhỏ kèm theo, nếu không thì cao cố định và cuộn bên trong. Màu tùy chỉnh không áp dụng trong khung.',
    html: 'Nội dung như bản xem trước, không script, không iframe: không tìm, lọc hay cập nhật.',
  },
  command: 'Bản dựng sẵn (nội dung có ngay trong HTML, tải nhanh hơn): chạy lệnh này và dán kết quả.',
  subscriptions: 'Tệp theo dõi',
  subscriptionsHelp: 'Tạo bằng lệnh chuongtrinh-widgets subscriptions, đặt cạnh chuongtrinh.js.',
  calendar: 'Lịch thời hạn (ICS)',
  feed: 'Tin nhiệm vụ (Atom)',
  frameTitle: (widget, agency) => (agency ? `${widget}: ${agency}` : widget),

  filesLegend: 'Tệp trên máy chủ của bạn',
  folder: 'Thư mục đã chép các tệp chuongtrinh',
  folderHelp: 'Nơi đặt chuongtrinh.js và các tệp đi kèm (dữ liệu, thư mục embed…), ví dụ /js/chuongtrinh/ hoặc https://cdn.example.gov.vn/chuongtrinh/.',
  folderInvalid: 'Thư mục phải là một đường dẫn (/js/chuongtrinh/) hoặc một địa chỉ http(s); mã nhúng vẫn dùng thư mục trước đó.',
  statusSrcHelp: 'Một hay nhiều tệp, cách nhau bằng dấu cách. Tên tệp không bắt đầu bằng / hay http được tính từ thư mục trên.',
  previewCapped: (shown) => `Bản xem trước chỉ hiện ${shown} nhiệm vụ đầu tiên; trên trang của bạn, danh sách hiện đầy đủ.`,
  themeFile: 'Tệp màu',
  themeFileHelp: (file) =>
    `Lưu tệp này thành ${file} trong thư mục trên; đoạn mã nhúng liên kết đến nó. Là tệp của chính trang nên màu vẫn áp dụng trên trang có CSP nghiêm ngặt (style-src 'self').`,
  downloadTheme: 'Tải tệp màu',
} satisfies BuilderTranslation;
