/** Collapses every run of whitespace to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lowercases and strips Vietnamese diacritics, `đ` included, so "Công Thương" and "cong thuong"
 * compare equal. For NFC input the result has the same length as the input, so an offset in the
 * folded text is an offset in the original (the search highlighter relies on this).
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

/** ASCII, URL-safe slug: "Sở Công Thương" → "so-cong-thuong". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// A character that belongs to the one before it, as a reader sees them: the second half of a
// surrogate pair, a combining mark, an emoji's skin tone, or what follows a zero-width joiner.
const CONTINUATION = /^[\p{M}\p{Emoji_Modifier}\u200D\uDC00-\uDFFF]/u;

/**
 * At most `max` characters of `text` (UTF-16 code units, as `length` counts), whitespace collapsed,
 * ending in "…" when cut: for a diagnostic's excerpt of a line or a task shown in brief. The cut
 * never falls inside a surrogate pair, before a combining mark or inside an emoji sequence.
 * Control characters (binary input) are shown as U+FFFD, never as raw bytes.
 */
export function excerpt(text: string, max = 80): string {
  const clean = normalizeSpace(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]/gu, '\uFFFD'));
  if (clean.length <= max) return clean;
  let end = max - 1;
  while (end > 0 && (CONTINUATION.test(clean.slice(end, end + 2)) || clean[end - 1] === '\u200D')) end--;
  return `${clean.slice(0, end)}…`;
}
