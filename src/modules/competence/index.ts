// The competence module's server door. Its built-in content is side-neutral; the licences module
// reads the licence texts and levels through here (and the web through web/index.ts).
export { LICENCE_LEVELS } from './content/types.js';
export type { LicenceLevel, Localized } from './content/types.js';
export { EXPIRY_WARNING_DAYS, LICENCE_STATUSES, REVIEW_DECISIONS } from './content/licences.js';
export type { LicenceStatus, ReviewDecision } from './content/licences.js';
