import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: the `--ct-*` custom properties a page sets to restyle the widgets, each with
 * its default. Everything else reads this table: the styles' fallbacks (`token()`), the defaults
 * in the custom-elements manifest (its `published-modules` plugin), the embed builder's colour
 * pickers and Storybook's controls. `defaults` is by theme so that a second palette (dark) is a
 * second key, not a second table.
 */
export const TOKENS = [
  { name: '--ct-font-family', description: 'Font of the widget; `inherit` takes the page’s.', defaults: { light: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" } },
  { name: '--ct-font-size', description: 'Base text size, in px (never rem).', defaults: { light: '15px' } },
  { name: '--ct-color-text', description: 'Text colour.', defaults: { light: '#1f2328' } },
  { name: '--ct-color-muted', description: 'Secondary text.', defaults: { light: '#545b64' } },
  { name: '--ct-color-accent', description: 'Links, buttons and counts.', defaults: { light: '#0b57a4' } },
  { name: '--ct-color-focus', description: 'Focus outline.', defaults: { light: '#0b57a4' } },
  { name: '--ct-color-surface', description: 'Background.', defaults: { light: '#ffffff' } },
  { name: '--ct-color-border', description: 'Borders and separators.', defaults: { light: '#c9ced6' } },
  { name: '--ct-color-highlight', description: 'Background of search matches and of the targeted task.', defaults: { light: '#fff1a8' } },
  { name: '--ct-color-marker', description: 'The as-of marker of the timeline.', defaults: { light: '#b3261e' } },
  { name: '--ct-color-error', description: 'Problem text and border.', defaults: { light: '#b3261e' } },
  { name: '--ct-color-error-surface', description: 'Problem background.', defaults: { light: '#fcebea' } },
  { name: '--ct-color-overdue', description: 'Overdue tasks and deadlines.', defaults: { light: '#b3261e' } },
  { name: '--ct-color-late', description: 'Tasks and deadlines done late.', defaults: { light: '#8a4b00' } },
  { name: '--ct-color-on-time', description: 'Tasks and deadlines done on time.', defaults: { light: '#1e6b34' } },
  { name: '--ct-radius', description: 'Corner radius.', defaults: { light: '4px' } },
  { name: '--ct-spacing', description: 'Inner padding.', defaults: { light: '1em' } },
] as const satisfies ReadonlyArray<{ name: `--ct-${string}`; description: string; defaults: { light: string } }>;

export type Token = (typeof TOKENS)[number];
export type TokenName = Token['name'];
/** The tokens that are colours (`--ct-color-…`): the builder and Storybook offer a colour picker for them. */
export type ColorToken = Extract<TokenName, `--ct-color-${string}`>;
export const isColorToken = (name: string): name is ColorToken => name.startsWith('--ct-color-');

const DEFAULTS = Object.fromEntries(TOKENS.map((entry) => [entry.name, entry.defaults.light])) as Record<TokenName, string>;

/** The default of `name` (in the light theme, the only one so far). */
export function tokenDefault(name: TokenName): string {
  return DEFAULTS[name];
}

/** `var(--ct-…, default)` for a stylesheet: the page's value, else the table's default. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${DEFAULTS[name]})`);
}
