import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { IMPORT_KINDS } from './answers.js';

/**
 * Uploading a file for preview. The file travels as text (the browser decodes it, see
 * decode.ts); its size is checked by the service so an oversize file gets its own reason.
 */
export const createImportInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  filename: z.string().trim().max(LIMITS.shortText).nullable().optional(),
  content: z.string(),
});
export type CreateImportInput = z.infer<typeof createImportInput>;
