import { z } from 'zod';

/** The largest value of a PostgreSQL integer column: versions and counters never go past it. */
export const MAX_INT = 2_147_483_647;

/**
 * The version a client last read, sent back with a change so a save against an older one is
 * refused (stale_version). One definition for every module's forms and routes.
 */
export const versionField = z.number().int().min(1).max(MAX_INT);

/** As versionField, for records whose first version is 0 (a setting never saved). */
export const versionFromZeroField = z.number().int().min(0).max(MAX_INT);
