import { createRoute, type AnyRoute } from '@tanstack/react-router';
// zod/mini: the routes are in the first chunk, which the full library would double.
import { z } from 'zod/mini';
import { lazyPage } from '../../../web/lib/lazy-page';
const FeedbackPage = lazyPage(() => import('./feedback-page'), 'FeedbackPage');
const NewFeedbackPage = lazyPage(() => import('./new-feedback-page'), 'NewFeedbackPage');

const newSearch = z.object({ to: z.optional(z.string()) });
const listSearch = z.object({ tab: z.optional(z.enum(['received', 'given'])) });

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
