import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import { LazyModule } from './lazy-module.js';
import { isStatusProblem, type WidgetProblem } from './problems.js';

/** The details of problems for the page's author, loaded when a widget first has one (see `lazy-problems.ts`). */
export const problemDetailsPart = /* @__PURE__ */ new LazyModule(() => import('./lazy-problems.js'));

/** The one short line a visitor reads about `problems` (those about the overlays only get their own: the view is still shown). */
export function problemSummary(problems: readonly WidgetProblem[], t: Translation): string {
  return problems.every(isStatusProblem) ? t.statusProblemsTitle : t.problemsTitle;
}

/** The key logged when the details could not be loaded: the visitor's line was logged instead. */
const UNDETAILED = '\0';

/**
 * Logs `problems` in one console warning, unless they are the set logged last (`logged`, its key),
 * once their details are loaded; resolves with the key of the set now logged.
 */
export async function logProblems(tag: string, problems: readonly WidgetProblem[], t: Translation, logged: string): Promise<string> {
  if (problems.length === 0) return '';
  const part = await problemDetailsPart.load();
  const summary = problemSummary(problems, t);
  if (!part) {
    if (logged !== UNDETAILED) console.warn(`<${tag}> ${summary} (${problemDetailsPart.failure})`);
    return UNDETAILED;
  }
  const { key, details, more } = part.problemDetails(problems, t.language);
  if (key !== logged) part.warnProblems(tag, summary, details, more > 0 ? t.moreProblems(more) : undefined);
  return key;
}

/** The details of `problems` for the widget's box with `debug`, once their part is loaded. */
export function shownDetails(problems: readonly WidgetProblem[], t: Translation): { details: string[]; more: string | undefined } | undefined {
  const found = problemDetailsPart.current?.problemDetails(problems, t.language);
  return found && { details: found.details, more: found.more > 0 ? t.moreProblems(found.more) : undefined };
}

/**
 * The box that tells a visitor something could not be shown: what `CtElement` renders, and what a
 * prerendered widget adds to its HTML when it cannot hydrate. A polite `status`, not an `alert`:
 * nothing here needs the visitor to act at once. With `debug`, the details follow.
 */
export function problemBox(summary: string, details?: { details: readonly string[]; more: string | undefined }): TemplateResult {
  return html`<div part="problems" class="problems" role="status">
    <p class="problems-title">${summary}</p>
    ${details
      ? html`<ul>
            ${details.details.map((detail) => html`<li>${detail}</li>`)}
          </ul>
          ${details.more ? html`<p class="problems-more">${details.more}</p>` : nothing}`
      : nothing}
  </div>`;
}
