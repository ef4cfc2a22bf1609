import { agencyWorkload } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test, vi as vitest } from 'vitest';
import { userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, settled, textOf } from '../../test/browser.js';
import type { SnippetCopyDetail } from '../events.js';
import type { CtAgencyCard } from '../agency-card/agency-card.js';
import { CtEmbedBuilder } from './embed-builder.js';
import { en } from './embed-builder.translations.js';
import { embedCommand, embedSnippet, iframeSnippet, IFRAME_HEIGHT, type EmbedConfig } from './snippet.js';

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
  test('writes the script, a style only for changed colours, and the attributes the widget takes', () => {
    const config: EmbedConfig = {
      widget: 'ct-task-list',
      attributes: { agency: 'so-cong-thuong', 'agency-role': 'lead', controls: true, href: '/ignored', lang: 'en', query: '' },
      colors: { '--ct-color-accent': '#B71C1C', '--ct-color-text': '#1f2328', '--ct-color-border': 'red; } body { display:none' },
      pageFont: true,
    };
    expect(embedSnippet(config, SCRIPT)).toBe(
      [
        `<script type="module" src="${SCRIPT}"></script>`,
        '<style>',
        '  ct-task-list {',
        '    --ct-color-accent: #b71c1c;',
        '    --ct-font-family: inherit;',
        '  }',
        '</style>',
        '<ct-task-list agency="so-cong-thuong" agency-role="lead" controls lang="en"></ct-task-list>',
      ].join('\n'),
    );
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
    expect(snippet).toContain('--ct-color-accent: #b71c1c;');
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
    expect(pasted.shadowRoot!.querySelectorAll('[part~="task"]').length).toBe(preview(builder).shadowRoot!.querySelectorAll('[part~="task"]').length);
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
});
