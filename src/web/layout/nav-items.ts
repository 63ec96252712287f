import type { MessageKey } from '../i18n/catalogue';
import type { Me } from '../lib/session';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only when the signed-in person's abilities allow it; the server enforces the same. */
  visible: (me: Me) => boolean;
}

const always = () => true;

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'common.nav.home', visible: always },
  { to: '/overview', label: 'overview.nav', visible: (me) => me.abilities.lead },
  { to: '/development', label: 'overview.navMine', visible: always },
  { to: '/goals', label: 'goals.nav', visible: always },
  { to: '/conversations', label: 'conversations.nav', visible: always },
  { to: '/feedback', label: 'feedback.nav', visible: always },
  { to: '/frames', label: 'framing.nav', visible: (me) => me.abilities.lead || me.abilities.administer },
  { to: '/people', label: 'common.nav.people', visible: (me) => me.abilities.administer || me.abilities.lead },
  { to: '/units', label: 'common.nav.units', visible: always },
  { to: '/teams', label: 'common.nav.teams', visible: always },
  { to: '/import', label: 'common.nav.import', visible: (me) => me.abilities.administer },
  { to: '/organisation', label: 'common.nav.organisation', visible: (me) => me.abilities.manageOrganisation },
  { to: '/my-access', label: 'common.nav.myAccess', visible: always },
  { to: '/outbox', label: 'common.nav.outbox', visible: (me) => me.abilities.viewOutbox },
  { to: '/reminders', label: 'reminders.nav', visible: always },
  { to: '/settings', label: 'common.nav.settings', visible: always },
];
