import { excerpt } from '@chuongtrinh/core/text';
import type { FetchFailure } from './problems.js';

const EXCERPT_LENGTH = 60;

export type FetchJsonResult = { ok: true; data: unknown } | { ok: false; failure: FetchFailure };

/** Fetches `url` and parses it as JSON, turning every way this fails into a `FetchFailure`. */
export async function fetchJson(url: string, bundled: boolean): Promise<FetchJsonResult> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return { ok: false, failure: { code: 'http-error', url, bundled, status: response.status, statusText: response.statusText } };
    }
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: { code: 'network-error', url, bundled, message: error instanceof Error ? error.message : String(error) } };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, failure: { code: 'not-json', url, bundled, excerpt: excerpt(text, EXCERPT_LENGTH) } };
  }
}
