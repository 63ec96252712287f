import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { AnswerPage } from './answer-page';
import { ForumPage } from './forum-page';
import { ForumsPage } from './forums-page';
import { SafetyPage } from './safety-page';

function ForumRoute() {
  const { forumId } = useParams({ strict: false }) as { forumId: string };
  return <ForumPage key={forumId} forumId={forumId} />;
}

function AnswerRoute() {
  const { code } = useParams({ strict: false }) as { code: string };
  return <AnswerPage key={code} code={code} />;
}

function SafetyRoute() {
  const { teamId } = useParams({ strict: false }) as { teamId: string };
  return <SafetyPage key={teamId} teamId={teamId} />;
}

/** Meeting forums, a forum, the short evaluation link (`/e/<code>`) and a team's safety checks. */
export function forumsAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/forums', component: ForumsPage }),
    createRoute({ getParentRoute: () => app, path: '/forums/$forumId', component: ForumRoute }),
    createRoute({ getParentRoute: () => app, path: '/e/$code', component: AnswerRoute }),
    createRoute({ getParentRoute: () => app, path: '/safety/$teamId', component: SafetyRoute }),
  ];
}
