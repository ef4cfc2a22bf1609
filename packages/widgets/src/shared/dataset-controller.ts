import type { Program } from '@chuongtrinh/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, settledDataset, type DatasetState } from './load-dataset.js';
import type { WidgetProblem } from './problems.js';

/**
 * Where a widget stands before it can draw its view: waiting (with what the loading line says),
 * unable to show anything, or ready with the program and what it needed, and the problems found
 * on the way.
 */
export type Stage<Ready extends object = object> =
  | { status: 'loading'; message: 'loading' | 'loadingStatus' }
  | { status: 'failed'; problems: WidgetProblem[] }
  | ({ status: 'ready'; program: Program; problems: WidgetProblem[] } & Ready);

/**
 * The dataset of the host's `src` (or the bundled one): asked for when `src` changes, shared with
 * every widget on the page, and the host updated when it arrives. Read `stage` in `willUpdate`.
 */
export class DatasetController implements ReactiveController {
  private src: string | undefined | null = null;
  private state: DatasetState = { status: 'loading' };
  private pending: Promise<DatasetState> | undefined;

  constructor(private readonly host: ReactiveControllerHost & { src: string | undefined }) {
    host.addController(this);
  }

  // A widget taken out of the page while its dataset loads stops waiting; put back, it reads the
  // dataset again (at once if it arrived meanwhile).
  hostDisconnected(): void {
    this.pending = undefined;
    this.src = null;
  }

  /** The dataset as the host's current `src` gives it: loading, ready or failed. */
  get current(): DatasetState {
    const src = this.host.src?.trim() || undefined;
    if (src !== this.src) this.load(src);
    return this.state;
  }

  /** The dataset as a stage of the host's view. */
  get stage(): Stage {
    const state = this.current;
    if (state.status === 'loading') return { status: 'loading', message: 'loading' };
    if (state.status === 'failed') return { status: 'failed', problems: [state.failure] };
    return { status: 'ready', program: state.program, problems: [] };
  }

  private load(src: string | undefined): void {
    this.src = src;
    const settled = settledDataset(src);
    if (settled) {
      this.pending = undefined;
      this.state = settled;
      return;
    }
    this.state = { status: 'loading' };
    const request = loadDataset(src);
    this.pending = request;
    void request.then((state) => {
      if (this.pending !== request) return;
      this.state = state;
      this.host.requestUpdate();
    });
  }
}
