import type { Program } from '@chuongtrinh/core';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Translation } from '../translations/translation.js';
import { CtElement } from './ct-element.js';
import { isoDate, parseDate } from './dates.js';
import { loadOverlays, overlayUrls, settledOverlays, type OverlaysState } from './load-status.js';
import type { StatusProblem, WidgetProblem } from './problems.js';
import { judgeStatus, type StatusJudgement, type StatusView } from './status-view.js';

/**
 * What the three program widgets add to `CtElement`: the `as-of` date, and the status overlays of
 * `status-src`, fetched beside the dataset and judged by core's `applyStatus` (from a lazy part)
 * as of that date. Subclasses read `statusView` in `prepare`; problems with the overlays are
 * reported like any other, and do not keep the view from showing.
 *
 * @internal Not an element of its own: the manifest documents what it gives each widget.
 */
export abstract class CtStatusElement extends CtElement {
  static override properties: PropertyDeclarations = {
    statusSrc: { type: String, attribute: 'status-src' },
    asOf: { type: String, attribute: 'as-of' },
    overlaysState: { state: true, attribute: false },
  };

  /** URL of a status overlay, or several separated by spaces (one per agency): each task's status and timeliness, combined and judged by core. */
  declare statusSrc: string | undefined;
  /** The date statuses are judged against (and the timeline's marker stands at), as `YYYY-MM-DD`. Default: today. */
  declare asOf: string | undefined;

  /** The overlays of `status-src`, while loading or once loaded; undefined without `status-src`. */
  protected declare overlaysState: OverlaysState | undefined;

  /** The `as-of` date, or today when it is missing or not a date. */
  protected asOfDate = new Date();
  /** Core's statuses as of `asOfDate`; undefined without `status-src`, or when no overlay could be used. */
  protected statusView: StatusView | undefined;

  private pendingOverlays: Promise<OverlaysState> | undefined;
  // applyStatus validates every entry: it runs again only when the program, the overlays or the
  // as-of date change, not on each filter change or language switch.
  private judged: ({ program: Program; overlays: OverlaysState; asOf: string } & StatusJudgement) | undefined;
  /** A judgement of large overlays under way (in slices): the widget shows its loading line meanwhile. */
  private judging: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('statusSrc')) this.loadOverlays();
    // A judgement under way for other overlays, another date or another dataset is no longer wanted.
    if (changed.has('statusSrc') || changed.has('asOf') || (changed as PropertyValues).has('programState')) {
      this.judging?.abort();
      this.judging = undefined;
    }
    super.willUpdate(changed);
  }

  protected override get loading(): boolean {
    return super.loading || this.overlaysState?.status === 'loading' || this.judging !== undefined;
  }

  protected override loadingMessage(t: Translation): string {
    return super.loading ? super.loadingMessage(t) : t.loadingStatus;
  }

  protected override beforePrepare(program: Program): WidgetProblem[] {
    const text = this.asOf?.trim();
    const date = text ? parseDate(text) : new Date();
    this.asOfDate = date ?? new Date();
    const problems: WidgetProblem[] = date ? [] : [{ code: 'malformed-attribute', field: 'as-of', value: this.asOf ?? '' }];
    return [...problems, ...this.judge(program)];
  }

  private judge(program: Program): StatusProblem[] {
    const overlays = this.overlaysState;
    if (!overlays || overlays.status === 'loading') {
      this.statusView = undefined;
      return [];
    }
    const asOf = isoDate(this.asOfDate);
    const { judged } = this;
    if (!judged || judged.program !== program || judged.overlays !== overlays || judged.asOf !== asOf) {
      const judging = new AbortController();
      const judgement = judgeStatus(program, overlays, asOf, judging.signal);
      if (judgement instanceof Promise) {
        this.judging = judging;
        this.statusView = undefined;
        judgement.then(
          (result) => {
            if (this.judging !== judging) return;
            this.judging = undefined;
            this.judged = { program, overlays, asOf, ...result };
            // In a task of its own: after the judgement's last slice, the update (with up to
            // 100,000 problems to count) would make one long task of the two.
            setTimeout(() => this.requestUpdate(), 0);
          },
          (error: unknown) => {
            if (!judging.signal.aborted) throw error;
          },
        );
        return [];
      }
      this.judged = { program, overlays, asOf, ...judgement };
    }
    this.statusView = this.judged!.view;
    return this.judged!.problems;
  }

  private loadOverlays(): void {
    const urls = overlayUrls(this.statusSrc);
    this.pendingOverlays = undefined;
    if (urls.length === 0) {
      this.overlaysState = undefined;
      return;
    }
    const settled = settledOverlays(urls);
    if (settled) {
      this.overlaysState = settled;
      return;
    }
    this.overlaysState = { status: 'loading' };
    const request = loadOverlays(urls);
    this.pendingOverlays = request;
    void request.then((state) => {
      if (this.pendingOverlays === request) this.overlaysState = state;
    });
  }
}
