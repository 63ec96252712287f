import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const LeversPage = lazyPage(() => import('./levers-page'), 'LeversPage');
const ToolboxPage = lazyPage(() => import('./toolbox-page'), 'ToolboxPage');
const PlanPage = lazyPage(() => import('./plan-page'), 'PlanPage');

/** The learning-environment levers: plans and my actions, the toolbox, one plan. */
export function leversAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/levers', component: LeversPage }),
    createRoute({ getParentRoute: () => app, path: '/levers/toolbox', component: ToolboxPage }),
    createRoute({ getParentRoute: () => app, path: '/levers/plans/$planId', component: PlanPage }),
  ];
}
