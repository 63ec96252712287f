/** RFC 7644 §3.12: the scimType values MUP answers with. */
export type ScimType =
  | 'uniqueness'
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'invalidValue'
  | 'mutability'
  | 'noTarget';

export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** A failure the SCIM client caused, answered in SCIM's own error body (status as a string). */
export class ScimError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 429 | 500,
    message: string,
    readonly scimType?: ScimType,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ScimError';
  }

  toBody() {
    return {
      schemas: [ERROR_SCHEMA],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.message,
    };
  }
}

export const scimInvalid = (message: string, scimType: ScimType = 'invalidValue') =>
  new ScimError(400, message, scimType);
export const scimNotFound = (what: string) => new ScimError(404, `${what} not found`);
export const scimConflict = (message: string) => new ScimError(409, message, 'uniqueness');
