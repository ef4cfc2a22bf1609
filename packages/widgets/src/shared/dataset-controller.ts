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
 * What a controller asks for on its host's behalf (a dataset, overlays): asked again only when its
 * key (the attribute) changes, answered at once when already loaded, and the host updated when a
 * pending answer arrives; an answer to an older key is dropped.
 */
export class HostRequest<Key, State> {
  private key: Key | null = null;
  private pending: Promise<State> | undefined;
  state: State;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly waiting: State,
    private readonly ask: (key: Key) => State | Promise<State>,
  ) {
    this.state = waiting;
  }

  /** The state for `key`, asking for it if the key changed. */
  for(key: Key): State {
    if (key === this.key) return this.state;
    this.key = key;
    const answer = this.ask(key);
    this.pending = answer instanceof Promise ? answer : undefined;
    this.state = answer instanceof Promise ? this.waiting : answer;
    if (answer instanceof Promise) {
      void answer.then((state) => {
        if (this.pending !== answer) return;
        this.state = state;
        this.host.requestUpdate();
      });
    }
    return this.state;
  }

  // A widget taken out of the page stops waiting; put back, it asks again (answered at once if
  // the answer arrived meanwhile).
  forget(): void {
    this.key = null;
    this.pending = undefined;
  }
}

/**
 * The dataset of the host's `src` (or the bundled one): asked for when `src` changes, shared with
 * every widget on the page, and the host updated when it arrives. Read `stage` in `willUpdate`.
 */
export class DatasetController implements ReactiveController {
  private readonly request: HostRequest<string | undefined, DatasetState>;

  constructor(private readonly host: ReactiveControllerHost & { src: string | undefined }) {
    host.addController(this);
    this.request = new HostRequest(host, { status: 'loading' }, (src) => settledDataset(src) ?? loadDataset(src));
  }

  hostDisconnected(): void {
    this.request.forget();
  }

  /** The dataset as the host's current `src` gives it: loading, ready or failed. */
  get current(): DatasetState {
    return this.request.for(this.host.src?.trim() || undefined);
  }

  /** The dataset as a stage of the host's view. */
  get stage(): Stage {
    const state = this.current;
    if (state.status === 'loading') return { status: 'loading', message: 'loading' };
    if (state.status === 'failed') return { status: 'failed', problems: [state.failure] };
    return { status: 'ready', program: state.program, problems: [] };
  }
}
