import type { ComplexAttributeConverter } from 'lit';

/**
 * The longest text attribute read: ids, area numbers and searches are far shorter, and every
 * use of the value (lookups, suggestions by edit distance, search, messages) then stays quick
 * whatever a page puts there (a 1 MB attribute blocked the page for seconds).
 */
export const MAX_ATTRIBUTE_LENGTH = 1000;

/** A text attribute cut to `MAX_ATTRIBUTE_LENGTH` characters. */
export const cappedText: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : value.slice(0, MAX_ATTRIBUTE_LENGTH)),
  toAttribute: (value) => value ?? null,
};

/**
 * Number attributes where an empty value means "not set" (Lit's `Number` converter reads `""` as
 * 0), and text that is not a number stays NaN so the widget can report it.
 */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
