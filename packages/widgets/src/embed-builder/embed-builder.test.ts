import { agencyWorkload, filterTasks } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test, vi as vitest } from 'vitest';
import { userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, settled, textOf } from '../../test/browser.js';
import { everyClass, overlay, served } from '../../test/overlays.js';
import type { SnippetCopyDetail } from '../events.js';
import { calendarPath, feedPath } from '../shared/subscription-paths.js';
import type { CtAgencyCard } from '../agency-card/agency-card.js';
import manifest from '../../custom-elements.json';
import { CtEmbedBuilder, PREVIEW_TASKS } from './embed-builder.js';
import { enBuilder as en } from '../translations/en.builder.js';
import { MANIFEST_ATTRIBUTES } from './widget-attributes.js';
import {
  EMBEDDABLE_WIDGETS,
  embedAttributes,
  embedCommand,
  embedSnippet,
  folderOf,
  iframeSnippet,
  IFRAME_HEIGHT,
  scriptInFolder,
  THEME_FILE,
  themeStylesheet,
  WIDGET_ATTRIBUTES,
  NOT_OFFERED,
  type EmbedConfig,
} from './snippet.js';

/** What the test reads of custom-elements.json. */
interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
}

const SCRIPT = 'https://cdn.example.org/chuongtrinh/chuongtrinh.js';
const snippetOf = (builder: CtEmbedBuilder) => part<HTMLTextAreaElement>(builder, 'textarea').value;
const preview = (builder: CtEmbedBuilder) => part(builder, '.preview-frame').firstElementChild as HTMLElement;
const field = <T extends HTMLElement>(builder: CtEmbedBuilder, name: string) => part<T>(builder, `[name="${name}"]`);

/** The element a snippet writes, parsed as a browser would parse the pasted HTML. */
function pastedElement(snippet: string): Element {
  const element = new DOMParser().parseFromString(snippet, 'text/html').body.querySelector('[lang]');
  if (!element) throw new Error(`no element in ${snippet}`);
  return element;
}

