import { html, nothing, type TemplateResult } from 'lit';

/** The levels a widget's headings may take (`heading-level`). */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** A widget's own heading sits under a page's `<h2>`, the usual level of the section it is put in. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return (HEADING_LEVELS as readonly unknown[]).includes(value);
}

/** The level of `heading-level` when it is one (else the default: the element reports the attribute). */
export function headingLevelOf(value: number | undefined): HeadingLevel {
  return isHeadingLevel(value) ? value : DEFAULT_HEADING_LEVEL;
}

export interface HeadingOptions {
  /** Levels below the widget's heading: a section of the widget is 1. */
  depth?: number;
  /** Lets a list or region take its name from the heading (`aria-labelledby`). */
  id?: string;
  className?: string;
  /** The heading's own CSS part, where a widget documents one (`::part(heading)` styles the `<hN>`). */
  part?: string;
}

type Attributes = Record<'id' | 'className' | 'part', string | typeof nothing>;

// Lit binds no tag name; one template per level costs the first-render script less than lit/static-html.
const HEADINGS: Record<HeadingLevel, (content: unknown, a: Attributes) => TemplateResult> = {
  1: (content, a) => html`<h1 id=${a.id} class=${a.className} part=${a.part}>${content}</h1>`,
  2: (content, a) => html`<h2 id=${a.id} class=${a.className} part=${a.part}>${content}</h2>`,
  3: (content, a) => html`<h3 id=${a.id} class=${a.className} part=${a.part}>${content}</h3>`,
  4: (content, a) => html`<h4 id=${a.id} class=${a.className} part=${a.part}>${content}</h4>`,
  5: (content, a) => html`<h5 id=${a.id} class=${a.className} part=${a.part}>${content}</h5>`,
  6: (content, a) => html`<h6 id=${a.id} class=${a.className} part=${a.part}>${content}</h6>`,
};

/**
 * `<hN>` for a widget's heading at `level`, `depth` levels below it, never deeper than `<h6>`.
 * (A language goes on an element inside it.)
 */
export function renderHeading(level: HeadingLevel, content: unknown, { depth = 0, id, className, part }: HeadingOptions = {}): TemplateResult {
  return HEADINGS[Math.min(level + depth, 6) as HeadingLevel](content, { id: id ?? nothing, className: className ?? nothing, part: part ?? nothing });
}
