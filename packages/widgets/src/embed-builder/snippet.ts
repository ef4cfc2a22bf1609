import { embedPageUrl as embedPageUrlOf } from '../embed/embed-parameters.js';
import { inFolder } from '../shared/subscription-paths.js';
import { tokenDefault, type ColorToken } from '../shared/tokens.js';
import { MANIFEST_ATTRIBUTES } from './widget-attributes.js';

/** The widgets the builder can write a snippet for. */
export const EMBEDDABLE_WIDGETS = ['ct-task-list', 'ct-agency-card', 'ct-deadline-timeline'] as const;
export type EmbeddableWidget = (typeof EMBEDDABLE_WIDGETS)[number];

/**
 * Attributes of the widgets that the builder and the `embed` command leave out, and why; every
 * other attribute in custom-elements.json is offered (a test holds the two lists to the manifest).
 */
export const NOT_OFFERED = {
  /** For the page's author debugging their page, not for the code they paste. */
  debug: 'diagnostics',
  /** The pasted files' index is built on the first search; a prebuilt one is for large datasets served apart. */
  'search-index-src': 'deployment',
  /** Follows `src` (its `.txt` beside the `.json`), which the builder writes. */
  'source-text': 'derived',
} as const;

type ManifestAttribute = (typeof MANIFEST_ATTRIBUTES)[EmbeddableWidget][number];
export type WidgetAttribute = Exclude<ManifestAttribute[0], keyof typeof NOT_OFFERED>;
/** How a value is asked for and written: a bare attribute, a number or text. */
export type AttributeKind = ManifestAttribute[1];

const offered = (attributes: readonly ManifestAttribute[]) =>
  attributes.filter((attribute): attribute is Extract<ManifestAttribute, readonly [WidgetAttribute, AttributeKind]> => !(attribute[0] in NOT_OFFERED));

/** Written last in a snippet, after what the widget shows: its language and dataset. */
const LAST: readonly string[] = ['lang', 'src'];

/** The attributes the builder offers for each widget, in the manifest's order (the snippet's), `lang` and `src` last. */
export const WIDGET_ATTRIBUTES = Object.fromEntries(
  EMBEDDABLE_WIDGETS.map((widget) => {
    const names = offered(MANIFEST_ATTRIBUTES[widget]).map(([name]) => name);
    return [widget, [...names.filter((name) => !LAST.includes(name)), ...LAST.filter((name) => names.includes(name as WidgetAttribute))]];
  }),
) as unknown as Record<
  EmbeddableWidget,
  readonly WidgetAttribute[]
>;

/** Each offered attribute's kind. */
export const ATTRIBUTE_KINDS = Object.fromEntries(EMBEDDABLE_WIDGETS.flatMap((widget) => offered(MANIFEST_ATTRIBUTES[widget]))) as Record<WidgetAttribute, AttributeKind>;

/** Attributes the builder's form asks for with the widgets' own filter selects, or elsewhere (`lang` with the colours, `src` its own). */
export const SHARED_FIELDS = ['agency', 'agency-role', 'area', 'year', 'lang', 'src'] as const;
/** The attributes the builder labels itself (`BuilderTranslation.fields`). */
export type BuilderField = Exclude<WidgetAttribute, (typeof SHARED_FIELDS)[number]>;

/** The `--ct-*` colours the builder lets a webmaster set, in the order of its pickers. */
export const THEME_COLORS = ['--ct-color-accent', '--ct-color-text', '--ct-color-surface', '--ct-color-border'] as const satisfies readonly ColorToken[];
export type ThemeColor = (typeof THEME_COLORS)[number];
/** Their defaults, from the token table. */
export const THEME_DEFAULTS = Object.fromEntries(THEME_COLORS.map((name) => [name, tokenDefault(name)])) as Record<ThemeColor, string>;

export interface EmbedConfig {
  widget: EmbeddableWidget;
  /** Values by attribute name; empty, false or absent leaves the attribute out, true writes it bare. */
  attributes: Partial<Record<WidgetAttribute, string | boolean>>;
  /** Colours (`#rrggbb`) that differ from the defaults; other values are ignored. */
  colors: Partial<Record<ThemeColor, string>>;
  /** Use the page's font instead of the widget's (`--ct-font-family: inherit`). */
  pageFont: boolean;
}

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The attributes the snippet writes, in order: only those the widget takes, only when set.
 * Status overlays named by a path relative to the script's folder (`trang-thai/so-cong-thuong.json`)
 * are written beside the script, so the snippet works on a page at any path.
 */
export function embedAttributes(config: EmbedConfig, scriptUrl: string): Array<[name: WidgetAttribute, value: string | true]> {
  const names: readonly WidgetAttribute[] = WIDGET_ATTRIBUTES[config.widget];
  return names.flatMap((name): Array<[WidgetAttribute, string | true]> => {
    const value = config.attributes[name];
    if (value === true) return [[name, true]];
    if (typeof value !== 'string' || value.trim() === '') return [];
    if (name === 'status-src') return [[name, overlaysBesideScript(value, scriptUrl)]];
    return [[name, value.trim()]];
  });
}

