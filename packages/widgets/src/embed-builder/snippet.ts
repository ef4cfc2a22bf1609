import { embedPageUrl as embedPageUrlOf } from '../embed/embed-parameters.js';
import { tokenDefault, type ColorToken } from '../shared/tokens.js';

/** The widgets the builder can write a snippet for. */
export const EMBEDDABLE_WIDGETS = ['ct-task-list', 'ct-agency-card', 'ct-deadline-timeline'] as const;
export type EmbeddableWidget = (typeof EMBEDDABLE_WIDGETS)[number];

/** The attributes the builder offers for each widget, in the order the snippet writes them. */
export const WIDGET_ATTRIBUTES = {
  'ct-task-list': ['agency', 'agency-role', 'area', 'year', 'query', 'limit', 'controls', 'lang', 'src'],
  'ct-agency-card': ['agency', 'href', 'lang', 'src'],
  'ct-deadline-timeline': ['agency', 'area', 'as-of', 'lang', 'src'],
} as const satisfies Record<EmbeddableWidget, readonly string[]>;
export type WidgetAttribute = (typeof WIDGET_ATTRIBUTES)[EmbeddableWidget][number];

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

/** The attributes the snippet writes, in order: only those the widget takes, only when set. */
export function embedAttributes(config: EmbedConfig): Array<[name: WidgetAttribute, value: string | true]> {
  const names: readonly WidgetAttribute[] = WIDGET_ATTRIBUTES[config.widget];
  return names.flatMap((name): Array<[WidgetAttribute, string | true]> => {
    const value = config.attributes[name];
    if (value === true) return [[name, true]];
    if (typeof value === 'string' && value.trim() !== '') return [[name, value.trim()]];
    return [];
  });
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

/**
 * The HTML a webmaster pastes: the script tag, a `<style>` with the chosen `--ct-*` properties
 * when there are any, and the element with its attributes.
 */
export function embedSnippet(config: EmbedConfig, scriptUrl: string): string {
  const attributes = embedAttributes(config)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return [`<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`, ...embedThemeStyle(config), `<${config.widget}${attributes}></${config.widget}>`].join(
    '\n',
  );
}

/** The lines of the `<style>` that sets the chosen `--ct-*` properties on the widget; none when there are none. */
export function embedThemeStyle(config: EmbedConfig): string[] {
  const theme = embedTheme(config);
  if (theme.length === 0) return [];
  return ['<style>', `  ${config.widget} {`, ...theme.map(([property, value]) => `    ${property}: ${value};`), '  }', '</style>'];
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
 * `<style>` of the snippet applies to the prerendered element just the same.
 */
export function embedCommand(config: EmbedConfig, scriptUrl: string): string {
  const options = embedAttributes(config).map(([name, value]) => (value === true ? `--${name}` : `--${name} ${shellWord(value)}`));
  return ['npx chuongtrinh-widgets embed', config.widget, ...options, `--script-url ${shellWord(scriptUrl)}`].join(' ');
}

/**
 * The iframe form: the widget's iframe page beside the script (`embed/<widget>.html?…`), with a
 * `title` and a fixed height, then the resize script that fits the height to the content.
 * Colours stay the widget's own: the host page's styles do not reach into an iframe.
 */
export function iframeSnippet(config: EmbedConfig, scriptUrl: string, title: string): string {
  const attributes = Object.fromEntries(embedAttributes(config));
  const src = besideScript(scriptUrl, embedPageUrlOf(config.widget, attributes));
  return [
    `<iframe data-chuongtrinh src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" style="border: 0" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(besideScript(scriptUrl, 'chuongtrinh-resize.js'))}" async></script>`,
  ].join('\n');
}
