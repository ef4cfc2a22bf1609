import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { LEADS_MOST } from './data.js';
import { settled } from './fixtures.js';
import { customProperties, embed } from './manifest.js';
import { everyClassSrc, FIRST_YEAR, firstYearSrc, STATUS_AS_OF } from './status.js';
import { THEMES, type ThemeName } from './themes.js';

/**
 * The three widgets side by side in each theme, with a search match, a link, the as-of marker,
 * status badges, overdue deadlines and a problem box, so that every colour a theme sets is on
 * screen. The theme is applied the way a site would: custom properties on an ancestor (here the
 * story's page, through the "Theme" global, which the toolbar offers for every story).
 */
const statusOf = { 'status-src': everyClassSrc(), 'as-of': STATUS_AS_OF };
// Explicit type arguments pick the overload for a meta without a component; inferring would try
// every tag name in HTMLElementTagNameMap (TS2590).
const meta = preview.meta<object, Decorator<object>, object>({
  title: 'Themes',
  render: () => html`<div style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(min(22em, 100%), 1fr)); align-items: start">
    <div style="display: grid; gap: 1em; grid-template-columns: minmax(0, 1fr)">
      ${embed('ct-task-list', { query: 'năng lượng', limit: 1, controls: true })}
      ${embed('ct-task-list', { ...FIRST_YEAR, 'status-src': firstYearSrc(), 'as-of': STATUS_AS_OF })}
    </div>
    <div style="display: grid; gap: 1em; grid-template-columns: minmax(0, 1fr)">
      ${embed('ct-agency-card', { agency: LEADS_MOST, href: `/${LEADS_MOST}/nhiem-vu`, ...statusOf })}
      ${embed('ct-agency-card', { agency: 'so-y-tee' })}
    </div>
    ${embed('ct-deadline-timeline', statusOf)}
  </div>`,
  // The misspelt agency of the second card.
  parameters: { expectedWarnings: 1 },
  play: async ({ canvasElement, globals }) => {
    await settled(canvasElement);
    // A theme names only custom properties that the widgets document: a renamed or misspelt
    // property would silently do nothing.
    const known = customProperties().map((property) => property.name);
    for (const property of Object.keys(THEMES[globals['theme'] as ThemeName])) await expect(known).toContain(property);
  },
});

/** The widgets' own look: nothing set. */
export const Default = meta.story({ globals: { theme: 'default' } });

/** A provincial portal in red and yellow. */
export const ProvincialPortal = meta.story({ globals: { theme: 'provincial' } });

/** An agency site in navy, serif type, rounder and roomier. */
export const NavyAgency = meta.story({ globals: { theme: 'navy' } });

/** High contrast: white on black, yellow for what can be acted on, larger text. */
export const HighContrast = meta.story({ globals: { theme: 'high-contrast' } });
