import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';

/** Levels a `heading-level` attribute may take. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Without `heading-level`, the widget's heading fits under a page's `<h2>`. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return (HEADING_LEVELS as readonly unknown[]).includes(value);
}

/** The level below `level` (a section's heading under the widget's), never past `<h6>`. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** `<hN part=… id=…>` of a level known only at run time; the tag comes from the checked level only. */
export function heading(level: HeadingLevel, { part, id, className }: { part: string; id: string; className: string }, content: unknown): TemplateResult {
  const tag = unsafeStatic(`h${level}`);
  return html`<${tag} part=${part} id=${id} class=${className}>${content}</${tag}>`;
}
