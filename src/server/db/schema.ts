// Every table of every module, for Drizzle's relational queries and drizzle-kit.
export * from '../../modules/org/schema.js';
export * from '../../modules/auth/schema.js';
export * from '../../modules/oidc/schema.js';
export * from '../../modules/import/schema.js';
export * from '../audit/schema.js';
export * from '../jobs/schema.js';
export * from '../mail/schema.js';
export * from '../crypto/schema.js';
export * from '../../modules/framing/schema.js';
export * from '../../modules/goals/schema.js';
export * from '../../modules/inquiry/schema.js';
export * from '../../modules/conversations/schema.js';
export * from '../../modules/feedback/schema.js';
export * from '../../modules/reminders/schema.js';
export * from '../../modules/dialogue/schema.js';
export * from '../../modules/forums/schema.js';
export * from '../../modules/levers/schema.js';
