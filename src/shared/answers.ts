import { z } from 'zod';

// Building blocks of the API's answers, shared by the server (which returns them and declares
// them in OpenAPI) and the web app (which infers its types from them). A module's answers are
// in `<module>/answers.ts`.

/** An id on the wire: every record's id is a UUID. */
export const id = z.uuid();

/** An instant on the wire: ISO 8601 in UTC with milliseconds (`Date#toISOString`). */
export const instant = z.iso.datetime().meta({ description: 'ISO 8601 instant in UTC' });

/** A calendar day on the wire: `YYYY-MM-DD`, as a date column holds it. */
export const day = z.iso.date().meta({ description: 'ISO 8601 calendar day' });

/** A date or timestamp from the database as the instant the wire carries. */
export function toInstant(value: Date | string): string;
export function toInstant(value: Date | string | null): string | null;
export function toInstant(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/** A person, team or unit named in an answer. */
export const ref = z.object({ id, name: z.string() });
export type Ref = z.infer<typeof ref>;

/** The answer of an action that has nothing else to say. */
export const okAnswer = z.object({ ok: z.literal(true) });
export type OkAnswer = z.infer<typeof okAnswer>;
