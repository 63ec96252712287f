import { z } from 'zod';

/** The years a summary can be asked for; anything else is a clear 400, never a 500. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const yearSchema = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

/** The area numbers of one part of what the leader leads; all of it when left out. */
export const areaQuery = z.object({ unit: z.uuid().optional() });
export type AreaQuery = z.infer<typeof areaQuery>;
