export { competenceAppRoutes } from './routes';
export { InitiativeStates, MyInitiatives } from './my-initiatives';
export { targetLevelName } from './labels';
