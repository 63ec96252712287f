export type { DirectoryAnswer, PeopleListAnswer } from '../answers';
export { PersonPicker } from './components/person-picker';
export { orgAppRoutes } from './routes';
export { useUnits } from './api';
