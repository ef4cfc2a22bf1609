import { loadBundledSourceText } from './bundled-source-text.js';

/** The text at `url`, or undefined when there is none to be had (then only the line numbers are shown). */
export async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

// One request per text, shared by every widget on the page.
const texts = new Map<string, Promise<string | undefined>>();

/**
 * Where the original text of a widget's dataset is: its `source-text`, else for a `src` dataset
 * the same URL with `.txt` for `.json`, else (no `src`) the bundled dataset's text.
 * Undefined when there is no text to look for.
 */
export function sourceTextUrl({ src, sourceText }: { src: string | undefined; sourceText: string | undefined }): string | null | undefined {
  if (sourceText?.trim()) return sourceText.trim();
  const dataset = src?.trim();
  if (!dataset) return null;
  return /\.json(?=$|[?#])/.test(dataset) ? dataset.replace(/\.json(?=$|[?#])/, '.txt') : undefined;
}

/** The text at `url` (`null`: the bundled text), loaded once. */
export function loadSourceText(url: string | null): Promise<string | undefined> {
  const key = url ?? '';
  let text = texts.get(key);
  if (!text) {
    text = url === null ? loadBundledSourceText().catch(() => undefined) : fetchText(url);
    texts.set(key, text);
  }
  return text;
}
