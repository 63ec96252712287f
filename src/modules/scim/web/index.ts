export { ScimPanel } from './scim-panel';
