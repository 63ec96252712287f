import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const ConversationsPage = lazyPage(() => import('./conversations-page'), 'ConversationsPage');
const ConversationPage = lazyPage(() => import('./conversation-page'), 'ConversationPage');
const PrintPage = lazyPage(() => import('./print-page'), 'PrintPage');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Params are read loosely: the module's routes are mounted into the app's tree from outside.

function ConversationRoute() {
  const { conversationId } = useParams({ strict: false }) as { conversationId: string };
  return <ConversationPage key={conversationId} conversationId={conversationId} />;
}

function PrintRoute() {
  const { conversationId } = useParams({ strict: false }) as { conversationId: string };
  return <PrintPage key={conversationId} conversationId={conversationId} />;
}

/** 1:1 conversations: my list, one conversation, and its printable record. */
export function conversationsAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/conversations',
      validateSearch: (search: Record<string, unknown>) => ({
        plan: typeof search.plan === 'string' && UUID.test(search.plan) ? search.plan : undefined,
      }),
      component: ConversationsPage,
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/conversations/$conversationId',
      component: preloading(ConversationRoute, ConversationPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/conversations/$conversationId/print',
      component: preloading(PrintRoute, PrintPage),
    }),
  ];
}
