import type { ComplexAttributeConverter } from 'lit';

/**
 * Number attributes where an empty value means "not set" (Lit's `Number` converter reads `""` as
 * 0), and text that is not a number stays NaN so the widget can report it.
 */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
