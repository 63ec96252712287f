import type { MessageKey } from '../i18n/catalogue';
import type { Me } from '../../modules/auth/web/index';

export const NAV_GROUPS = ['start', 'development', 'leading', 'organisation', 'account'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface NavItem {
  to: string;
  group: NavGroup;
  label: MessageKey;
  /** Shown only when the signed-in person's abilities allow it; the server enforces the same. */
  visible: (me: Me) => boolean;
}

const always = () => true;

export const NAV_ITEMS: NavItem[] = [
  { to: '/', group: 'start', label: 'common.nav.home', visible: always },
  { to: '/overview', group: 'leading', label: 'overview.nav', visible: (me) => me.abilities.lead },
  { to: '/development', group: 'development', label: 'overview.navMine', visible: always },
  { to: '/goals', group: 'development', label: 'goals.nav', visible: always },
  { to: '/conversations', group: 'development', label: 'conversations.nav', visible: always },
  { to: '/feedback', group: 'development', label: 'feedback.nav', visible: always },
  { to: '/levers', group: 'development', label: 'levers.nav', visible: always },
  { to: '/licences', group: 'development', label: 'licences.nav', visible: always },
  { to: '/forums', group: 'development', label: 'forums.nav', visible: always },
  { to: '/year-wheel', group: 'development', label: 'yearWheel.nav', visible: always },
  { to: '/quality', group: 'development', label: 'quality.nav', visible: always },
  { to: '/library', group: 'development', label: 'library.nav', visible: always },
  { to: '/progression', group: 'development', label: 'progression.nav', visible: always },
  { to: '/learning-talks', group: 'leading', label: 'learningTalks.nav', visible: (me) => me.abilities.lead },
  { to: '/learning-culture', group: 'development', label: 'learningCulture.nav', visible: always },
  { to: '/surveys', group: 'development', label: 'surveys.nav', visible: always },
  { to: '/initiatives', group: 'development', label: 'competence.nav', visible: always },
  {
    to: '/frames',
    group: 'leading',
    label: 'framing.nav',
    visible: (me) => me.abilities.lead || me.abilities.administer,
  },
  {
    to: '/people',
    group: 'leading',
    label: 'common.nav.people',
    visible: (me) => me.abilities.administer || me.abilities.lead,
  },
  { to: '/units', group: 'organisation', label: 'common.nav.units', visible: always },
  { to: '/teams', group: 'organisation', label: 'common.nav.teams', visible: always },
  {
    to: '/import',
    group: 'organisation',
    label: 'common.nav.import',
    visible: (me) => me.abilities.administer,
  },
  {
    to: '/coverage',
    group: 'organisation',
    label: 'coverage.nav',
    visible: (me) => me.abilities.readCoverage,
  },
  {
    to: '/privacy/erasure',
    group: 'organisation',
    label: 'privacy.erasure.nav',
    visible: (me) => me.abilities.manageOrganisation,
  },
  {
    to: '/privacy/retention',
    group: 'organisation',
    label: 'privacy.retention.nav',
    visible: (me) => me.abilities.manageOrganisation,
  },
  {
    to: '/organisation',
    group: 'organisation',
    label: 'common.nav.organisation',
    visible: (me) => me.abilities.manageOrganisation,
  },
  { to: '/my-access', group: 'account', label: 'common.nav.myAccess', visible: always },
  { to: '/my-data', group: 'account', label: 'privacy.nav', visible: always },
  { to: '/outbox', group: 'account', label: 'common.nav.outbox', visible: (me) => me.abilities.viewOutbox },
  { to: '/reminders', group: 'account', label: 'reminders.nav', visible: always },
  { to: '/settings', group: 'account', label: 'common.nav.settings', visible: always },
];

/**
 * Pages without an entry of their own, under the entry that leads to them: a team's development
 * page (and its goals) under the teams, a learning circle under the goals, a team's safety checks
 * and a meeting's evaluation under the meetings.
 */
const SECTIONS: readonly (readonly [prefix: string, to: string])[] = [
  ['/team-development/', '/teams'],
  ['/circles/', '/goals'],
  ['/safety/', '/forums'],
  ['/e/', '/forums'],
  ['/s/', '/surveys'],
  ['/learning-formats', '/initiatives'],
];

export interface ActiveNavOptions {
  /** The signed-in person: their own development page is "my development", anyone else's is the leader's overview. */
  personId?: string;
  /** The entry a page says it belongs under (a team's goal: the teams), when its path cannot tell. */
  section?: string | null;
}

/**
 * The one nav entry to mark as the current page, or null: the entry the page declares, else the
 * longest entry the path starts with (`/` only for itself), else the entry that leads to the page.
 * Only entries in `items` (those the person sees) are ever returned.
 */
export function activeNavEntry(
  pathname: string,
  items: readonly Pick<NavItem, 'to'>[],
  { personId, section }: ActiveNavOptions = {},
): string | null {
  const visible = new Set(items.map((item) => item.to));
  if (section && visible.has(section)) return section;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (personId && path.startsWith('/development/') && !`${path}/`.startsWith(`/development/${personId}/`)) {
    if (visible.has('/overview')) return '/overview';
  }
  const matches = [...visible]
    .filter((to) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length);
  if (matches[0]) return matches[0];
  const alias = SECTIONS.find(([prefix, to]) => path.startsWith(prefix) && visible.has(to));
  return alias ? alias[1] : null;
}
