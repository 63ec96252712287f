export { Os2moPanel } from './os2mo-panel';
