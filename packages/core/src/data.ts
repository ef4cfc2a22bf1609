import type { Program } from './schema.js';
import dataset from '../data/binh-thuan-2021-2025.json';

/**
 * The Bình Thuận action program 2021–2025, parsed from `seeds/binh-thuan-ctrhd-2021-2025.txt`.
 * A separate entry point (`@chuongtrinh/core/data`) so that importing the functions does not
 * import the data.
 */
export const program = dataset as Program;
