import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { ConversationsPage } from './conversations-page';
import { ConversationPage } from './conversation-page';
import { PrintPage } from './print-page';

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
    createRoute({ getParentRoute: () => app, path: '/conversations', component: ConversationsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/conversations/$conversationId',
      component: ConversationRoute,
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/conversations/$conversationId/print',
      component: PrintRoute,
    }),
  ];
}
