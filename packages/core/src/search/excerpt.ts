import { excerpt } from '../text.js';

type Range = [number, number];

/** The part of a task's text shown for a search result, with the matches inside it. */
export interface SearchExcerpt {
  /** The excerpt, with "…" where the text was cut. */
  text: string;
  /** `[start, end)` offsets in `text` (the excerpt) of the highlighted matches. */
  highlights: Range[];
}

const ELLIPSIS = '…';

/**
 * About `max` characters of `text` around its highlights: the window where they weigh most (a
 * highlight weighs its length squared, so a phrase outweighs words scattered around), starting a little before its first match, at a word start. Built on `excerpt`, which
 * keeps offsets for the whitespace-normalised text of a task.
 */
export function excerptAround(text: string, highlights: readonly Range[], max = 240): SearchExcerpt {
  if (text.length <= max || highlights.length === 0) {
    const body = excerpt(text, max);
    return { text: body, highlights: clip(highlights, 0, text.length > max ? body.length - 1 : body.length) };
  }
  let best = highlights[0]!;
  let bestWeight = -1;
  for (const first of highlights) {
    let weight = 0;
    for (const range of highlights) if (range[0] >= first[0] && range[1] <= first[0] + max * 0.75) weight += (range[1] - range[0]) ** 2;
    if (weight > bestWeight) [best, bestWeight] = [first, weight];
  }
  let start = Math.max(0, best[0] - Math.floor(max / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', best[0]);
    start = space >= start ? space + 1 : text.indexOf(' ', start) + 1 || best[0];
    if (start > best[0]) start = best[0];
  }
  const lead = start > 0 ? ELLIPSIS : '';
  const body = excerpt(text.slice(start), max - lead.length);
  const shown = text.length - start > max - lead.length ? body.length - 1 : body.length;
  return { text: lead + body, highlights: clip(highlights, start, start + shown).map(([a, b]) => [a - start + lead.length, b - start + lead.length]) };
}

function clip(ranges: readonly Range[], from: number, to: number): Range[] {
  return ranges.filter(([start, end]) => start >= from && end <= to).map(([start, end]) => [start, end]);
}
