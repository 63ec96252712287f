import { ERROR_STATUS, type ApiErrorBody, type ErrorCode, type ErrorReason } from '../../shared/errors.js';

/** The one error type services throw; the HTTP layer maps it to a status once. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: ErrorReason,
    readonly issues?: { path: string; message: string }[],
    /** Seconds until trying again makes sense; sent as Retry-After and in the body. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.reason ? { reason: this.reason } : {}),
        ...(this.issues ? { issues: this.issues } : {}),
        ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      },
    };
  }
}

export const notFound = (what = 'Not found') => new ServiceError('NOT_FOUND', what);
export const forbidden = (what = 'Not allowed') => new ServiceError('FORBIDDEN', what);
export const conflict = (message: string, reason?: ErrorReason) =>
  new ServiceError('CONFLICT', message, reason);
export const invalid = (
  message: string,
  reason?: ErrorReason,
  issues?: { path: string; message: string }[],
) => new ServiceError('VALIDATION', message, reason, issues);

/** Maps database errors a person can cause (a duplicate, a dangling reference) to clear 4xx errors. */
export function fromDatabaseError(err: unknown): ServiceError | null {
  const e = (err as { cause?: unknown })?.cause ?? err;
  const code = (e as { code?: string })?.code;
  const constraint = String((e as { constraint?: string })?.constraint ?? '');
  if (code === '23505') {
    if (constraint.includes('email')) return conflict('That email address is already used', 'email_taken');
    if (constraint.includes('employee_number'))
      return conflict('That employee number is already used', 'employee_number_taken');
    if (constraint.includes('memberships'))
      return conflict('The person already has that role there', 'membership_exists');
    if (constraint.includes('team_members'))
      return conflict('The person is already on the team', 'team_member_exists');
    return conflict('That already exists');
  }
  if (code === '23503') return conflict('It is still in use or refers to something that does not exist');
  if (code === '22P02') return notFound();
  // Safety nets behind the validators: a NUL in text (22021, 22P05 in json) or a number past a column's range.
  if (code === '22021' || code === '22P05')
    return invalid('The text holds a character that cannot be saved (NUL)', 'invalid_character');
  if (code === '22003') return invalid('A number is too large', 'number_out_of_range');
  // A date the database cannot hold (year 0, …), should one pass the shared date fields.
  if (code === '22008' || code === '22007')
    return invalid('A date is outside what can be saved', 'date_out_of_range');
  // Any other data exception (class 22) is about a value the request carried, not our fault.
  if (code?.startsWith('22')) return invalid('A value in the request is not valid');
  return null;
}
