import type { PropertyDeclarations } from 'lit';
import { optionalNumber } from './attributes.js';
import { CtElement } from './ct-element.js';
import { headingLevelOf, isHeadingLevel, type HeadingLevel } from './heading.js';
import type { WidgetProblem } from './problems.js';
import type { Stage } from './dataset-controller.js';
import type { Judged } from './status-overlay-controller.js';

/**
 * The attributes the three program widgets add to `CtElement`, declared once so that the manifest
 * documents them once: the `as-of` date and the status overlays of `status-src` (their behaviour
 * comes from each widget's `StatusOverlayController`), the level of the widget's headings, and
 * where the original text of the dataset is (`SourceDialogController`).
 *
 * @internal Not an element of its own: the manifest documents what it gives each widget.
 */
export abstract class CtStatusElement extends CtElement {
  static override properties: PropertyDeclarations = {
    statusSrc: { type: String, attribute: 'status-src' },
    asOf: { type: String, attribute: 'as-of' },
    headingLevel: { attribute: 'heading-level', converter: optionalNumber },
    sourceText: { type: String, attribute: 'source-text' },
  };

  /** URL of a status overlay, or several separated by spaces (one per agency): each task's status and timeliness, combined and judged by core. */
  declare statusSrc: string | undefined;
  /** The date statuses are judged against (and the timeline's marker stands at), as `YYYY-MM-DD`. Default: today. */
  declare asOf: string | undefined;
  /** Level (1–6) of the widget's own heading; its sections' headings come one level below. Default: 3, under a page's `<h2>`. */
  declare headingLevel: number | undefined;
  /** URL of the original text the dataset was parsed from, for "Văn bản gốc": default, the bundled dataset's text, or `src` with `.txt` for `.json`. */
  declare sourceText: string | undefined;

  /** The level of the widget's own heading. */
  protected get level(): HeadingLevel {
    return headingLevelOf(this.headingLevel);
  }

  protected override attributeProblems(): WidgetProblem[] {
    const problems = super.attributeProblems();
    const value = this.getAttribute('heading-level');
    if (value !== null && !isHeadingLevel(this.headingLevel)) problems.push({ code: 'malformed-attribute', field: 'heading-level', value });
    return problems;
  }

  /** `stage` when it is ready; else undefined, with a failed stage's problems as the widget's. */
  protected readyOf(stage: Stage<Judged>): Extract<Stage<Judged>, { status: 'ready' }> | undefined {
    if (stage.status === 'ready') return stage;
    this.problems = stage.status === 'failed' ? stage.problems : [];
    return undefined;
  }
}
