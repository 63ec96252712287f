export { competenceAppRoutes } from './routes';
export { InitiativeStates, MyInitiatives } from './my-initiatives';
