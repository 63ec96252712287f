import type { MessageKey } from '../i18n/catalogue';
import type { Me } from '../lib/session';

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
  { to: '/forums', group: 'development', label: 'forums.nav', visible: always },
  { to: '/frames', group: 'leading', label: 'framing.nav', visible: (me) => me.abilities.lead || me.abilities.administer },
  { to: '/people', group: 'leading', label: 'common.nav.people', visible: (me) => me.abilities.administer || me.abilities.lead },
  { to: '/units', group: 'organisation', label: 'common.nav.units', visible: always },
  { to: '/teams', group: 'organisation', label: 'common.nav.teams', visible: always },
  { to: '/import', group: 'organisation', label: 'common.nav.import', visible: (me) => me.abilities.administer },
  { to: '/organisation', group: 'organisation', label: 'common.nav.organisation', visible: (me) => me.abilities.manageOrganisation },
  { to: '/my-access', group: 'account', label: 'common.nav.myAccess', visible: always },
  { to: '/outbox', group: 'account', label: 'common.nav.outbox', visible: (me) => me.abilities.viewOutbox },
  { to: '/reminders', group: 'account', label: 'reminders.nav', visible: always },
  { to: '/settings', group: 'account', label: 'common.nav.settings', visible: always },
];
