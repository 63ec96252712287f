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

/**
 * The years a date may fall in. PostgreSQL refuses year 0 (and the far past and future differ
 * between engines and programs), so a date outside is a clear 400 from the schema, never a
 * database error. Wide enough for any birth date, deadline or plan.
 */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;

/** The issue a date outside DATE_YEARS gets; forms word it from `params.reason`. */
const outOfRange = {
  message: `The date must be between the years ${DATE_YEARS.min} and ${DATE_YEARS.max}`,
  params: { reason: 'date_out_of_range' },
} as const;

const yearInRange = (year: number) => year >= DATE_YEARS.min && year <= DATE_YEARS.max;

/** A calendar date as YYYY-MM-DD that exists (no 31 February), in DATE_YEARS. One for every module. */
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Not a date')
  .refine((v) => yearInRange(Number(v.slice(0, 4))), outOfRange);

/** An instant as ISO 8601 with its offset (`2025-03-01T09:00:00Z`, `…+01:00`), in DATE_YEARS. */
export const dateTimeField = z.iso
  .datetime({ offset: true })
  .refine((v) => yearInRange(new Date(v).getUTCFullYear()), outOfRange);

/** A time as typed in a datetime-local field (`2025-03-01T09:00`), in DATE_YEARS. */
export const localDateTimeField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Choose a date and time')
  .refine((v) => yearInRange(Number(v.slice(0, 4))), outOfRange);
