/** Where a body sits; a provincial body may be followed by its province's name ("Công an tỉnh Bình Thuận"). */
export const AGENCY_LEVELS = ['central', 'province', 'district', 'commune'] as const;

export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
