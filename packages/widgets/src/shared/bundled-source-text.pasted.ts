import { fetchText } from './source-text.js';

/** The pasted build fetches the original text from beside the script, as it does the dataset (tsup.config.ts copies it into dist). */
export function loadBundledSourceText(): Promise<string | undefined> {
  return fetchText(new URL('./binh-thuan-2021-2025.txt', import.meta.url).href);
}
