import type { SourceSpan } from '@chuongtrinh/core';
import { formatSourceLines } from '@chuongtrinh/core/format';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import type { HeadingLevel } from './heading.js';
import { LazyModule } from './lazy-module.js';
import { sourceTextUrl } from './source-text.js';

// The dialog, its styles, core's excerpt and the text: loaded at the first opening, shared by every widget on the page.
const dialogPart = /* @__PURE__ */ new LazyModule(() => import('./lazy-source.js'));

/**
 * "Văn bản gốc, dòng 31–60": a record's place in the original text, as a button that opens a
 * native `<dialog>` with the lines around it (see `SourceDialog`). Where there is no text to look
 * for (see `sourceTextUrl`), the citation is plain text. The host renders `line(task.source, t)`
 * where the record is cited, and passes its language and heading level (`context`).
 */
export class SourceDialogController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { src: string | undefined; sourceText: string | undefined },
    private readonly context: () => { t: Translation; level: HeadingLevel },
  ) {
    host.addController(this);
  }

  // A widget taken out of the page takes its dialog along.
  hostDisconnected(): void {
    dialogPart.current?.closeSourceDialog(this.host);
  }

  /** The citation of `source` (`part="source"`): the button that opens it, or its line numbers when there is no text to show. */
  line(source: SourceSpan, t: Translation): TemplateResult {
    const label = t.sourceLines(formatSourceLines(source, t.language));
    if (sourceTextUrl(this.host) === undefined) return html`<span part="source">${label}</span>`;
    return html`<button part="source" class="source-button" type="button" aria-haspopup="dialog" @click=${() => this.open(source)}>${label}</button>`;
  }

  private async open(source: SourceSpan): Promise<void> {
    const url = sourceTextUrl(this.host);
    const part = await dialogPart.load();
    // Without its part (a dropped connection) the citation stays as it is: its label already names the lines.
    if (url !== undefined && part) part.openSourceDialog(this.host, url, source, this.context());
  }
}
