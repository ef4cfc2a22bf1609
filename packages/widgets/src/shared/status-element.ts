import type { PropertyDeclarations } from 'lit';
import { CtElement } from './ct-element.js';

/**
 * The attributes the three program widgets add to `CtElement`, declared once so that the manifest
 * documents them once: the `as-of` date and the status overlays of `status-src`. The behaviour
 * comes from each widget's `StatusOverlayController`.
 *
 * @internal Not an element of its own: the manifest documents what it gives each widget.
 */
export abstract class CtStatusElement extends CtElement {
  static override properties: PropertyDeclarations = {
    statusSrc: { type: String, attribute: 'status-src' },
    asOf: { type: String, attribute: 'as-of' },
  };

  /** URL of a status overlay, or several separated by spaces (one per agency): each task's status and timeliness, combined and judged by core. */
  declare statusSrc: string | undefined;
  /** The date statuses are judged against (and the timeline's marker stands at), as `YYYY-MM-DD`. Default: today. */
  declare asOf: string | undefined;
}
