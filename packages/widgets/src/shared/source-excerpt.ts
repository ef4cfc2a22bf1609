import type { SourceSpan } from '@chuongtrinh/core';
import { formatSourceLines, sourceExcerpt, type SourceExcerpt } from '@chuongtrinh/core/format';
import { html, nothing, render } from 'lit';
import type { Translation } from '../translations/translation.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import { loadSourceText } from './source-text.js';
import { sourceExcerptStyles } from './source-excerpt.styles.js';

/** Lines of the original text shown on each side of the record's own. */
const CONTEXT_LINES = 4;

/**
 * The lines of the text at `url` (`null`: the bundled dataset's) around `source`, or undefined
 * when there is no such text or its lines are not this record's (the text of another document).
 */
async function excerptOf(url: string | null, source: SourceSpan): Promise<SourceExcerpt | undefined> {
  const text = await loadSourceText(url);
  try {
    return text === undefined ? undefined : sourceExcerpt(text, source, CONTEXT_LINES);
  } catch {
    return undefined;
  }
}

// Each widget's dialog, in its shadow root (so the page's CSS stays out), made at its first opening.
const dialogs = new WeakMap<HTMLElement, HTMLDialogElement>();
const openings = new WeakMap<HTMLDialogElement, number>();

function dialogOf(host: HTMLElement): HTMLDialogElement {
  let dialog = dialogs.get(host);
  if (!dialog) {
    const root = host.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sourceExcerptStyles.styleSheet!];
    dialog = document.createElement('dialog');
    dialog.setAttribute('part', 'source-dialog');
    dialog.className = 'source-dialog';
    dialog.setAttribute('aria-labelledby', 'source-dialog-title');
    // Beside the widget's base box, where Lit's renders do not reach it.
    root.append(dialog);
    dialogs.set(host, dialog);
  }
  return dialog;
}

function draw(dialog: HTMLDialogElement, source: SourceSpan, excerpt: SourceExcerpt | 'loading' | undefined, { t, level }: { t: Translation; level: HeadingLevel }): void {
  render(
    html`<div class="source-header">
        ${renderHeading(level, t.sourceLines(formatSourceLines(source, t.language)), { id: 'source-dialog-title' })}
        <form method="dialog"><button>${t.closeDialog}</button></form>
      </div>
      ${excerpt === 'loading'
        ? html`<p role="status">${t.loading}</p>`
        : excerpt
          ? html`<p class="source-note">${t.sourceExcerptNote}</p>
              <ol class="source-lines" lang="vi">
                ${excerpt.lines.map(
                  (line) => html`<li value=${line.number} class=${line.cited ? 'cited' : nothing}>${line.cited ? html`<mark>${line.text}</mark>` : line.text}</li>`,
                )}
              </ol>`
          : nothing}`,
    dialog,
  );
}

/**
 * Opens the host's dialog on the lines of `source`, its own highlighted: the native modal dialog
 * traps focus, closes with Esc and gives focus back to the button. Where the text cannot be had,
 * the dialog names the lines only.
 */
export async function openSourceDialog(host: HTMLElement, url: string | null, source: SourceSpan, context: { t: Translation; level: HeadingLevel }): Promise<void> {
  const dialog = dialogOf(host);
  const opening = (openings.get(dialog) ?? 0) + 1;
  openings.set(dialog, opening);
  draw(dialog, source, 'loading', context);
  if (!dialog.open) dialog.showModal();
  const excerpt = await excerptOf(url, source);
  // Another citation was opened meanwhile: that one is shown.
  if (openings.get(dialog) === opening) draw(dialog, source, excerpt, context);
}

export function closeSourceDialog(host: HTMLElement): void {
  dialogs.get(host)?.close();
}
