import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import { OS2MO_FAILURES, OS2MO_RUN_MODES, OS2MO_RUN_PHASES, OS2MO_RUN_STATUSES } from './constants.js';

// The answers of /api/organisation/os2mo: the connection (never its secret), a connection test,
// and runs, whose preview has the CSV import's shape (counts, line errors with reasons, samples).

export const os2moSettingsAnswer = z.object({
  connection: z
    .object({
      endpoint: z.string(),
      tokenUrl: z.string(),
      tokenUrlDerived: z.boolean(),
      clientId: z.string(),
      hasSecret: z.literal(true),
      nightly: z.boolean(),
      updatedAt: instant,
    })
    .nullable(),
});
export type Os2moSettings = z.infer<typeof os2moSettingsAnswer>;

export const os2moTestAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), units: z.number().int(), employees: z.number().int() }),
  z.object({ ok: z.literal(false), failure: z.enum(OS2MO_FAILURES), message: z.string() }),
]);
export type Os2moTest = z.infer<typeof os2moTestAnswer>;

// The CSV import's preview shapes (its line reasons, its sample rows), so its preview parts show them.
const sampleRow = z.object({
  line: z.number().int(),
  key: z.string(),
  name: z.string(),
  changes: z.array(z.string()),
});
const importSample = z.object({
  create: z.array(sampleRow),
  update: z.array(sampleRow),
  unchanged: z.array(sampleRow),
});
const lineError = z.object({
  kind: z.enum(['units', 'people']),
  /** The object's place in what OS2mo sent, counted from 1. */
  line: z.number().int(),
  field: z.string().optional(),
  /** One of the import's line reasons (LINE_REASONS), translated as the import translates them. */
  reason: z.string(),
  message: z.string(),
});

const counts = z.object({
  total: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});

/** What a run found (a preview) or did (a sync): the import's counts and samples, for units and people. */
export const os2moRunSummary = z.object({
  units: counts.extend({ sample: importSample }),
  people: counts.extend({
    membershipsAdded: z.number().int(),
    membershipsRemoved: z.number().int(),
    deactivated: z.number().int(),
    reactivated: z.number().int(),
    sample: importSample,
  }),
  /** Leaders set by hand in MUP, which the sync keeps. */
  handSetLeaders: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(lineError),
});
export type Os2moRunSummary = z.infer<typeof os2moRunSummary>;

export const os2moRunView = z
  .object({
    id,
    mode: z.enum(OS2MO_RUN_MODES),
    status: z.enum(OS2MO_RUN_STATUSES),
    phase: z.enum(OS2MO_RUN_PHASES),
    pages: z.number().int(),
    summary: os2moRunSummary.nullable(),
    failure: z.enum(OS2MO_FAILURES).nullable(),
    createdAt: instant,
    finishedAt: instant.nullable(),
    createdBy: ref.nullable(),
  })
  .meta({ id: 'Os2moRun' });
export type Os2moRunView = z.infer<typeof os2moRunView>;

export const os2moRunAnswer = z.object({ run: os2moRunView });
export const os2moRunListAnswer = z.object({ runs: z.array(os2moRunView) });
