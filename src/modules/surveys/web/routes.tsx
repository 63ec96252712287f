import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { SurveyAnswerPage } from './answer-page';
import { InstrumentEditPage, InstrumentsPage } from './instruments-page';
import { RoundPage } from './round-page';
import { SurveysPage } from './surveys-page';
import { UnitPage } from './unit-page';

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
    createRoute({ getParentRoute: () => app, path: '/surveys/instruments/$key', component: InstrumentRoute }),
    createRoute({ getParentRoute: () => app, path: '/surveys/rounds/$roundId', component: RoundRoute }),
    createRoute({
      getParentRoute: () => app,
      path: '/surveys/rounds/$roundId/units/$unitId',
      component: UnitRoute,
    }),
    createRoute({ getParentRoute: () => app, path: '/s/$token', component: AnswerRoute }),
  ];
}
