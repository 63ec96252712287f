import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
import { oneOfParam, textParam, type Search } from '../../../web/lib/search-params';
const FeedbackPage = lazyPage(() => import('./feedback-page'), 'FeedbackPage');
const NewFeedbackPage = lazyPage(() => import('./new-feedback-page'), 'NewFeedbackPage');

const newSearch = (search: Search) => ({ to: textParam(search, 'to', 100) });
const listSearch = (search: Search) => ({ tab: oneOfParam(search, 'tab', ['received', 'given'] as const) });

/** Everyday feedback: the list (received and given) and the quick form. */
export function feedbackAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/feedback',
      component: FeedbackPage,
      validateSearch: listSearch,
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/feedback/new',
      component: NewFeedbackPage,
      validateSearch: newSearch,
    }),
  ];
}
