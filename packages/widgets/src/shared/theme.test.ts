import { describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, settled, textOf } from '../../test/browser.js';
import '../index.js';
import { vi } from '../translations/vi.js';
import type { CtElement } from './ct-element.js';
import type { Palette } from './theme.js';
import { tokenDefault, type ColorToken } from './tokens.js';
import { problemVi } from '../translations/problems.vi.js';

/** WCAG 2 relative luminance of `#rrggbb` or `rgb(r, g, b)`. */
function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16))
    : colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every pair of colours the styles put text in, foreground first. */
const TEXT_PAIRS: Array<[ColorToken, ColorToken]> = [
  ['--ct-color-text', '--ct-color-surface'],
  ['--ct-color-muted', '--ct-color-surface'],
  ['--ct-color-accent', '--ct-color-surface'],
  ['--ct-color-error', '--ct-color-surface'],
  ['--ct-color-overdue', '--ct-color-surface'],
  ['--ct-color-late', '--ct-color-surface'],
  ['--ct-color-on-time', '--ct-color-surface'],
  ['--ct-color-marker', '--ct-color-surface'],
  ['--ct-color-text', '--ct-color-highlight'],
  ['--ct-color-text', '--ct-color-error-surface'],
  ['--ct-color-error', '--ct-color-error-surface'],
  // The filled overdue badge.
  ['--ct-color-surface', '--ct-color-overdue'],
];
const PALETTES: Palette[] = ['light', 'dark'];

describe('the token table', () => {
  test.each(PALETTES.flatMap((palette) => TEXT_PAIRS.map(([fg, bg]) => [palette, fg, bg] as const)))('%s: %s on %s has a contrast of at least 4.5:1', (palette, fg, bg) => {
    expect(contrast(tokenDefault(fg, palette), tokenDefault(bg, palette))).toBeGreaterThanOrEqual(4.5);
  });

  test.each(PALETTES)('%s: the focus outline and borders stand out of the surface (3:1 for the outline)', (palette) => {
    expect(contrast(tokenDefault('--ct-color-focus', palette), tokenDefault('--ct-color-surface', palette))).toBeGreaterThanOrEqual(3);
  });

  test('dark differs from light for every colour a surface is drawn with', () => {
    for (const name of ['--ct-color-surface', '--ct-color-text', '--ct-color-highlight'] as const) expect(tokenDefault(name, 'dark')).not.toBe(tokenDefault(name, 'light'));
  });
});

describe('the theme attribute, in Chromium', () => {
  test.each(PALETTES)('theme="%s": the card is drawn in that palette, its text readable', async (palette) => {
    const card = await mount(`<ct-agency-card agency="so-cong-thuong" theme="${palette}"></ct-agency-card>`);
    const base = getComputedStyle(part(card, '[part~="base"]'));
    expect(luminance(base.color)).toBeCloseTo(luminance(tokenDefault('--ct-color-text', palette)), 5);
    expect(luminance(base.backgroundColor)).toBeCloseTo(luminance(tokenDefault('--ct-color-surface', palette)), 5);
    expect(base.colorScheme).toBe(palette);
    const muted = getComputedStyle(part(card, '[part~="name-en"]')).color;
    expect(contrast(muted, base.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(base.color, base.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    await expectNoAxeViolations();
  });

  test('a page colour still wins over the theme', async () => {
    const card = await mount('<ct-agency-card agency="so-cong-thuong" theme="dark" style="--ct-color-surface: #000000"></ct-agency-card>');
    expect(getComputedStyle(part(card, '[part~="base"]')).backgroundColor).toBe('rgb(0, 0, 0)');
  });

  test('without theme (auto), the visitor\'s dark setting gives the dark palette; theme="light" keeps light; paper is light', async () => {
    const surface = (element: Element) => getComputedStyle(part(element, '[part~="base"]')).backgroundColor;
    const auto = await mount('<ct-agency-card agency="so-cong-thuong"></ct-agency-card><ct-agency-card agency="so-tai-chinh" theme="light"></ct-agency-card>');
    const light = document.querySelector<CtElement>('ct-agency-card[theme="light"]')!;
    await settled(light);
    try {
      await commands.emulateMedia('screen', 'dark');
      expect(luminance(surface(auto))).toBeCloseTo(luminance(tokenDefault('--ct-color-surface', 'dark')), 5);
      expect(luminance(surface(light))).toBeCloseTo(luminance(tokenDefault('--ct-color-surface', 'light')), 5);
      await expectNoAxeViolations();
      await commands.emulateMedia('print', 'dark');
      expect(luminance(getComputedStyle(auto).getPropertyValue('--ct-default-color-surface'))).toBeCloseTo(luminance(tokenDefault('--ct-color-surface', 'light')), 5);
    } finally {
      await commands.emulateMedia('screen', 'light');
    }
  });

  test('a theme that is none is reported, and the card keeps the default', async () => {
    const warn = allowWarnings();
    const card = await mount('<ct-agency-card agency="so-cong-thuong" theme="sepia" debug></ct-agency-card>');
    expect(textOf(part(card, '[part~="problems"] li'))).toBe(problemVi({ code: 'malformed-attribute', field: 'theme', value: 'sepia' }));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