describe('embedSnippet', () => {
  test('writes the script, a link to the theme stylesheet only for changed colours, and the attributes the widget takes', () => {
    const config: EmbedConfig = {
      widget: 'ct-task-list',
      attributes: { agency: 'so-cong-thuong', 'agency-role': 'lead', controls: true, href: '/ignored', lang: 'en', query: '' },
      colors: { '--ct-color-accent': '#B71C1C', '--ct-color-text': '#1f2328', '--ct-color-border': 'red; } body { display:none' },
      pageFont: true,
    };
    expect(embedSnippet(config, SCRIPT)).toBe(
      [
        `<script type="module" src="${SCRIPT}"></script>`,
        `<link rel="stylesheet" href="https://cdn.example.org/chuongtrinh/${THEME_FILE}">`,
        '<ct-task-list agency="so-cong-thuong" agency-role="lead" controls lang="en"></ct-task-list>',
      ].join('\n'),
    );
    // No `<style>`: a page with `style-src 'self'` would block it.
    expect(embedSnippet(config, SCRIPT)).not.toContain('<style');
    expect(themeStylesheet(config)).toBe(
      ['ct-task-list,', 'ct-agency-card,', 'ct-deadline-timeline {', '  --ct-color-accent: #b71c1c;', '  --ct-font-family: inherit;', '}', ''].join('\n'),
    );
  });

  test('without chosen colours there is neither stylesheet nor link', () => {
    const config: EmbedConfig = { widget: 'ct-agency-card', attributes: { agency: 'so-noi-vu' }, colors: { '--ct-color-accent': '#0B57A4' }, pageFont: false };
    expect(themeStylesheet(config)).toBeUndefined();
    expect(embedSnippet(config, SCRIPT)).toBe(`<script type="module" src="${SCRIPT}"></script>\n<ct-agency-card agency="so-noi-vu"></ct-agency-card>`);
  });

  test('status overlays named relative to the folder are written beside the script; placed URLs stay as they are', () => {
    const config: EmbedConfig = {
      widget: 'ct-deadline-timeline',
      attributes: { 'status-src': ' trang-thai/so-y-te.json  /data/so-noi-vu.json https://other.example/x.json ', 'as-of': '2024-06-30' },
      colors: {},
      pageFont: false,
    };
    expect(embedAttributes(config, '/js/chuongtrinh/chuongtrinh.js')).toEqual([
      ['status-src', '/js/chuongtrinh/trang-thai/so-y-te.json /data/so-noi-vu.json https://other.example/x.json'],
      ['as-of', '2024-06-30'],
    ]);
  });

  test('the folder of the files gives the script, and the script its folder', () => {
    expect(scriptInFolder('/js/chuongtrinh/')).toBe('/js/chuongtrinh/chuongtrinh.js');
    expect(scriptInFolder(' https://cdn.example.org/ct ')).toBe('https://cdn.example.org/ct/chuongtrinh.js');
    expect(scriptInFolder('/js/chuongtrinh.js?v=2')).toBe('/js/chuongtrinh.js?v=2');
    expect(folderOf(SCRIPT)).toBe('https://cdn.example.org/chuongtrinh/');
  });

  test('every attribute in custom-elements.json is offered or left out on purpose (NOT_OFFERED), and nothing else is offered', () => {
    for (const widget of EMBEDDABLE_WIDGETS) {
      const declaration = (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === widget);
      const declared = (declaration?.attributes ?? []).map((attribute) => attribute.name);
      expect(declared.filter((name) => !(name in NOT_OFFERED)).sort(), widget).toEqual([...WIDGET_ATTRIBUTES[widget]].sort());
      expect(WIDGET_ATTRIBUTES[widget], widget).toEqual(expect.arrayContaining(['status-src', 'as-of', 'heading-level', 'theme']));
    }
    expect(Object.keys(NOT_OFFERED).every((name) => EMBEDDABLE_WIDGETS.some((widget) => MANIFEST_ATTRIBUTES[widget].some(([declared]) => declared === name)))).toBe(true);
  });

  test('escapes what a visitor typed', () => {
    const config: EmbedConfig = { widget: 'ct-task-list', attributes: { query: 'a" onload="x()' }, colors: {}, pageFont: false };
    const snippet = embedSnippet(config, SCRIPT);
    expect(snippet).toContain('query="a&quot; onload=&quot;x()"');
    expect(new DOMParser().parseFromString(snippet, 'text/html').querySelector('ct-task-list')!.getAttributeNames()).toEqual(['query']);
  });
});

describe('embedCommand and iframeSnippet', () => {
  const config: EmbedConfig = { widget: 'ct-task-list', attributes: { agency: 'so-cong-thuong', controls: true, query: "điện gió's", lang: 'vi' }, colors: {}, pageFont: false };

  test('the command writes the same attributes as options, quoting what the shell would split', () => {
    expect(embedCommand(config, SCRIPT)).toBe(
      `npx chuongtrinh-widgets embed ct-task-list --agency so-cong-thuong --query 'điện gió'\\''s' --controls --lang vi --script-url ${SCRIPT}`,
    );
  });

  test('the iframe points at the widget\'s page beside the script, with a title, a fixed height and the resize script', () => {
    const [frame, script] = new DOMParser().parseFromString(iframeSnippet(config, SCRIPT, 'Nhiệm vụ'), 'text/html').querySelectorAll('iframe, script');
    const src = new URL(frame!.getAttribute('src')!);
    expect(src.href.startsWith('https://cdn.example.org/chuongtrinh/embed/ct-task-list.html?')).toBe(true);
    expect(Object.fromEntries(src.searchParams)).toEqual({ 'co-quan': 'so-cong-thuong', query: "điện gió's", controls: '', lang: 'vi' });
    expect(frame!.getAttribute('title')).toBe('Nhiệm vụ');
    expect(frame!.getAttribute('height')).toBe(String(IFRAME_HEIGHT));
    expect(script!.getAttribute('src')).toBe('https://cdn.example.org/chuongtrinh/chuongtrinh-resize.js');
  });
});

