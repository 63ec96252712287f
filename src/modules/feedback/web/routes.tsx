import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { FeedbackPage } from './feedback-page';
import { NewFeedbackPage } from './new-feedback-page';

const newSearch = z.object({ to: z.string().optional() });
const listSearch = z.object({ tab: z.enum(['received', 'given']).optional() });

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
