/**
 * Themes made only of the widgets' `--ct-*` custom properties, as a site would set them in its own
 * stylesheet. `theming.stories.ts` shows each; the toolbar's "Theme" menu puts any story in one;
 * `theming.mdx` prints them as CSS. Every colour pair that carries text passes WCAG AA, which the
 * accessibility check of each story verifies.
 */
export type Theme = Readonly<Record<`--ct-${string}`, string>>;

export const THEMES = {
  /** The widgets' own defaults: nothing set. */
  default: {},

  /** A provincial portal in the red and yellow of the national colours. */
  provincial: {
    '--ct-font-family': "Roboto, 'Noto Sans', Arial, sans-serif",
    '--ct-color-text': '#2b1a12',
    '--ct-color-muted': '#5c3b2e',
    '--ct-color-accent': '#a50e0e',
    '--ct-color-focus': '#a50e0e',
    '--ct-color-surface': '#fffbea',
    '--ct-color-border': '#e0b400',
    '--ct-color-highlight': '#ffd95a',
    '--ct-color-marker': '#a50e0e',
    '--ct-color-error': '#8c0b0b',
    '--ct-color-error-surface': '#ffeede',
    '--ct-color-on-time': '#1d5e2e',
    '--ct-color-late': '#7a4100',
    '--ct-color-overdue': '#a50e0e',
    '--ct-radius': '0',
  },

  /** An agency site in navy, with a serif face and more air. */
  navy: {
    '--ct-font-family': "Georgia, 'Noto Serif', 'Times New Roman', serif",
    '--ct-font-size': '16px',
    '--ct-color-text': '#0d1b2a',
    '--ct-color-muted': '#3d4f63',
    '--ct-color-accent': '#12355b',
    '--ct-color-focus': '#c77c00',
    '--ct-color-surface': '#f3f6fa',
    '--ct-color-border': '#9fb3c8',
    '--ct-color-highlight': '#ffe8a3',
    '--ct-color-marker': '#9e2a1f',
    '--ct-color-error': '#9e2a1f',
    '--ct-color-error-surface': '#fbe9e7',
    '--ct-color-on-time': '#1a5e30',
    '--ct-color-late': '#7d4400',
    '--ct-color-overdue': '#9e2a1f',
    '--ct-radius': '8px',
    '--ct-spacing': '1.5em',
  },

  /** High contrast: white on black, yellow for what can be acted on, larger text. */
  'high-contrast': {
    '--ct-font-size': '18px',
    '--ct-color-text': '#ffffff',
    '--ct-color-muted': '#ffffff',
    '--ct-color-accent': '#ffff00',
    '--ct-color-focus': '#00ffff',
    '--ct-color-surface': '#000000',
    '--ct-color-border': '#ffffff',
    // Matches keep the text colour (white), so their background has to be dark.
    '--ct-color-highlight': '#0047ab',
    '--ct-color-marker': '#00ffff',
    '--ct-color-error': '#ffff00',
    '--ct-color-error-surface': '#000000',
    '--ct-color-on-time': '#66ff66',
    '--ct-color-late': '#ffb000',
    // The overdue colour is both text on the surface and the background of a white "overdue"
    // badge (white is fixed in the widgets), so on black it has to sit mid-way: 4.6:1 against
    // black, 4.5:1 against white.
    '--ct-color-overdue': '#ee0000',
    '--ct-radius': '0',
  },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

/** Human names for the toolbar and the docs. */
export const THEME_TITLES: Record<ThemeName, string> = {
  default: 'Default',
  provincial: 'Provincial portal (red and yellow)',
  navy: 'Agency site (navy)',
  'high-contrast': 'High contrast',
};

/** The theme as a `style` attribute value. */
export function themeStyle(name: ThemeName | undefined): string {
  return Object.entries(THEMES[name ?? 'default'] ?? {})
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
}

/** The theme as the CSS a site would write. */
export function themeCss(name: ThemeName, selector = 'ct-task-list,\nct-agency-card,\nct-deadline-timeline'): string {
  const declarations = Object.entries(THEMES[name]).map(([property, value]) => `  ${property}: ${value};`);
  return `${selector} {\n${declarations.join('\n')}\n}`;
}
