import type { Language } from '../translations/translation.js';
import type { EmbeddableWidget, ThemeColor } from './snippet.js';

/**
 * UI strings of the builder. Kept apart from the widgets' translation tables: the builder is its
 * own script, and its strings should not weigh on every page that only shows a widget.
 */
export interface EmbedBuilderTranslation {
  widgetLegend: string;
  widgets: Record<EmbeddableWidget, string>;
  dataLegend: string;
  agency: string;
  anyAgency: string;
  agencyRequired: string;
  role: string;
  anyRole: string;
  roles: Record<'lead' | 'coordinating' | 'responsible', string>;
  area: string;
  anyArea: string;
  year: string;
  anyYear: string;
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
}

export const vi: EmbedBuilderTranslation = {
  widgetLegend: 'Thành phần',
  widgets: {
    'ct-task-list': 'Danh sách nhiệm vụ',
    'ct-agency-card': 'Thẻ cơ quan',
    'ct-deadline-timeline': 'Dòng thời gian thời hạn',
  },
  dataLegend: 'Nội dung',
  agency: 'Cơ quan',
  anyAgency: 'Tất cả cơ quan',
  agencyRequired: 'Thẻ cơ quan cần chọn một cơ quan.',
  role: 'Vai trò',
  anyRole: 'Mọi vai trò',
  roles: { lead: 'chủ trì', coordinating: 'phối hợp', responsible: 'thực hiện' },
  area: 'Lĩnh vực',
  anyArea: 'Mọi lĩnh vực',
  year: 'Năm thời hạn',
  anyYear: 'Mọi năm',
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
};

export const en: EmbedBuilderTranslation = {
  widgetLegend: 'Widget',
  widgets: {
    'ct-task-list': 'Task list',
    'ct-agency-card': 'Agency card',
    'ct-deadline-timeline': 'Deadline timeline',
  },
  dataLegend: 'Content',
  agency: 'Agency',
  anyAgency: 'All agencies',
  agencyRequired: 'The agency card needs an agency.',
  role: 'Role',
  anyRole: 'Any role',
  roles: { lead: 'lead', coordinating: 'coordinating', responsible: 'responsible' },
  area: 'Area',
  anyArea: 'Any area',
  year: 'Deadline year',
  anyYear: 'Any year',
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
};

export const EMBED_BUILDER_TRANSLATIONS: Record<Language, EmbedBuilderTranslation> = { vi, en };
