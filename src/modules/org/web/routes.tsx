import { createRoute, useNavigate, useParams, useSearch, type AnyRoute } from '@tanstack/react-router';
const UnitsPage = lazyPage(() => import('./units/units-page'), 'UnitsPage');
const UnitPage = lazyPage(() => import('./units/unit-page'), 'UnitPage');
const PeoplePage = lazyPage(() => import('./people/people-page'), 'PeoplePage');
import { peopleSearch, type PeopleSearch } from './people/people-search';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const PersonPage = lazyPage(() => import('./person/person-page'), 'PersonPage');
const TeamsPage = lazyPage(() => import('./teams/teams-page'), 'TeamsPage');
const TeamPage = lazyPage(() => import('./teams/team-page'), 'TeamPage');
const MyAccessPage = lazyPage(() => import('./access/my-access-page'), 'MyAccessPage');
const OrganisationPage = lazyPage(() => import('./settings/organisation-page'), 'OrganisationPage');

// Route components read their params loosely: the module's routes are mounted into the app's
// tree from outside, so their ids are not known to this file's types.

function UnitRoute() {
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  // The key remounts the page when one unit links to another, so no state leaks between them.
  return <UnitPage key={unitId} unitId={unitId} />;
}

function PeopleRoute() {
  const search = useSearch({ strict: false }) as PeopleSearch;
  const navigate = useNavigate();
  return (
    <PeoplePage
      search={search}
      onSearchChange={(next) => void navigate({ to: '/people', search: next as never, replace: true })}
    />
  );
}

function PersonRoute() {
  const { personId } = useParams({ strict: false }) as { personId: string };
  return <PersonPage key={personId} personId={personId} />;
}

function TeamRoute() {
  const { teamId } = useParams({ strict: false }) as { teamId: string };
  return <TeamPage key={teamId} teamId={teamId} />;
}

/** People, units, teams, one's access log and the organisation's settings. */
export function orgAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/units', component: UnitsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/units/$unitId',
      component: preloading(UnitRoute, UnitPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/people',
      validateSearch: peopleSearch,
      component: preloading(PeopleRoute, PeoplePage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/people/$personId',
      component: preloading(PersonRoute, PersonPage),
    }),
    createRoute({ getParentRoute: () => app, path: '/teams', component: TeamsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/teams/$teamId',
      component: preloading(TeamRoute, TeamPage),
    }),
    createRoute({ getParentRoute: () => app, path: '/my-access', component: MyAccessPage }),
    createRoute({ getParentRoute: () => app, path: '/organisation', component: OrganisationPage }),
  ];
}
