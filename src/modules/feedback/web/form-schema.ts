import { z } from 'zod';
import { FEEDBACK_KINDS } from '../constants';
import { createFeedbackInput, FEEDBACK_LIMITS } from '../validation';

/**
 * The quick form's values: one recipient choice (`person:<id>` or `team:<id>`) and one optional
 * link (`goal:<id>` or `agreement:<id>`). They are checked field by field, then turned into the
 * API's input and checked again by the very schema the server uses.
 */
export const feedbackFormSchema = z
  .object({
    to: z.string().min(1),
    kind: z.enum(FEEDBACK_KINDS),
    text: z.string().trim().min(1).max(FEEDBACK_LIMITS.text),
    observationFocus: z.string().trim().max(FEEDBACK_LIMITS.observationFocus),
    link: z.string(),
  })
  .refine((v) => v.kind !== 'observation' || v.observationFocus.length > 0, {
    path: ['observationFocus'],
    message: 'Required',
  })
  .transform((v): z.input<typeof createFeedbackInput> => {
    const [toType, toId = ''] = v.to.split(':');
    const [linkType, linkId = ''] = v.link ? v.link.split(':') : [];
    return {
      ...(toType === 'team' ? { toTeamId: toId } : { toPersonId: toId }),
      kind: v.kind,
      text: v.text,
      ...(v.kind === 'observation' ? { observationFocus: v.observationFocus } : {}),
      ...(linkType === 'goal' ? { goalId: linkId } : {}),
      ...(linkType === 'agreement' ? { agreementId: linkId } : {}),
    };
  })
  .pipe(createFeedbackInput);

export type FeedbackFormValues = z.input<typeof feedbackFormSchema>;
