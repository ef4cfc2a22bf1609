import type { Role } from '@chuongtrinh/core';

/**
 * Core's `AGENCY_ROLES`, in the same order (a test pins the two together). The constant itself
 * lives in core's `schema.ts`, beside the zod schema, and importing it would put zod/mini in the
 * pasted file's first-render script.
 */
export const ROLES: readonly Role[] = ['lead', 'coordinating', 'responsible'];
