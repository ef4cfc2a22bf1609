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

/** First `max` characters of a line for a diagnostic, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  // Binary input reaches diagnostics too: show control characters as U+FFFD, not raw bytes.
  const clean = normalizeSpace(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]/gu, '\uFFFD'));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
