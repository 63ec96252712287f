import { z } from 'zod';

/**
 * The closed set of error codes the API answers with. Each maps to one HTTP status here, once;
 * the web app translates each code (and the optional `reason`) into a specific message.
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Specific reasons that refine a code, so a person is told exactly what went wrong. */
export const ERROR_REASONS = [
  'invalid_credentials',
  'account_locked',
  'account_inactive',
  'token_invalid',
  'token_expired',
  'token_used',
  'email_taken',
  'employee_number_taken',
  'unit_cycle',
  'unit_has_children',
  'unit_has_members',
  'unit_has_teams',
  'external_id_taken',
  'csrf',
  'origin',
  'session_expired',
  'sso_not_configured',
  'sso_no_match',
  'sso_failed',
  'password_sso_only',
  'membership_exists',
  'team_member_exists',
  'import_invalid',
  'import_not_ready',
  'file_too_large',
  'too_many_rows',
  'last_admin',
  'stale_version',
  'organisation_required',
  'person_no_email',
  'person_inactive',
  'wrong_password',
  'too_many_in_focus',
  'goal_share_exists',
  'frame_empty',
  'frame_item_unavailable',
  'circle_open_exists',
  'circle_not_finished',
  'collaborator_exists',
  'conversation_closed',
  'conversation_not_started',
  'feedback_link_unavailable',
  'feedback_to_self',
  'round_closed',
  'survey_closed',
  'survey_already_answered',
  'answer_link_unknown',
  'answer_link_used',
  'survey_wrong_length',
  'survey_out_of_scale',
  'survey_item_missing',
  'survey_no_respondents',
  'survey_instrument_invalid',
  'lever_in_plan',
  'lever_owner_outside',
  'invalid_character',
  'number_out_of_range',
  'body_too_complex',
  'date_out_of_range',
  'cpr_number',
  'possible_name',
  'initiative_status_step',
  'participant_exists',
  'participant_outside',
  'proposal_decided',
  'quality_day_taken',
  'not_task_reviewer',
  'licence_person_outside',
  'licence_exists',
  'review_decided',
  'below_required_level',
  'below_required_confirm',
  'erase_self',
  'retention_preview_first',
  'idempotency_key_invalid',
  'idempotency_key_reused',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * The one shape of every error answer (4xx and 5xx), whatever the route. `current` and `inFocus`
 * are the details a few reasons carry so the person can recover without another request.
 */
export const apiErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      reason: z.enum(ERROR_REASONS).optional(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      /** Seconds until trying again makes sense (rate limits, a locked account). */
      retryAfter: z.number().int().min(0).optional(),
      /** stale_version: the record as it now stands, to compare with and save against. */
      current: z.record(z.string(), z.unknown()).optional(),
      /** too_many_in_focus: the two goals in focus, one of which to put aside. */
      inFocus: z.array(z.object({ id: z.uuid(), title: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof apiErrorBody>;
