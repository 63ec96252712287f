export type { PublicOrganisation } from '../answers';
export { SsoPanel } from './sso-panel';
export { CopyValue } from './parts';
