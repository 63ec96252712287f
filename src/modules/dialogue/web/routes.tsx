import { createRoute, redirect, useParams, type AnyRoute } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from '../../../web/lib/session';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const FramePage = lazyPage(() => import('./frame-page'), 'FramePage');
const ScreenPage = lazyPage(() => import('./screen-page'), 'ScreenPage');

// Params are read loosely: the module's routes are mounted into the app's tree from outside.

function FrameRoute() {
  const { conversationId } = useParams({ strict: false }) as { conversationId: string };
  return <FramePage key={conversationId} conversationId={conversationId} />;
}

function ScreenRoute() {
  const { conversationId } = useParams({ strict: false }) as { conversationId: string };
  return <ScreenPage key={conversationId} conversationId={conversationId} />;
}

/** The meeting frame on a phone or laptop, inside the app's layout. */
export function dialogueAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/conversations/$conversationId/frame',
      component: preloading(FrameRoute, FramePage),
    }),
  ];
}

/**
 * The shared screen fills the whole display, so it hangs outside the app's layout (no menu or
 * header); it still needs a signed-in person who may read the conversation.
 */
export function dialogueRootRoutes(root: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/conversations/$conversationId/screen',
      beforeLoad: async ({ context, location }) => {
        const { queryClient } = context as { queryClient: QueryClient };
        const me = await queryClient.ensureQueryData({ queryKey: meQueryKey, queryFn: fetchMe });
        if (!me) throw redirect({ to: '/login', search: { next: location.href } });
      },
      component: preloading(ScreenRoute, ScreenPage),
    }),
  ];
}
