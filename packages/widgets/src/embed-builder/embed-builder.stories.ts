import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { settled, textOf, widgetIn } from '../../stories/fixtures.js';
import { controlsFor, embed } from '../../stories/manifest.js';
import './embed-builder.js';
import { PREVIEW_TASKS } from './embed-builder.js';
import { viBuilder as vi } from '../translations/vi.builder.js';
import { enBuilder as en } from '../translations/en.builder.js';
import { THEME_FILE } from './snippet.js';

const TAG = 'ct-embed-builder';
const SCRIPT = '/js/chuongtrinh/chuongtrinh.js';

const meta = preview.meta({
  title: 'Widgets/Embed builder',
  component: TAG,
  argTypes: controlsFor(TAG),
  render: (args) => embed(TAG, args),
  play: async ({ canvasElement }) => settled(canvasElement),
});

const builderIn = (canvas: HTMLElement) => widgetIn(canvas).shadowRoot!;

/** A webmaster's first view: the code and its copy button beside the form, the preview of a list's first tasks below the form. */
export const Default = meta.story({
  args: { 'script-url': SCRIPT },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const root = builderIn(canvasElement);
    await expect(root.querySelector<HTMLTextAreaElement>('[part~="snippet"]')!.value).toContain(`src="${SCRIPT}"`);
    await waitFor(() => expect(root.querySelector('.preview-frame ct-task-list')!.shadowRoot!.querySelectorAll('[part~="task"]')).toHaveLength(PREVIEW_TASKS));
    await expect(textOf(root.querySelector('[part~="preview"]'))).toContain(vi.previewCapped(PREVIEW_TASKS));
  },
});

/** In English. */
export const English = meta.story({ args: { 'script-url': SCRIPT, lang: 'en' } });

/** In a 20em column (a phone, or a page at 400 % zoom): the code and its copy button first, then the form, then the preview. */
export const Narrow = meta.story({
  args: { 'script-url': SCRIPT },
  render: (args) => html`<div style="max-width: 20em">${embed(TAG, args)}</div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const root = builderIn(canvasElement);
    const copy = root.querySelector('[part~="copy-button"]')!.getBoundingClientRect();
    await expect(copy.bottom).toBeLessThan(root.querySelector('[part~="form"]')!.getBoundingClientRect().top);
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth);
  },
});

/** An accent chosen: the colour file to save beside the script, and the snippet's link to it (no inline style). */
export const WithColours = meta.story({
  args: { 'script-url': SCRIPT, lang: 'en' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const root = builderIn(canvasElement);
    const accent = root.querySelector<HTMLInputElement>('input[name="--ct-color-accent"]')!;
    accent.value = '#8a1c1c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(root.querySelector('[part~="theme"]')).not.toBeNull());
    const snippet = root.querySelector<HTMLTextAreaElement>('[part~="snippet"]')!.value;
    await expect(snippet).toContain(`<link rel="stylesheet" href="/js/chuongtrinh/${THEME_FILE}">`);
    await expect(snippet).not.toContain('<style');
    await expect(textOf(root.querySelector('[part~="theme"]'))).toContain(en.downloadTheme);
  },
});
