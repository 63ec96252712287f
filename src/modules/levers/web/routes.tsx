import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { LeversPage } from './levers-page';
import { ToolboxPage } from './toolbox-page';
import { PlanPage } from './plan-page';

/** The learning-environment levers: plans and my actions, the toolbox, one plan. */
export function leversAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/levers', component: LeversPage }),
    createRoute({ getParentRoute: () => app, path: '/levers/toolbox', component: ToolboxPage }),
    createRoute({ getParentRoute: () => app, path: '/levers/plans/$planId', component: PlanPage }),
  ];
}
