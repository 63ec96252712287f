import { z } from 'zod';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, type RetentionKind } from './constants.js';

const days = (kind: RetentionKind) =>
  z
    .number()
    .int()
    .min(RETENTION_MIN_DAYS[kind], { message: `At least ${RETENTION_MIN_DAYS[kind]} days` })
    .max(RETENTION_MAX_DAYS, { message: `At most ${RETENTION_MAX_DAYS} days (ten years)` });

/** The retention periods an admin sets, in days, within the bounds of constants.ts. */
export const retentionPeriodsInput = z.object({
  departedRecordDays: days('departedRecordDays'),
  auditDays: days('auditDays'),
  mailDays: days('mailDays'),
  surveyResponseDays: days('surveyResponseDays'),
});
export type RetentionPeriodsInput = z.infer<typeof retentionPeriodsInput>;

export const retentionSaveInput = retentionPeriodsInput.extend({ version: z.number().int().min(1) });
export type RetentionSaveInput = z.infer<typeof retentionSaveInput>;

export const retentionSwitchInput = z.object({ enabled: z.boolean(), version: z.number().int().min(1) });
export type RetentionSwitchInput = z.infer<typeof retentionSwitchInput>;

/** Applying an erasure: the admin confirms with the person's name as shown in the preview. */
export const erasureApplyInput = z.object({ confirm: z.literal(true) });
export type ErasureApplyInput = z.infer<typeof erasureApplyInput>;
