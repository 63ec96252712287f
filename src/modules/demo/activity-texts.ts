/**
 * The Danish texts of the demo organisation's year (activity.ts): frames, goals with their
 * learning circles, 1:1 agendas, notes, agreements and feedback, per kind of workplace.
 */

export * from './activity-texts-frames.js';
export * from './activity-texts-goals.js';
export * from './activity-texts-conversations.js';
export * from './activity-texts-feedback.js';