/** A URL that names its own place: a scheme (`https:`), a host (`//cdn…`) or a root path (`/data/…`). */
const PLACED_URL = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/** Each space-separated overlay URL, those relative to the script's folder written beside the script. */
function overlaysBesideScript(value: string, scriptUrl: string): string {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((url) => (PLACED_URL.test(url) ? url : besideScript(scriptUrl, url)))
    .join(' ');
}

/** The script of the pasted files in `folder` (`/js/chuongtrinh/` → `/js/chuongtrinh/chuongtrinh.js`); a URL ending in `.js` is the script itself. */
export function scriptInFolder(folder: string): string {
  return /\.m?js([?#].*)?$/i.test(folder.trim()) ? folder.trim() : inFolder(folder, 'chuongtrinh.js');
}

/** The folder of a script URL, as the builder's field shows it (`/js/chuongtrinh.js?v=2` → `/js/`). */
export function folderOf(scriptUrl: string): string {
  return besideScript(scriptUrl, '');
}

/**
 * The custom properties the snippet sets: colours that are valid and not the default, and the page
 * font when asked for. Only `#rrggbb` colours pass, so nothing typed into the builder can end up
 * as CSS.
 */
export function embedTheme(config: EmbedConfig): Array<[property: string, value: string]> {
  const colors = THEME_COLORS.flatMap((property): Array<[string, string]> => {
    const value = config.colors[property]?.toLowerCase();
    return value && COLOR.test(value) && value !== THEME_DEFAULTS[property] ? [[property, value]] : [];
  });
  return config.pageFont ? [...colors, ['--ct-font-family', 'inherit']] : colors;
}

export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes as HTML (` agency="so-cong-thuong" controls`). */
export function attributeText(attributes: ReadonlyArray<readonly [name: string, value: string | true]>): string {
  return attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/**
 * The HTML a webmaster pastes: the script tag, the link to the theme stylesheet when colours were
 * chosen, and the element with its attributes.
 */
export function embedSnippet(config: EmbedConfig, scriptUrl: string): string {
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`,
    ...themeLink(config, scriptUrl),
    `<${config.widget}${attributeText(embedAttributes(config, scriptUrl))}></${config.widget}>`,
  ].join('\n');
}

/** The name of the theme stylesheet the builder writes, which the webmaster saves beside the script. */
export const THEME_FILE = 'chuongtrinh-theme.css';

/**
 * The theme stylesheet: the chosen `--ct-*` properties on every embeddable widget (a site has one
 * palette); undefined when nothing differs from the defaults. A file, not a `<style>` in the
 * snippet: a page with `Content-Security-Policy: style-src 'self'` blocks inline styles but loads
 * its own site's stylesheets.
 */
export function themeStylesheet(config: EmbedConfig): string | undefined {
  const theme = embedTheme(config);
  if (theme.length === 0) return undefined;
  return [`${EMBEDDABLE_WIDGETS.join(',\n')} {`, ...theme.map(([property, value]) => `  ${property}: ${value};`), '}', ''].join('\n');
}

/** The `<link>` to the theme stylesheet beside the script; none when there is no theme. */
export function themeLink(config: EmbedConfig, scriptUrl: string): string[] {
  return themeStylesheet(config) === undefined ? [] : [`<link rel="stylesheet" href="${escapeAttribute(besideScript(scriptUrl, THEME_FILE))}">`];
}

/** The URL of a file beside the script (`/js/chuongtrinh.js?v=2` → `/js/chuongtrinh-search.js`), relative or absolute as the script's is. */
export function besideScript(scriptUrl: string, name: string): string {
  return scriptUrl.replace(/[^/?#]*([?#].*)?$/, name);
}

/** The three forms of embed code the builder offers: script (recommended), iframe, plain HTML. */
export const EMBED_FORMS = ['script', 'iframe', 'html'] as const;
export type EmbedForm = (typeof EMBED_FORMS)[number];

/** Height of the iframe when the host page has no resize script (a CMS stripped it): it scrolls inside. */
export const IFRAME_HEIGHT = 600;

const shellWord = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/**
 * The `chuongtrinh-widgets embed` command that writes the prerendered form of the same snippet
 * (its first view in the HTML, hydrated on use). Colours are not arguments of the command: the
 * theme stylesheet applies to the prerendered element just the same.
 */
export function embedCommand(config: EmbedConfig, scriptUrl: string): string {
  const options = embedAttributes(config, scriptUrl).map(([name, value]) => (value === true ? `--${name}` : `--${name} ${shellWord(value)}`));
  return ['npx chuongtrinh-widgets embed', config.widget, ...options, `--script-url ${shellWord(scriptUrl)}`].join(' ');
}

/**
 * The iframe form: the widget's iframe page beside the script (`embed/<widget>.html?…`), with a
 * `title` and a fixed height, then the resize script that fits the height to the content.
 * Colours stay the widget's own: the host page's styles do not reach into an iframe.
 */
export function iframeSnippet(config: EmbedConfig, scriptUrl: string, title: string): string {
  const attributes = Object.fromEntries(embedAttributes(config, scriptUrl));
  const src = besideScript(scriptUrl, embedPageUrlOf(config.widget, attributes));
  return [
    `<iframe data-chuongtrinh src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" style="border: 0" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(besideScript(scriptUrl, 'chuongtrinh-resize.js'))}" async></script>`,
  ].join('\n');
}
