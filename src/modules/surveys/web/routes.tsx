import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const SurveyAnswerPage = lazyPage(() => import('./answer-page'), 'SurveyAnswerPage');
const InstrumentEditPage = lazyPage(() => import('./instruments-page'), 'InstrumentEditPage');
const InstrumentsPage = lazyPage(() => import('./instruments-page'), 'InstrumentsPage');
const RoundPage = lazyPage(() => import('./round-page'), 'RoundPage');
const SurveysPage = lazyPage(() => import('./surveys-page'), 'SurveysPage');
const UnitPage = lazyPage(() => import('./unit-page'), 'UnitPage');

function AnswerRoute() {
  const { token } = useParams({ strict: false }) as { token: string };
  return <SurveyAnswerPage key={token} token={token} />;
}
function RoundRoute() {
  const { roundId } = useParams({ strict: false }) as { roundId: string };
  return <RoundPage key={roundId} roundId={roundId} />;
}
function UnitRoute() {
  const { roundId, unitId } = useParams({ strict: false }) as { roundId: string; unitId: string };
  return <UnitPage key={`${roundId}-${unitId}`} roundId={roundId} unitId={unitId} />;
}
function InstrumentRoute() {
  const { key } = useParams({ strict: false }) as { key: string };
  return <InstrumentEditPage key={key} instrumentKey={key} />;
}

/** Surveys, a round's results, a unit's page, the instruments, and the answer link (`/s/<token>`). */
export function surveysAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/surveys', component: SurveysPage }),
    createRoute({ getParentRoute: () => app, path: '/surveys/instruments', component: InstrumentsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/surveys/instruments/$key',
      component: preloading(InstrumentRoute, InstrumentEditPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/surveys/rounds/$roundId',
      component: preloading(RoundRoute, RoundPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/surveys/rounds/$roundId/units/$unitId',
      component: preloading(UnitRoute, UnitPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/s/$token',
      component: preloading(AnswerRoute, SurveyAnswerPage),
    }),
  ];
}
