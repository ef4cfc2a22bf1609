// Dynamically imported, so that the search index (MiniSearch) is only downloaded by a page that
// searches: in the pasted build this module becomes a chunk loaded from beside the script.
import { loadSearchIndex } from '@chuongtrinh/core/search';
import type { Program } from '@chuongtrinh/core';

export { search, suggestQuery } from '@chuongtrinh/core/search';

/** Fetches the prebuilt search index at `url` into `program`: undefined, or what went wrong. */
export async function loadSearchIndexFrom(program: Program, url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return `${url}: HTTP ${response.status} ${response.statusText}`.trim();
    loadSearchIndex(program, await response.text());
    return undefined;
  } catch (error) {
    return `${url}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
