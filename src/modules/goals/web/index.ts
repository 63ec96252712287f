export { refreshGoals } from './api';
export { GoalFormModal } from './goal-form-modal';
export { goalsAppRoutes } from './routes';
