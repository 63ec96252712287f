/**
 * Length and size limits shared by the forms and the API schemas, so a form never accepts
 * what the server would refuse.
 */
export const LIMITS = {
  name: 200,
  shortText: 200,
  email: 254,
  employeeNumber: 40,
  jobTitle: 120,
  description: 2000,
  passwordMin: 10,
  passwordMax: 200,
  slug: 60,
  csvBytes: 5 * 1024 * 1024,
  csvRows: 100_000,
  /** A request body to a route open to anyone (sign-in, password reset, set password). */
  publicRequestBytes: 16 * 1024,
  /** A request body to a signed-in route. */
  requestBytes: 1024 * 1024,
  /** The CSV import's body: the file (csvBytes) as JSON text, with room for its escapes. */
  importRequestBytes: 6 * 1024 * 1024,
  /** Nesting of a JSON body; the forms send three or four levels. */
  jsonDepth: 32,
  /** Entries of one array or object in a JSON body; the longest list a form sends is 200. */
  jsonItems: 1000,
  url: 2000,
} as const;
