import { createRoute, useNavigate, useParams, useSearch, type AnyRoute } from '@tanstack/react-router';
import { UnitsPage } from './units/units-page';
import { UnitPage } from './units/unit-page';
import { PeoplePage } from './people/people-page';
import { peopleSearch, type PeopleSearch } from './people/people-search';
import { PersonPage } from './person/person-page';
import { TeamsPage } from './teams/teams-page';
import { TeamPage } from './teams/team-page';
import { MyAccessPage } from './access/my-access-page';
import { OrganisationPage } from './settings/organisation-page';

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
    createRoute({ getParentRoute: () => app, path: '/units/$unitId', component: UnitRoute }),
    createRoute({
      getParentRoute: () => app,
      path: '/people',
      validateSearch: peopleSearch,
      component: PeopleRoute,
    }),
    createRoute({ getParentRoute: () => app, path: '/people/$personId', component: PersonRoute }),
    createRoute({ getParentRoute: () => app, path: '/teams', component: TeamsPage }),
    createRoute({ getParentRoute: () => app, path: '/teams/$teamId', component: TeamRoute }),
    createRoute({ getParentRoute: () => app, path: '/my-access', component: MyAccessPage }),
    createRoute({ getParentRoute: () => app, path: '/organisation', component: OrganisationPage }),
  ];
}
