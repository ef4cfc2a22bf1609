/** The themes an element can take (`theme` attribute); `auto` follows the visitor's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The palettes of the token table: what `light` and `dark` (and `auto`, by the visitor's setting) use. */
export type Palette = Exclude<Theme, 'auto'>;

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}
