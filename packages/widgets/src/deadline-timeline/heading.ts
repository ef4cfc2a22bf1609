import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { HeadingLevel } from '../shared/heading.js';

/** The level below `level` (a section's heading under the widget's), never past `<h6>`. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** `<hN part=… id=…>` of a level known only at run time; the tag comes from the checked level only. */
export function heading(level: HeadingLevel, { part, id, className }: { part: string; id: string; className: string }, content: unknown): TemplateResult {
  const tag = unsafeStatic(`h${level}`);
  return html`<${tag} part=${part} id=${id} class=${className}>${content}</${tag}>`;
}
