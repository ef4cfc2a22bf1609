/**
 * Long work written once as a generator that yields at points where it may pause, and run either
 * at once (`finish`) or in slices that give the event loop back between them (`finishInSlices`),
 * so a page stays responsive while it runs.
 */
export type Steps<T> = Generator<void, T, void>;

/** How long one slice may run before the event loop gets a turn, in milliseconds. */
const SLICE_MS = 20;

/** Runs `steps` to the end without pausing. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

// `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; elsewhere a timer gives the
// event loop one turn.
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` in slices of about `SLICE_MS`, yielding to the event loop between them. Rejects
 * with the signal's reason, and runs no further step, once `signal` is aborted.
 */
export async function finishInSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  let sliceEnd = performance.now() + SLICE_MS;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() < sliceEnd) continue;
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceEnd = performance.now() + SLICE_MS;
  }
}
