import type { BuilderTranslation } from './translation.js';

/**
 * The embed builder's section of the en table (`BuilderTranslation`): a module of its own, since
 * the pasted files share modules between scripts and a widget page should not load the builder's strings.
 */
export const enBuilder = {
  widgetLegend: 'Widget',
  widgets: {
    'ct-task-list': 'Task list',
    'ct-agency-card': 'Agency card',
    'ct-deadline-timeline': 'Deadline timeline',
  },
  fields: {
    'query': 'Search words',
    'limit': 'At most this many tasks',
    'controls': 'Let visitors search and filter',
    'status': 'Only tasks with this progress (status; needs status files)',
    'url-key': 'Prefix of its parameters in the page address (url-key, for two lists on a page)',
    'no-url': 'Keep search and filters out of the page address',
    'status-src': 'Status files (status-src)',
    'as-of': 'As of (empty: today)',
    'heading-level': 'Heading level (1–6, default 3)',
    'href': 'Link to the page of the task list (href)',
    'subscriptions': 'Folder of subscription files (subscriptions)',
    'theme': 'Colour scheme',
  },
  themes: { auto: "As the visitor's system", light: 'Light', dark: 'Dark' },
  dataLegend: 'Content',
  agencyRequired: 'The agency card needs an agency.',
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
  statusSrcHelp: 'One or more files, separated by spaces. A name that does not start with / or http is taken from the folder above.',
  previewCapped: (shown) => `The preview shows only the first ${shown} tasks; on your page the list shows them all.`,
  themeFile: 'Colour file',
  themeFileHelp: (file) =>
    `Save this file as ${file} in the folder above; the embed code links to it. Being a file of your own site, its colours apply even on a page with a strict CSP (style-src 'self').`,
  downloadTheme: 'Download the colour file',
} satisfies BuilderTranslation;
