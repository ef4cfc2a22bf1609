import { html, nothing, type TemplateResult } from 'lit';

/** The box that lists problems: what `CtElement` renders, and what a prerendered widget adds to its HTML when it cannot hydrate. */
export function problemBox(title: string, messages: readonly string[], more?: string): TemplateResult {
  return html`<div part="problems" class="problems" role="alert">
    <p class="problems-title">${title}</p>
    <ul>
      ${messages.map((message) => html`<li>${message}</li>`)}
    </ul>
    ${more ? html`<p class="problems-more">${more}</p>` : nothing}
  </div>`;
}
