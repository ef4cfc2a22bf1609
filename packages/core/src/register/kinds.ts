import { AGENCY_KINDS } from '../constants.js';
import type { AgencyKind } from '../schema.js';

/**
 * Agency kinds of the register: today's contract kinds first (unchanged), then the kinds of bodies
 * the Bình Thuận seed never names. The contract (constants.ts `AGENCY_KINDS`) takes this list when
 * the dataset moves to format 2; until then `legacyAgencyKind` maps the new kinds to `other`.
 */
export const AGENCY_KINDS_V2 = [
  ...AGENCY_KINDS,
  /** Chính phủ, Thủ tướng Chính phủ */
  'government',
  /** Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ */
  'ministry',
  /** Quốc hội, Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, the committees, Đoàn đại biểu Quốc hội */
  'national-assembly',
  /** Hội đồng nhân dân and its standing committee */
  'people-council',
  /** Party committees and their boards: Tỉnh ủy, Ban Tuyên giáo, Ủy ban Kiểm tra, Đảng ủy, Đảng đoàn, Tổ đảng */
  'party',
  /** Mặt trận Tổ quốc */
  'fatherland-front',
  /** Tòa án nhân dân */
  'court',
  /** Viện Kiểm sát nhân dân */
  'procuracy',
  /** Thanh tra */
  'inspectorate',
  /** Đơn vị sự nghiệp: radio and television, newspapers, schools, universities, centres, hospitals */
  'public-service-unit',
  /** Công ty, Tổng công ty */
  'enterprise',
] as const;

export type AgencyKindV2 = (typeof AGENCY_KINDS_V2)[number];

const LEGACY_KINDS: ReadonlySet<string> = new Set(AGENCY_KINDS);

/** The kind in today's contract (format 1), which has no value for the bodies added by the register. */
export function legacyAgencyKind(kind: AgencyKindV2): AgencyKind {
  return LEGACY_KINDS.has(kind) ? (kind as AgencyKind) : 'other';
}

/** Where a body sits; a provincial body may be followed by its province's name ("Công an tỉnh Bình Thuận"). */
export const AGENCY_LEVELS = ['central', 'province', 'district', 'commune'] as const;

export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
