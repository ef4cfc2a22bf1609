import { unsafeCSS, type CSSResult } from 'lit';
import type { Palette } from './theme.js';

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
  '--ct-color-text': { description: 'Text colour.', light: '#1f2328', dark: '#e6e8eb' },
  '--ct-color-muted': { description: 'Secondary text.', light: '#545b64', dark: '#b1b8c0' },
  '--ct-color-accent': { description: 'Links, buttons and counts.', light: '#0b57a4', dark: '#8cc2ff' },
  '--ct-color-focus': { description: 'Focus outline.', light: '#0b57a4', dark: '#8cc2ff' },
  '--ct-color-surface': { description: 'Background.', light: '#ffffff', dark: '#16191d' },
  '--ct-color-border': { description: 'Borders and separators.', light: '#c9ced6', dark: '#4a525c' },
  '--ct-color-highlight': { description: 'Background of search matches and of the targeted task.', light: '#fff1a8', dark: '#5c4a00' },
  '--ct-color-marker': { description: 'The as-of marker of the timeline, drawn calmly (not an alarm).', light: '#545b64', dark: '#b1b8c0' },
  '--ct-color-error': { description: 'Problem text and border.', light: '#b3261e', dark: '#ff9b8f' },
  '--ct-color-error-surface': { description: 'Problem background.', light: '#fcebea', dark: '#3a1d1b' },
  '--ct-color-overdue': { description: 'Overdue tasks and deadlines.', light: '#b3261e', dark: '#ff9b8f' },
  '--ct-color-late': { description: 'Tasks and deadlines done late.', light: '#8a4b00', dark: '#f2b872' },
  '--ct-color-on-time': { description: 'Tasks and deadlines done on time.', light: '#1e6b34', dark: '#7fd48f' },
  '--ct-radius': { description: 'Corner radius.', light: '4px' },
  '--ct-spacing': { description: 'Inner padding.', light: '1em' },
} as const satisfies Record<`--ct-${string}`, { description: string; light: string; dark?: string }>;

export type TokenName = keyof typeof TOKENS;
/** The tokens that are colours (`--ct-color-…`): the builder and Storybook offer a colour picker for them. */
export type ColorToken = Extract<TokenName, `--ct-color-${string}`>;
export const isColorToken = (name: string): name is ColorToken => name.startsWith('--ct-color-');

/** The default of `name` in `palette` (light when the token has no dark default of its own). */
export function tokenDefault(name: TokenName, palette: Palette = 'light'): string {
  const entry: { light: string; dark?: string } = TOKENS[name];
  return (palette === 'dark' ? entry.dark : undefined) ?? entry.light;
}

const THEMED = (Object.keys(TOKENS) as TokenName[]).filter((name) => 'dark' in TOKENS[name]);
/** The private property holding a themed token's default on the host (`--ct-color-text` → `--ct-default-color-text`). */
const themedDefault = (name: TokenName) => `--ct-default-${name.slice('--ct-'.length)}`;

/**
 * `var(--ct-…, default)` for a stylesheet: the page's value, else the table's default. A token with
 * a dark default reads the default the host's theme chose (`themeCss`). (The pasted files have
 * these written out at build time: see tsup.config.ts.)
 */
export function tokenValue(name: TokenName): string {
  return `var(${name}, ${THEMED.includes(name) ? `var(${themedDefault(name)})` : TOKENS[name].light})`;
}

export function token(name: TokenName): CSSResult {
  return unsafeCSS(tokenValue(name));
}

const palette = (which: Palette) => THEMED.map((name) => `${themedDefault(name)}:${tokenDefault(name, which)};`).join('') + `--ct-default-scheme:${which};`;

/**
 * The defaults of the host's theme: light, dark with `theme="dark"`, or (`auto`, the default) as the
 * visitor's system says. Paper is always light: a dark page would print as a slab of ink.
 */
export function themeCss(): string {
  return (
    `:host{${palette('light')}}` +
    `@media screen{:host([theme='dark']){${palette('dark')}}}` +
    `@media screen and (prefers-color-scheme: dark){:host(:not([theme='light'])){${palette('dark')}}}`
  );
}

export function themeStyles(): CSSResult {
  return unsafeCSS(themeCss());
}
