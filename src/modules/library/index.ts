export { registerLibraryRoutes } from './routes.js';
export { registerAttachmentKind } from './attach-kinds.js';
export type { AttachKindAccess, AttachTargetAccess } from './attach-kinds.js';
export { packageUpdatesFor } from './services/updates.js';
export type { PackageUpdate } from './services/updates.js';
