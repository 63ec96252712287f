export { registerYearWheelRoutes } from './routes.js';
export { startWheelReminders, sendDueWheelReminders } from './reminders.js';
