import type { FetchJsonResult } from './fetch-json.js';

/**
 * The dataset that ships with `@chuongtrinh/core`, imported lazily so that the user's bundler
 * puts it in its own chunk and a page that sets `src` never downloads it.
 * The pasted build replaces this module with `bundled-dataset.pasted.ts` (see tsup.config.ts).
 */
export async function loadBundledDataset(): Promise<FetchJsonResult> {
  const { program } = await import('@chuongtrinh/core/data');
  return { ok: true, data: program };
}
