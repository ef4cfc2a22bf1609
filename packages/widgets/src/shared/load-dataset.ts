import type { Program } from '@chuongtrinh/core';
import { loadBundledDataset } from './bundled-dataset.js';
import { fetchJson } from './fetch-json.js';
import { LazyModule } from './lazy-module.js';
import type { DatasetFailure } from './problems.js';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; program: Program }
  | { status: 'failed'; failure: DatasetFailure };

// Widgets on one page share datasets: each URL (or the bundled one, under '') is fetched and
// validated once, and a widget created after that renders it without a loading state.
const BUNDLED = '';
const settled = new Map<string, DatasetState>();
const pending = new Map<string, Promise<DatasetState>>();
const validator = /* @__PURE__ */ new LazyModule(() => import('./lazy-validate.js'));

const failed = (failure: DatasetFailure): DatasetState => ({ status: 'failed', failure });
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function keyOf(src: string | undefined): string {
  if (!src) return BUNDLED;
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src; // fetch() reports the malformed URL as a network error, with the text as written.
  }
}

async function loadBundled(): Promise<DatasetState> {
  try {
    const result = await loadBundledDataset();
    // The bundled dataset is checked by core's tests; validating it here would make every page
    // download the schema.
    return result.ok ? { status: 'ready', program: result.data as Program } : failed(result.failure);
  } catch (error) {
    return failed({ code: 'network-error', url: '@chuongtrinh/core/data', bundled: true, message: errorMessage(error) });
  }
}

async function loadFrom(url: string): Promise<DatasetState> {
  const fetched = await fetchJson(url, false);
  if (!fetched.ok) return failed(fetched.failure);
  const validation = await validator.load();
  if (!validation) return failed({ code: 'network-error', url, bundled: false, message: validator.failure ?? '' });
  const checked = validation.validateProgram(fetched.data);
  return checked.success
    ? { status: 'ready', program: checked.program }
    : failed({ code: 'invalid-dataset', url, bundled: false, issues: checked.issues });
}

/** The dataset for `src` (or the bundled one) if it has already been loaded, else undefined. */
export function settledDataset(src: string | undefined): DatasetState | undefined {
  return settled.get(keyOf(src));
}

/** Loads the dataset at `src`, or the bundled one; never rejects: failures are a `failed` state. */
export function loadDataset(src: string | undefined): Promise<DatasetState> {
  const key = keyOf(src);
  let request = pending.get(key);
  if (!request) {
    request = (key === BUNDLED ? loadBundled() : loadFrom(key)).then((state) => {
      settled.set(key, state);
      return state;
    });
    pending.set(key, request);
  }
  return request;
}
