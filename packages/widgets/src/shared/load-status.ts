import { fetchJson, type FetchJsonResult } from './fetch-json.js';
import { LazyModule } from './lazy-module.js';

/** `judgeStatus` (core's `applyStatus` for the widgets), from the lazy status part. */
export type StatusFunctions = typeof import('./lazy-status.js');

/** One overlay URL of `status-src` and what fetching it gave. */
export interface FetchedOverlay {
  url: string;
  result: FetchJsonResult;
}

/**
 * The overlays of a `status-src`: loading, or each fetched (or failed) with core's functions that
 * apply them, or `failed` when the status part itself could not be loaded.
 */
export type OverlaysState =
  | { status: 'loading' }
  | { status: 'ready'; overlays: FetchedOverlay[]; core: StatusFunctions }
  | { status: 'failed'; message: string };

// Like datasets, overlays are shared by every widget on the page: each URL is fetched once, and a
// widget created after that gets them without a loading state.
const settledFetches = new Map<string, FetchJsonResult>();
const pendingFetches = new Map<string, Promise<FetchJsonResult>>();
const statusModule = /* @__PURE__ */ new LazyModule(() => import('./lazy-status.js'));

function fetchOverlay(url: string): Promise<FetchJsonResult> {
  let request = pendingFetches.get(url);
  if (!request) {
    request = fetchJson(url, false).then((result) => {
      settledFetches.set(url, result);
      return result;
    });
    pendingFetches.set(url, request);
  }
  return request;
}

/**
 * The URLs of a `status-src` value: separated by whitespace (one overlay per agency), resolved
 * against the page, each once.
 */
export function overlayUrls(statusSrc: string | undefined): string[] {
  const urls = (statusSrc ?? '').split(/\s+/).filter(Boolean).map((text) => {
    try {
      return new URL(text, document.baseURI).href;
    } catch {
      return text; // fetch() reports the malformed URL as a network error, with the text as written.
    }
  });
  return [...new Set(urls)];
}

/** The overlays at `urls` if they and the status part have already loaded, else undefined. */
export function settledOverlays(urls: readonly string[]): OverlaysState | undefined {
  if (statusModule.failure !== undefined) return { status: 'failed', message: statusModule.failure };
  if (!statusModule.current || !urls.every((url) => settledFetches.has(url))) return undefined;
  return { status: 'ready', overlays: urls.map((url) => ({ url, result: settledFetches.get(url)! })), core: statusModule.current };
}

/** Fetches the overlays at `urls` and the status part, in parallel; never rejects. */
export async function loadOverlays(urls: readonly string[]): Promise<OverlaysState> {
  await Promise.all([statusModule.load(), ...urls.map(fetchOverlay)]);
  return settledOverlays(urls)!;
}
