import type { Succession } from './schema.js';
import dataset from '../../data/succession/binh-thuan-2021-2025.json';

/**
 * Who carries the tasks of the Bình Thuận program 2021–2025 after the 2025 reorganisation: a
 * layer over `program` (`@chuongtrinh/core/data`), versioned with it, in an entry of its own.
 */
export const succession = dataset as Succession;
