import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const AnswerPage = lazyPage(() => import('./answer-page'), 'AnswerPage');
const LinkAnswerPage = lazyPage(() => import('./answer-page'), 'LinkAnswerPage');
const ForumPage = lazyPage(() => import('./forum-page'), 'ForumPage');
const ForumsPage = lazyPage(() => import('./forums-page'), 'ForumsPage');
const SafetyPage = lazyPage(() => import('./safety-page'), 'SafetyPage');
const StructurePage = lazyPage(() => import('./structure-page'), 'StructurePage');

function ForumRoute() {
  const { forumId } = useParams({ strict: false }) as { forumId: string };
  return <ForumPage key={forumId} forumId={forumId} />;
}

function AnswerRoute() {
  const { code } = useParams({ strict: false }) as { code: string };
  return <AnswerPage key={code} code={code} />;
}

function LinkAnswerRoute() {
  const { token } = useParams({ strict: false }) as { token: string };
  return <LinkAnswerPage key={token} token={token} />;
}

function SafetyRoute() {
  const { teamId } = useParams({ strict: false }) as { teamId: string };
  return <SafetyPage key={teamId} teamId={teamId} />;
}

function StructureRoute() {
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  return <StructurePage key={unitId} unitId={unitId} />;
}

/** Meeting forums, a forum, the short evaluation link (`/e/<code>`) and a team's safety checks. */
export function forumsAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/forums', component: ForumsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/forums/structure/$unitId',
      component: preloading(StructureRoute, StructurePage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/forums/$forumId',
      component: preloading(ForumRoute, ForumPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/e/$code',
      component: preloading(AnswerRoute, AnswerPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/safety/$teamId',
      component: preloading(SafetyRoute, SafetyPage),
    }),
  ];
}

/** A personal answer link (`/l/<token>`): outside the signed-in app, it needs no session. */
export function forumsRootRoutes(root: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/l/$token',
      component: preloading(LinkAnswerRoute, LinkAnswerPage),
    }),
  ];
}
