import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: the `--ct-*` custom properties a page sets to restyle the widgets, each with
 * its default. Everything else reads this table: the styles' fallbacks (`token()`), the defaults
 * in the custom-elements manifest (its `published-modules` plugin), the embed builder's colour
 * pickers and Storybook's controls. Each default is named by its theme (`light`), so that a
 * second palette (`dark`) is a second key of each token, not a second table.
 */
export const TOKENS = {
  '--ct-font-family': { description: 'Font of the widget; `inherit` takes the page’s.', light: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
  '--ct-font-size': { description: 'Base text size, in px (never rem).', light: '15px' },
  '--ct-color-text': { description: 'Text colour.', light: '#1f2328' },
  '--ct-color-muted': { description: 'Secondary text.', light: '#545b64' },
  '--ct-color-accent': { description: 'Links, buttons and counts.', light: '#0b57a4' },
  '--ct-color-focus': { description: 'Focus outline.', light: '#0b57a4' },
  '--ct-color-surface': { description: 'Background.', light: '#ffffff' },
  '--ct-color-border': { description: 'Borders and separators.', light: '#c9ced6' },
  '--ct-color-highlight': { description: 'Background of search matches and of the targeted task.', light: '#fff1a8' },
  '--ct-color-marker': { description: 'The as-of marker of the timeline, drawn calmly (not an alarm).', light: '#545b64' },
  '--ct-color-error': { description: 'Problem text and border.', light: '#b3261e' },
  '--ct-color-error-surface': { description: 'Problem background.', light: '#fcebea' },
  '--ct-color-overdue': { description: 'Overdue tasks and deadlines.', light: '#b3261e' },
  '--ct-color-late': { description: 'Tasks and deadlines done late.', light: '#8a4b00' },
  '--ct-color-on-time': { description: 'Tasks and deadlines done on time.', light: '#1e6b34' },
  '--ct-radius': { description: 'Corner radius.', light: '4px' },
  '--ct-spacing': { description: 'Inner padding.', light: '1em' },
} as const satisfies Record<`--ct-${string}`, { description: string; light: string }>;

export type TokenName = keyof typeof TOKENS;
/** The tokens that are colours (`--ct-color-…`): the builder and Storybook offer a colour picker for them. */
export type ColorToken = Extract<TokenName, `--ct-color-${string}`>;
export const isColorToken = (name: string): name is ColorToken => name.startsWith('--ct-color-');

/** The default of `name` (in the light theme, the only one so far). */
export function tokenDefault(name: TokenName): string {
  return TOKENS[name].light;
}

/** `var(--ct-…, default)` for a stylesheet: the page's value, else the table's default. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${TOKENS[name].light})`);
}
