import type { Program } from '@chuongtrinh/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HostRequest, type Stage } from './dataset-controller.js';
import { isoDate, parseDate } from './dates.js';
import { loadOverlays, overlayUrls, settledOverlays, type OverlaysState } from './load-status.js';
import type { WidgetProblem } from './problems.js';
import type { StatusJudgement, StatusView } from './status-view.js';

/** What a program widget has once its overlays are judged: the as-of date and core's statuses. */
export interface Judged {
  /** The `as-of` date, or today when it is missing or not a date. */
  asOfDate: Date;
  /** Core's statuses as of `asOfDate`; undefined without `status-src`, or when no overlay could be used. */
  statusView: StatusView | undefined;
}

type Host = ReactiveControllerHost & { statusSrc: string | undefined; asOf: string | undefined };

/**
 * The status overlays of the host's `status-src`, fetched beside the dataset (shared with every
 * widget on the page) and judged by core's `applyStatus`, from the lazy status part, as of the
 * host's `as-of`. Problems with the overlays do not keep the view from showing.
 */
export class StatusOverlayController implements ReactiveController {
  private readonly request: HostRequest<string | undefined, OverlaysState | undefined>;
  // applyStatus validates every entry: it runs again only when the program, the overlays or the
  // as-of date change, not on each filter change or language switch.
  private judged: ({ program: Program; overlays: OverlaysState; asOf: string } & StatusJudgement) | undefined;
  /** A judgement of large overlays under way (in slices, see `judgeStatus`), for these inputs. */
  private judging: { program: Program; overlays: OverlaysState; asOf: string; controller: AbortController } | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.request = new HostRequest(host, { status: 'loading' }, (statusSrc) => {
      const urls = overlayUrls(statusSrc);
      return urls.length === 0 ? undefined : (settledOverlays(urls) ?? loadOverlays(urls));
    });
  }

  hostDisconnected(): void {
    this.request.forget();
    this.stopJudging();
  }

  /** The dataset's stage carried on: waiting for the overlays too, or ready with them judged. */
  stage(dataset: Stage): Stage<Judged> {
    const overlays = this.request.for(this.host.statusSrc);
    if (dataset.status !== 'ready') return dataset;
    if (overlays?.status === 'loading') {
      // A judgement under way for the overlays of an earlier `status-src` is no longer wanted.
      this.stopJudging();
      return { status: 'loading', message: 'loadingStatus' };
    }
    const text = this.host.asOf?.trim();
    const date = text ? parseDate(text) : new Date();
    const asOfDate = date ?? new Date();
    const problems: WidgetProblem[] = date ? [] : [{ code: 'malformed-attribute', field: 'as-of', value: this.host.asOf ?? '' }];
    const judged = overlays ? this.judge(dataset.program, overlays, isoDate(asOfDate)) : undefined;
    if (judged === 'judging') return { status: 'loading', message: 'loadingStatus' };
    return { ...dataset, asOfDate, statusView: judged?.view, problems: [...dataset.problems, ...problems, ...(judged?.problems ?? [])] };
  }

  private judge(program: Program, overlays: Exclude<OverlaysState, { status: 'loading' }>, asOf: string): StatusJudgement | 'judging' {
    const { judged, judging } = this;
    if (judged && judged.program === program && judged.overlays === overlays && judged.asOf === asOf) return judged;
    if (judging && judging.program === program && judging.overlays === overlays && judging.asOf === asOf) return 'judging';
    // A judgement under way for other overlays, another date or another dataset is no longer wanted.
    this.stopJudging();
    const controller = new AbortController();
    const judgement =
      overlays.status === 'failed'
        ? { view: undefined, problems: [{ code: 'status-unavailable' as const, message: overlays.message }] }
        : overlays.core.judgeStatus(program, overlays.overlays, asOf, controller.signal);
    if (!(judgement instanceof Promise)) {
      this.judged = { program, overlays, asOf, ...judgement };
      return this.judged;
    }
    const current = { program, overlays, asOf, controller };
    this.judging = current;
    judgement.then(
      (result) => {
        if (this.judging !== current) return;
        this.judging = undefined;
        this.judged = { program, overlays, asOf, ...result };
        // In a task of its own: after the judgement's last slice, the update (with up to
        // 100,000 problems to count) would make one long task of the two.
        setTimeout(() => this.host.requestUpdate(), 0);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) throw error;
      },
    );
    return 'judging';
  }

  private stopJudging(): void {
    this.judging?.controller.abort();
    this.judging = undefined;
  }
}
