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
  requestBytes: 6 * 1024 * 1024,
  url: 2000,
} as const;
