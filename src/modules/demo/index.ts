export { ensureNeighbourOrganisation } from './neighbour.js';
export { demoSignInText, ensureDemoOrganisation } from './seed.js';
