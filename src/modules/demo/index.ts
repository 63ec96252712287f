export { ensureNeighbourOrganisation } from './neighbour.js';
export { demoSignInText, ensureDemoOrganisation } from './seed.js';
export { DEMO_ORG, JOURNEY_ORG } from './data.js';
export type { DemoOrganisation } from './data.js';
