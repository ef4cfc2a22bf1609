import type { Language } from '../translations/translation.js';
import type { EmbeddableWidget, EmbedForm, ThemeColor } from './snippet.js';

/**
 * The builder's own UI strings. What it shares with the widgets (the agency, role, area and year
 * filters, role names) comes from the widgets' translation table, written once there; only what
 * no widget says is here: the builder is its own script, and its strings should not weigh on every
 * page that only shows a widget.
 */
export interface EmbedBuilderTranslation {
  widgetLegend: string;
  widgets: Record<EmbeddableWidget, string>;
  dataLegend: string;
  agencyRequired: string;
  query: string;
  limit: string;
  controls: string;
  href: string;
  asOf: string;
  lookLegend: string;
  widgetLanguage: string;
  languages: Record<Language, string>;
  colors: Record<ThemeColor, string>;
  pageFont: string;
  resetColors: string;
  preview: string;
  snippet: string;
  snippetHelp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  formLegend: string;
  forms: Record<EmbedForm, string>;
  formHelp: Record<EmbedForm, string>;
  command: string;
  subscriptions: string;
  subscriptionsHelp: string;
  calendar: string;
  feed: string;
  /** The iframe's `title`: what it shows. */
  frameTitle: (widget: string, agency: string | undefined) => string;

  /* Where the files are, status overlays, the capped preview and the theme stylesheet. */
  filesLegend: string;
  folder: string;
  folderHelp: string;
  folderInvalid: string;
  statusSrc: string;
  statusSrcHelp: string;
  previewCapped: (shown: number) => string;
  themeFile: string;
  themeFileHelp: (file: string) => string;
  downloadTheme: string;
}

export const vi: EmbedBuilderTranslation = {
  widgetLegend: 'Thành phần',
  widgets: {
    'ct-task-list': 'Danh sách nhiệm vụ',
    'ct-agency-card': 'Thẻ cơ quan',
    'ct-deadline-timeline': 'Dòng thời gian thời hạn',
  },
  dataLegend: 'Nội dung',
  agencyRequired: 'Thẻ cơ quan cần chọn một cơ quan.',
  query: 'Từ khóa tìm kiếm',
  limit: 'Số nhiệm vụ tối đa',
  controls: 'Cho người xem tìm và lọc',
  href: 'Liên kết đến trang nhiệm vụ của cơ quan',
  asOf: 'Tính đến ngày (để trống: hôm nay)',
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
  statusSrc: 'Tệp trạng thái (status-src)',
  statusSrcHelp: 'Một hay nhiều tệp, cách nhau bằng dấu cách. Tên tệp không bắt đầu bằng / hay http được tính từ thư mục trên.',
  previewCapped: (shown) => `Bản xem trước chỉ hiện ${shown} nhiệm vụ đầu tiên; trên trang của bạn, danh sách hiện đầy đủ.`,
  themeFile: 'Tệp màu',
  themeFileHelp: (file) =>
    `Lưu tệp này thành ${file} trong thư mục trên; đoạn mã nhúng liên kết đến nó. Là tệp của chính trang nên màu vẫn áp dụng trên trang có CSP nghiêm ngặt (style-src 'self').`,
  downloadTheme: 'Tải tệp màu',
};

export const en: EmbedBuilderTranslation = {
  widgetLegend: 'Widget',
  widgets: {
    'ct-task-list': 'Task list',
    'ct-agency-card': 'Agency card',
    'ct-deadline-timeline': 'Deadline timeline',
  },
  dataLegend: 'Content',
  agencyRequired: 'The agency card needs an agency.',
  query: 'Search words',
  limit: 'At most this many tasks',
  controls: 'Let visitors search and filter',
  href: "Link to the page of the agency's tasks",
  asOf: 'As of (empty: today)',
  lookLegend: 'Language and colours',
  widgetLanguage: 'Language of the widget',
  languages: { vi: 'Vietnamese', en: 'English' },
  colors: {
    '--ct-color-accent': 'Accent (links, figures)',
    '--ct-color-text': 'Text',
    '--ct-color-surface': 'Background',
    '--ct-color-border': 'Borders',
  },
  pageFont: "Use the page's font",
  resetColors: 'Default colours',
  preview: 'Preview',
  snippet: 'Embed code',
  snippetHelp: 'Paste this code into an HTML page where the widget should appear.',
  copy: 'Copy code',
  copied: 'Embed code copied.',
  copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C.',
  formLegend: 'Form of the code',
  forms: { script: 'Script (recommended)', iframe: 'Iframe', html: 'Plain HTML' },
  formHelp: {
    script: 'The full widget: search, filters, downloads. The page must allow <script>.',
    iframe: 'For editors that accept iframes but strip <script>: the frame fits its height when the small script beside it survives, else it keeps a fixed height and scrolls. Custom colours do not apply inside the frame.',
    html: 'The content as previewed, with no script and no iframe: no search, filters or updates.',
  },
  command: 'Prerendered (the content is in the HTML, faster to show): run this command and paste its output.',
  subscriptions: 'Subscription files',
  subscriptionsHelp: 'Written by the chuongtrinh-widgets subscriptions command, beside chuongtrinh.js.',
  calendar: 'Calendar of deadlines (ICS)',
  feed: 'Feed of tasks (Atom)',
  frameTitle: (widget, agency) => (agency ? `${widget}: ${agency}` : widget),

  filesLegend: 'Files on your server',
  folder: 'Folder where you copied the chuongtrinh files',
  folderHelp: 'Where chuongtrinh.js and the files beside it (the dataset, the embed folder…) are, e.g. /js/chuongtrinh/ or https://cdn.example.gov.vn/chuongtrinh/.',
  folderInvalid: 'The folder must be a path (/js/chuongtrinh/) or an http(s) address; the code keeps the previous folder.',
  statusSrc: 'Status files (status-src)',
  statusSrcHelp: 'One or more files, separated by spaces. A name that does not start with / or http is taken from the folder above.',
  previewCapped: (shown) => `The preview shows only the first ${shown} tasks; on your page the list shows them all.`,
  themeFile: 'Colour file',
  themeFileHelp: (file) =>
    `Save this file as ${file} in the folder above; the embed code links to it. Being a file of your own site, its colours apply even on a page with a strict CSP (style-src 'self').`,
  downloadTheme: 'Download the colour file',
};

export const EMBED_BUILDER_TRANSLATIONS: Record<Language, EmbedBuilderTranslation> = { vi, en };
