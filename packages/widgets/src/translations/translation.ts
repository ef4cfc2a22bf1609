import type { Role } from '@chuongtrinh/core';
import type { ExportFormat } from '@chuongtrinh/core/export';
import type { TaskStatus, Timeliness } from '@chuongtrinh/core/status';
import type { YearRelation } from '@chuongtrinh/core/format';
import type { Theme } from '../shared/theme.js';
import type { BuilderField, EmbeddableWidget, EmbedForm, ThemeColor } from '../embed-builder/snippet.js';

/** The UI languages the widgets speak; the program's own text stays Vietnamese. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every UI string of the widgets in one language. Counts are functions so each language can
 * choose its own plural forms.
 */
export interface Translation {
  /** The language of the table (dates and deadlines are written by core's format module in it). */
  language: Language;
  /** BCP 47 locale for number formatting. */
  locale: string;
  loading: string;
  searching: string;
  /** The one line a visitor reads when something cannot be shown (the details go to the console, and with `debug` to the widget). */
  problemsTitle: string;
  clearFilters: string;

  /* Status overlays (`status-src`), in all three */
  loadingStatus: string;
  /** The visitor's line when only the status overlays have problems (the view is still shown). */
  statusProblemsTitle: string;
  /** The line after the problems shown when there are more. */
  moreProblems: (count: number) => string;
  /** Shown in place of a widget when the page's Trusted Types policy list blocks Lit's. */
  trustedTypesBlocked: string;
  /** A task's status as reported; `unreported` when no overlay reports on it. */
  statuses: Record<TaskStatus | 'unreported', string>;
  /** A task's timeliness as a whole, as progress reports name it. */
  timeliness: Record<Timeliness, string>;
  /** The timeliness of one deadline (or one year of a yearly one), next to it. */
  timelinessShort: Record<Timeliness, string>;
  progressLabel: string;
  /** After a date as `formatDate` (progress.ts) writes it, which in Vietnamese starts with "ngày". */
  completedOn: (date: string) => string;
  updatedOn: (date: string) => string;
  evidenceLink: string;

  /* <ct-task-list> */
  /** The list's heading; with `agency` or `area`, followed by their names. */
  tasksHeading: string;
  tasks: (count: number) => string;
  shownOfTotal: (shown: number, total: number) => string;
  /** The button under a list that shows its next page. */
  moreTasks: string;
  /** The disclosure holding the filter selects and downloads. */
  filtersToggle: string;
  /** After `filtersToggle`, how many filters are set. */
  activeFilters: (count: number) => string;
  /** Before a suggested search (a button showing it), when a search finds nothing. */
  didYouMean: string;
  noMatchingTasks: string;
  /** The search landmark's name, before the list's heading (two lists on a page get two names). */
  filtersLabel: string;
  searchLabel: string;
  agencyLabel: string;
  anyAgency: string;
  roleLabel: string;
  anyRole: string;
  areaLabel: string;
  anyArea: string;
  yearLabel: string;
  anyYear: string;
  roles: Record<Role, string>;
  showMore: string;
  showLess: string;
  agenciesLabel: string;
  deadlinesLabel: string;
  noDeadline: string;
  citesLabel: string;
  /** The name of a task's place in the original text, after core's `formatSourceLines`: "Văn bản gốc, dòng 31–60". */
  sourceLines: (lines: string) => string;
  /** Title of the dialog showing the original lines. */
  sourceTitle: string;
  /** Before the excerpt, when lines of the text precede or follow it. */
  sourceExcerptNote: string;
  closeDialog: string;
  /** A task's link; its accessible name goes on with ": " and the task's title. */
  permalink: string;
  statusFilterLabel: string;
  anyStatus: string;
  /** Labels of the two groups of the status select: timeliness classes, and statuses as reported. */
  byTimeliness: string;
  byReportedStatus: string;
  downloadLabel: string;
  downloadFormats: Record<ExportFormat, string>;
  /** First word of downloaded file names, in plain ASCII (`nhiem-vu-so-cong-thuong.csv`). */
  fileNameBase: string;

  /* <ct-agency-card> */
  workloadLabel: string;
  totalTasks: (count: number) => string;
  deadlinesByYearLabel: string;
  deadlineCount: (count: number) => string;
  everyYear: string;
  conditionalNoYear: string;
  ongoing: string;
  noDeadlines: string;
  areasLabel: string;
  agencyTasksLink: string;
  /** The agency card's link to its ICS calendar of deadlines. */
  followCalendar: string;
  /** The agency card's link to its Atom feed of tasks. */
  followFeed: string;
  progressAsOf: (date: string) => string;
  reportedCount: (reported: number, total: number) => string;

  /* <ct-deadline-timeline> */
  /** The widget's heading, and the name of its ordered list of years. */
  timelineLabel: string;
  yearStatus: Record<YearRelation, string>;
  /** Before the as-of date in official style: "Tính đến ngày 30 tháng 6 năm 2023". */
  asOf: (date: string) => string;
  periodEnded: (end: number) => string;
  overdueCount: (count: number) => string;
  /** A year as a screen reader hears it on its toggle: "Năm 2021". */
  yearName: (year: number) => string;
  /** A year's toggle and the title of its panel: "Năm 2021: 23 thời hạn". */
  yearDeadlines: (year: number, count: number) => string;
  /** Title of the lanes of deadlines with no single year (every year, ongoing, conditional). */
  lanesLabel: string;
  /** Before the condition of a conditional deadline, quoted from the program. */
  conditionLabel: string;
  /** When none of the deadlines shown falls in a year: the lanes follow. */
  noDatedDeadlines: string;
  /** When the tasks shown have no deadline at all; with the agency's name when one is chosen. */
  noDeadlinesOf: (agency: string | null) => string;
  /** Name of the colour key of the bars (with `status-src`). */
  legendLabel: string;
  /** Column headings of the printed table. */
  timelineTable: { when: string; due: string; deadline: string; task: string; timeliness: string };

  /* Agency succession (with `as-of`), in the task list and the agency card */
  /** Before the body that carries an agency's work now: "nay là" / "now:". */
  successionNow: string;
  /** An agency whose work ended with no single successor. */
  successionEnded: (date: string) => string;
  /** The summary of the disclosure listing the legal documents. */
  successionBasis: string;
  issuerLabel: string;
  inheritedLabel: string;
  inheritedFrom: (name: string, count: number) => string;
  /** After a split: only the tasks of the functions named in the line above came here. */
  inheritedPart: (name: string, count: number) => string;
}

/**
 * The builder's strings: a section of each language's table (vi.ts, en.ts), exported apart from
 * the widgets' so that a page showing only widgets does not load them. What the builder shares
 * with the widgets (the filters' labels, role names) it takes from `Translation`.
 */
export interface BuilderTranslation {
  widgetLegend: string;
  widgets: Record<EmbeddableWidget, string>;
  dataLegend: string;
  /** The label of each attribute's field that the widgets' filters do not name. */
  fields: Record<BuilderField, string>;
  /** The builder's names of the `theme` values. */
  themes: Record<Theme, string>;
  agencyRequired: string;
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
  statusSrcHelp: string;
  previewCapped: (shown: number) => string;
  themeFile: string;
  themeFileHelp: (file: string) => string;
  downloadTheme: string;
}
