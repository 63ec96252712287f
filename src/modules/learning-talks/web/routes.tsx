import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const TalksPage = lazyPage(() => import('./talks-page'), 'TalksPage');
const TalkPage = lazyPage(() => import('./talk-page'), 'TalkPage');

/** Learning conversations: the list with a new one, and one conversation with its data package. */
export function learningTalksAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/learning-talks', component: TalksPage }),
    createRoute({ getParentRoute: () => app, path: '/learning-talks/$talkId', component: TalkPage }),
  ];
}
