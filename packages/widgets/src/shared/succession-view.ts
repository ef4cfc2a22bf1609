import type { Program } from '@chuongtrinh/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import { isoDate, parseDate } from './dates.js';
import type { WidgetProblem } from './problems.js';
import { LazyModule } from './lazy-module.js';
import { formatDate } from './progress.js';
import type { IssuerLine, NowBody, NowLine, SuccessionView } from './succession-lines.js';

export type { NowLine, SuccessionView } from './succession-lines.js';

// Shared by every widget on the page and loaded by the first one with `as-of`.
const succession = /* @__PURE__ */ new LazyModule(() => import('./lazy-succession.js'));

/**
 * Loads core's succession layer when the host has an `as-of` date, and gives the host a
 * `SuccessionView` for that date (undefined without `as-of`, or while it loads: the widget then
 * shows the program as written, as before the reorganisation).
 */
export class SuccessionController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { asOf: string | undefined }) {
    host.addController(this);
  }

  private asked: string | undefined;

  // Asked again (after a failure too) only when `as-of` changes, not at every update.
  hostUpdate(): void {
    const asOf = this.host.asOf?.trim();
    if (!asOf || asOf === this.asked || succession.current) return;
    this.asked = asOf;
    void succession.load().then(() => this.host.requestUpdate());
  }

  /**
   * The view as of the host's `as-of`; `problems` gets the reason when the layer could not be
   * loaded. (A malformed `as-of` is reported by the status layer; no succession is shown for it.)
   */
  view(program: Program, problems: WidgetProblem[]): SuccessionView | undefined {
    const date = parseDate(this.host.asOf?.trim() ?? '');
    if (!date) return undefined;
    const asOf = isoDate(date);
    if (succession.failure !== undefined) {
      problems.push({ code: 'succession-unavailable', message: succession.failure });
      return undefined;
    }
    return succession.current?.successionView(program, asOf);
  }
}

function bodyName(body: NowBody, t: Translation): TemplateResult {
  const english = t.locale.startsWith('en') && body.nameEn;
  return html`<span lang=${english ? 'en' : 'vi'}>${english ? body.nameEn : body.name}</span>${body.functions
      ? html` <span class="now-functions">(${t.locale.startsWith('en') ? body.functions.en : body.functions.vi})</span>`
      : nothing}`;
}

function stepText(step: NowLine['steps'][number], t: Translation): string {
  return step.text[t.locale.startsWith('en') ? 'en' : 'vi'];
}

/**
 * The "now" line after an agency's name ("— nay là Sở Tài chính tỉnh Lâm Đồng"; "now: …"), or
 * its end and where its work went, with the legal steps in a disclosure: a native `<details>`,
 * so it opens with the keyboard and screen readers announce it, and nothing depends on hover.
 */
export function renderNow(line: NowLine | undefined, t: Translation): TemplateResult | typeof nothing {
  if (!line) return nothing;
  const english = t.locale.startsWith('en');
  return html`<span part="now" class="now">
      ${line.ended
        ? html`${t.successionEnded(formatDate(line.ended.from, t))} ${english ? line.ended.workTo.en : line.ended.workTo.vi}`
        : html`${t.successionNow}
          ${line.bodies.map((body, index) => html`${index > 0 ? '; ' : ''}${bodyName(body, t)}`)}`}
    </span>
    <details part="now-basis" class="now-basis">
      <summary>${t.successionBasis}</summary>
      <ul>
        ${line.steps.map((step) => html`<li>${stepText(step, t)}</li>`)}
      </ul>
    </details>`;
}

/** The province change once at the top of a widget: "Cơ quan ban hành: UBND tỉnh Bình Thuận — nay là UBND tỉnh Lâm Đồng". */
export function renderIssuer(line: IssuerLine | undefined, t: Translation): TemplateResult | typeof nothing {
  if (!line) return nothing;
  return html`<p part="issuer-now" class="issuer-now">
    ${t.issuerLabel}: <span lang="vi">${line.issuer}</span>
    <span class="now">${t.successionNow} ${bodyName(line.now, t)}</span>
    <span class="now-step">(${stepText(line.step, t)})</span>
  </p>`;
}
