import { fetchJson, type FetchJsonResult } from './fetch-json.js';

/**
 * The pasted build fetches the dataset as JSON from beside the script instead of bundling it:
 * see "Dataset: inlined or fetched" in the README for the measurements behind this choice.
 * tsup.config.ts swaps this module in for `bundled-dataset.ts` and copies the file into dist.
 */
export function loadBundledDataset(): Promise<FetchJsonResult> {
  return fetchJson(new URL('./binh-thuan-2021-2025.json', import.meta.url).href, true);
}