describe('<ct-embed-builder>', () => {
  test('starts with a task list with controls, shown live and written as a snippet', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}"></ct-embed-builder>`);
    expect(snippetOf(builder)).toBe(`<script type="module" src="${SCRIPT}"></script>\n<ct-task-list controls lang="vi"></ct-task-list>`);
    expect(preview(builder).localName).toBe('ct-task-list');
    expect(preview(builder).hasAttribute('controls')).toBe(true);
    await expectNoAxeViolations();
  });

  test('the preview is the element the snippet writes, attributes and colours included', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.click(part(builder, 'input[value="ct-agency-card"]'));
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), 'so-cong-thuong');
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'lang'), 'en');
    await userEvent.fill(field<HTMLInputElement>(builder, 'href'), '/so-cong-thuong/nhiem-vu');
    const accent = field<HTMLInputElement>(builder, '--ct-color-accent');
    accent.value = '#b71c1c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.updateComplete;

    const snippet = snippetOf(builder);
    expect(snippet).toContain(`<link rel="stylesheet" href="https://cdn.example.org/chuongtrinh/${THEME_FILE}">`);
    expect(part<HTMLTextAreaElement>(builder, '[part~="theme"] textarea').value).toContain('--ct-color-accent: #b71c1c;');
    const download = part<HTMLAnchorElement>(builder, '[part~="theme"] a');
    expect(download.download).toBe(THEME_FILE);
    expect(await (await fetch(download.href)).text()).toBe(part<HTMLTextAreaElement>(builder, '[part~="theme"] textarea').value);
    const pasted = pastedElement(snippet);
    const shown = preview(builder);
    expect(shown.localName).toBe(pasted.localName);
    expect(Object.fromEntries(shown.getAttributeNames().filter((name) => name !== 'style').map((name) => [name, shown.getAttribute(name)]))).toEqual(
      Object.fromEntries(pasted.getAttributeNames().map((name) => [name, pasted.getAttribute(name)])),
    );
    expect(shown.style.getPropertyValue('--ct-color-accent')).toBe('#b71c1c');

    const card = shown as CtAgencyCard;
    await settled(card);
    expect(textOf(part(card, '[part~="name-en"]'))).toBe(program.agencies.find((agency) => agency.id === 'so-cong-thuong')!.nameEn);
    expect(textOf(part(card, '[part~="count"] dd'))).toBe(String(agencyWorkload(program, 'so-cong-thuong')!.lead));
    await expectNoAxeViolations();
  });

  test('offers each widget its own attributes; the role needs an agency; the card says it needs one', async () => {
    const builder = await mount<CtEmbedBuilder>('<ct-embed-builder lang="en"></ct-embed-builder>');
    expect(field<HTMLSelectElement>(builder, 'agency-role').disabled).toBe(true);
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), 'so-noi-vu');
    expect(field<HTMLSelectElement>(builder, 'agency-role').disabled).toBe(false);
    await userEvent.click(part(builder, 'input[value="ct-deadline-timeline"]'));
    expect(builder.shadowRoot!.querySelector('[name="controls"]')).toBeNull();
    expect(field<HTMLInputElement>(builder, 'as-of').type).toBe('date');
    await userEvent.click(part(builder, 'input[value="ct-agency-card"]'));
    expect(field<HTMLSelectElement>(builder, 'agency').value).toBe('so-noi-vu');
    const warnings = allowWarnings();
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), '');
    expect(textOf(part(builder, '#agency-required'))).toBe(en.agencyRequired);
    await settled(preview(builder) as CtAgencyCard);
    expect(warnings).toHaveBeenCalledTimes(1);
  });

  test('switching to the card picks an agency when none is chosen, so the preview is never empty', async () => {
    const builder = await mount<CtEmbedBuilder>('<ct-embed-builder></ct-embed-builder>');
    await userEvent.click(part(builder, 'input[value="ct-agency-card"]'));
    const first = [...program.agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi'))[0]!;
    expect(pastedElement(snippetOf(builder)).getAttribute('agency')).toBe(first.id);
    await settled(preview(builder) as CtAgencyCard);
    expect(textOf(part(preview(builder), '[part~="name"]'))).toBe(first.name);
  });

  test('copies the snippet, says so, and fires ct-snippet-copy', async () => {
    const builder = await mount<CtEmbedBuilder>('<ct-embed-builder lang="en"></ct-embed-builder>');
    const writeText = vitest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const copied: SnippetCopyDetail[] = [];
    document.addEventListener('ct-snippet-copy', (event) => copied.push(event.detail), { once: true });
    await userEvent.click(part(builder, '[part~="copy-button"]'));
    await builder.updateComplete;
    expect(writeText).toHaveBeenCalledWith(snippetOf(builder));
    expect(copied).toEqual([{ snippet: snippetOf(builder) }]);
    expect(textOf(part(builder, '[role="status"]'))).toBe(en.copied);
  });

  test('when the clipboard refuses, selects the code for the visitor instead', async () => {
    const builder = await mount<CtEmbedBuilder>('<ct-embed-builder lang="en"></ct-embed-builder>');
    vitest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await userEvent.click(part(builder, '[part~="copy-button"]'));
    await builder.updateComplete;
    const textarea = part<HTMLTextAreaElement>(builder, 'textarea');
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, textarea.value.length]);
    expect(textOf(part(builder, '[role="status"]'))).toBe(en.copyFailed);
  });

  test('with src, the snippet carries the same dataset URL', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(program)], { type: 'application/json' }));
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder src="${url}" lang="en"></ct-embed-builder>`);
    expect(pastedElement(snippetOf(builder)).getAttribute('src')).toBe(url);
  });

  test('offers the iframe form, titled after the widget and agency', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), 'so-cong-thuong');
    await userEvent.click(part(builder, 'input[name="form"][value="iframe"]'));
    const frame = new DOMParser().parseFromString(snippetOf(builder), 'text/html').querySelector('iframe')!;
    expect(frame.title).toBe(`${en.widgets['ct-task-list']}: Sở Công Thương`);
    expect(new URL(frame.src).searchParams.get('co-quan')).toBe('so-cong-thuong');
    expect(textOf(part(builder, '#snippet-help'))).toContain(en.formHelp.iframe);
    await expectNoAxeViolations();
  });

  test('the plain-HTML form is the preview frozen into declarative shadow DOM, without a script', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), 'so-cong-thuong');
    await settled(preview(builder) as CtAgencyCard);
    await userEvent.click(part(builder, 'input[name="form"][value="html"]'));
    await expect.poll(() => snippetOf(builder)).not.toBe('');
    const code = snippetOf(builder);
    expect(code).not.toContain('<script');
    const host = document.createElement('div');
    host.setHTMLUnsafe(code);
    const pasted = host.querySelector('ct-task-list')!;
    // Frozen uncapped: every task of the agency, not only the preview's first ones.
    const tasks = filterTasks(program, { agency: 'so-cong-thuong' });
    expect(tasks.length).toBeGreaterThan(PREVIEW_TASKS);
    expect(pasted.shadowRoot!.querySelectorAll('[part~="task"]').length).toBe(tasks.length);
    expect(preview(builder).shadowRoot!.querySelectorAll('[part~="task"]').length).toBe(PREVIEW_TASKS);
    expect(pasted.shadowRoot!.querySelector('style')!.textContent).toContain('.base');
  });

  test('in the script form, gives the command of the prerendered snippet and lists the agency\'s subscription files', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.selectOptions(field<HTMLSelectElement>(builder, 'agency'), 'so-cong-thuong');
    expect(part<HTMLInputElement>(builder, '[part~="command"]').value).toContain('embed ct-task-list --agency so-cong-thuong --controls');
    expect(parts<HTMLAnchorElement>(builder, '[part~="subscriptions"] a').map((link) => link.href)).toEqual([
      'https://cdn.example.org/chuongtrinh/lich/so-cong-thuong.ics',
      'https://cdn.example.org/chuongtrinh/tin/so-cong-thuong.xml',
    ]);
  });

  test('the preview of a list shows its first tasks and says the real list shows all; a smaller limit is kept', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await settled(preview(builder) as CtAgencyCard);
    expect(preview(builder).shadowRoot!.querySelectorAll('[part~="task"]').length).toBe(PREVIEW_TASKS);
    expect(textOf(part(builder, '[part~="preview"]'))).toContain(en.previewCapped(PREVIEW_TASKS));
    expect(pastedElement(snippetOf(builder)).hasAttribute('limit')).toBe(false);
    await expectNoAxeViolations();
    await userEvent.fill(field<HTMLInputElement>(builder, 'limit'), '3');
    await settled(preview(builder) as CtAgencyCard);
    expect(preview(builder).shadowRoot!.querySelectorAll('[part~="task"]').length).toBe(3);
    expect(textOf(part(builder, '[part~="preview"]'))).not.toContain(en.previewCapped(PREVIEW_TASKS));
  });

  test('the folder field moves the script, the theme link, the command, the subscription files and relative overlays', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    expect(field<HTMLInputElement>(builder, 'folder').value).toBe('https://cdn.example.org/chuongtrinh/');
    await userEvent.fill(field<HTMLInputElement>(builder, 'folder'), '/js/ct');
    const accent = field<HTMLInputElement>(builder, '--ct-color-accent');
    accent.value = '#1e6b34';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    // The preview asks for the overlay where the snippet says it is; there is none in this test.
    const warnings = allowWarnings();
    await userEvent.fill(field<HTMLInputElement>(builder, 'status-src'), 'trang-thai.json');
    field<HTMLInputElement>(builder, 'status-src').dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    await settled(preview(builder) as CtAgencyCard);
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining(`${location.origin}/js/ct/trang-thai.json`));
    const pasted = new DOMParser().parseFromString(snippetOf(builder), 'text/html');
    expect(pasted.querySelector('script')!.getAttribute('src')).toBe('/js/ct/chuongtrinh.js');
    expect(pasted.querySelector('link')!.getAttribute('href')).toBe(`/js/ct/${THEME_FILE}`);
    expect(pasted.querySelector('ct-task-list')!.getAttribute('status-src')).toBe('/js/ct/trang-thai.json');
    expect(part<HTMLTextAreaElement>(builder, '[part~="command"]').value).toContain('--script-url /js/ct/chuongtrinh.js');
    expect(parts<HTMLAnchorElement>(builder, '[part~="subscriptions"] a').map((link) => new URL(link.href).pathname)).toEqual([
      `/js/ct/${calendarPath(program.id)}`,
      `/js/ct/${feedPath(program.id)}`,
    ]);
  });

  test('a folder that is not a path or a web address is named as wrong, and the code keeps the last good one', async () => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.fill(field<HTMLInputElement>(builder, 'folder'), 'javascript:alert(1)//');
    expect(field<HTMLInputElement>(builder, 'folder').getAttribute('aria-invalid')).toBe('true');
    expect(textOf(part(builder, '#folder-invalid'))).toBe(en.folderInvalid);
    expect(new DOMParser().parseFromString(snippetOf(builder), 'text/html').querySelector('script')!.getAttribute('src')).toBe(SCRIPT);
    await expectNoAxeViolations();
  });

  test.each(EMBEDDABLE_WIDGETS)('%s takes status-src and as-of from the form, in the snippet and the preview', async (widget) => {
    const builder = await mount<CtEmbedBuilder>(`<ct-embed-builder script-url="${SCRIPT}" lang="en"></ct-embed-builder>`);
    await userEvent.click(part(builder, `input[name="widget"][value="${widget}"]`));
    const src = served(overlay(everyClass().entries));
    await userEvent.fill(field<HTMLInputElement>(builder, 'status-src'), src);
    field<HTMLInputElement>(builder, 'status-src').dispatchEvent(new Event('change', { bubbles: true }));
    await userEvent.fill(field<HTMLInputElement>(builder, 'as-of'), '2024-06-30');
    await builder.updateComplete;
    const pasted = pastedElement(snippetOf(builder));
    expect([pasted.localName, pasted.getAttribute('status-src'), pasted.getAttribute('as-of')]).toEqual([widget, src, '2024-06-30']);
    expect([preview(builder).getAttribute('status-src'), preview(builder).getAttribute('as-of')]).toEqual([src, '2024-06-30']);
    await settled(preview(builder) as CtAgencyCard);
  });
});
