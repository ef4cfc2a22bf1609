import type { Program } from './schema.js';
import dataset from '../data/binh-thuan-2021-2025.json';

/**
 * The Bình Thuận action program 2021–2025, parsed from `seeds/binh-thuan-ctrhd-2021-2025.txt`.
 * A separate entry point (`@chuongtrinh/core/data`) so that importing the functions does not
 * import the data. Deeply frozen.
 */
export const program = deepFreeze(dataset) as Program;

// Frozen, so that code changing it (`program.tasks.push(…)`) fails instead of desynchronising the
// lookups core caches per program from the arrays they index. `structuredClone` gives an
// editable copy.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
