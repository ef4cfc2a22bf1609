/**
 * The text cut to at most `max` characters (the ellipsis included) at a word boundary, never inside
 * a word, with the punctuation the cut leaves dangling dropped: "Tham mưu dự thảo Nghị quyết…".
 * Only when the last space falls in the first half (one very long word, a URL) does it cut inside
 * the word rather than give up half the room.
 */
export function shortenAtWord(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`expected a maximum length of at least 2; got ${max}`);
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max - 1);
  // The room ends at a word boundary when the next character is a space; else back to the last space.
  const lastSpace = /\s/.test(trimmed.charAt(max - 1)) ? room.length : room.search(/\s\S*$/);
  const cut = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
