export { registerCompetenceRoutes } from './routes.js';
export { INITIATIVE_STATUSES, PROPOSAL_STATUSES } from './constants.js';
export { initiativeSummaries } from './services/list-initiatives.js';
export { initiativeData } from './case-data.js';
export { EXAMPLE_INITIATIVES } from './content/cases.js';
export { initiativesPrivacy } from './privacy.js';
