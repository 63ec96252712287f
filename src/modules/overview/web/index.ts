import { lazyPage } from '../../../web/lib/lazy-page';

/** The start page, in a chunk of its own: the signed-out start and sign-in never load it. */
export const HomePage = lazyPage(() => import('./home-page'), 'HomePage');
export { overviewAppRoutes } from './routes';
