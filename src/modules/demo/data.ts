import type { Role, TeamKind, UnitKind } from '../../shared/roles.js';

/**
 * The demo organisation as plain data: a small Danish municipality on two leader layers. Kept
 * apart from the seeding code so the browser journeys can read the accounts from here too.
 */

export const DEMO_SLUG = 'demo';
export const DEMO_ORG_NAME = 'Demo Kommune';
export const DEMO_EMAIL_DOMAIN = 'demo.mup.dk';

/**
 * One organisation built from this data. The README's demo lives a full year, every account
 * included, for people to explore; the browser journeys get a twin of their own (DEMO_JOURNEYS),
 * where the accounts they sign in with start clean, so neither disturbs the other.
 */
export interface DemoOrganisation {
  slug: string;
  name: string;
  emailDomain: string;
  /** The journeys' accounts: history only before this month, and Sofie Andersen with none. */
  quietAccounts: boolean;
}

export const DEMO_ORG: DemoOrganisation = {
  slug: DEMO_SLUG,
  name: DEMO_ORG_NAME,
  emailDomain: DEMO_EMAIL_DOMAIN,
  quietAccounts: false,
};

export const JOURNEY_ORG: DemoOrganisation = {
  slug: 'journeys',
  name: 'Prøvekommune',
  emailDomain: 'journeys.mup.dk',
  quietAccounts: true,
};
/** Everyone in the demo signs in with this; it is printed at start and written in the README. */
export const DEMO_PASSWORD = 'demo-mup-2024';

export type DemoUnitKey = 'admin' | 'area' | 'daycare' | 'roomA' | 'roomB' | 'school' | 'care';

export interface DemoUnit {
  key: DemoUnitKey;
  parent: DemoUnitKey | null;
  name: string;
  kind: UnitKind;
  externalId: string;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    key: 'admin',
    parent: null,
    name: 'Børne- og Velfærdsforvaltningen',
    kind: 'administration',
    externalId: 'DK-100',
  },
  { key: 'area', parent: 'admin', name: 'Område Syd', kind: 'area', externalId: 'DK-200' },
  {
    key: 'daycare',
    parent: 'area',
    name: 'Børnehuset Mariehønen',
    kind: 'institution',
    externalId: 'DK-310',
  },
  { key: 'roomA', parent: 'daycare', name: 'Sommerfuglestuen', kind: 'department', externalId: 'DK-311' },
  { key: 'roomB', parent: 'daycare', name: 'Græshoppestuen', kind: 'department', externalId: 'DK-312' },
  { key: 'school', parent: 'area', name: 'Skovbrynet Skole', kind: 'institution', externalId: 'DK-320' },
  { key: 'care', parent: 'area', name: 'Plejecenter Lærkebo', kind: 'institution', externalId: 'DK-330' },
];

/** Which person the start-up text names for each role. */
export type DemoAccount =
  'hr' | 'orgAdmin' | 'areaLeader' | 'institutionLeader' | 'employee' | 'resourcePerson';

export interface DemoPerson {
  name: string;
  jobTitle: string;
  roles: { unit: DemoUnitKey; role: Role }[];
  account?: DemoAccount;
}

const employee = (unit: DemoUnitKey, name: string, jobTitle: string): DemoPerson => ({
  name,
  jobTitle,
  roles: [{ unit, role: 'employee' }],
});

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // The administration
  { name: 'Mette Holm', jobTitle: 'HR-konsulent', roles: [{ unit: 'admin', role: 'hr' }], account: 'hr' },
  {
    name: 'Jesper Kristiansen',
    jobTitle: 'Digitaliseringskonsulent',
    roles: [{ unit: 'admin', role: 'org_admin' }],
    account: 'orgAdmin',
  },
  {
    name: 'Louise Dalgaard',
    jobTitle: 'Pædagogisk konsulent',
    roles: [
      { unit: 'daycare', role: 'learning_partner' },
      { unit: 'school', role: 'learning_partner' },
    ],
  },
  // The area and its three institution leaders
  {
    name: 'Hanne Vestergaard',
    jobTitle: 'Områdeleder',
    roles: [{ unit: 'area', role: 'leader' }],
    account: 'areaLeader',
  },
  {
    name: 'Lone Mikkelsen',
    jobTitle: 'Dagtilbudsleder',
    roles: [{ unit: 'daycare', role: 'leader' }],
    account: 'institutionLeader',
  },
  { name: 'Thomas Bach', jobTitle: 'Skoleleder', roles: [{ unit: 'school', role: 'leader' }] },
  { name: 'Birgitte Lund', jobTitle: 'Centerleder', roles: [{ unit: 'care', role: 'leader' }] },
  // Børnehuset Mariehønen, Sommerfuglestuen
  { ...employee('roomA', 'Sofie Andersen', 'Pædagog'), account: 'employee' },
  employee('roomA', 'Mikkel Jensen', 'Pædagog'),
  employee('roomA', 'Anja Thomsen', 'Pædagogmedhjælper'),
  employee('roomA', 'Camilla Poulsen', 'Pædagogisk assistent'),
  employee('roomA', 'Ida Møller', 'Pædagogmedhjælper'),
  employee('roomA', 'Rasmus Larsen', 'Pædagogstuderende'),
  // Græshoppestuen
  employee('roomB', 'Maja Nielsen', 'Pædagog'),
  employee('roomB', 'Kasper Sørensen', 'Pædagog'),
  employee('roomB', 'Tina Rasmussen', 'Pædagogmedhjælper'),
  employee('roomB', 'Line Christensen', 'Pædagogisk assistent'),
  employee('roomB', 'Jonas Pedersen', 'Pædagogmedhjælper'),
  employee('roomB', 'Pernille Kjær', 'Pædagog'),
  // Skovbrynet Skole
  {
    name: 'Karen Frost',
    jobTitle: 'Lærer og inklusionsvejleder',
    roles: [
      { unit: 'school', role: 'employee' },
      { unit: 'school', role: 'resource_person' },
    ],
    account: 'resourcePerson',
  },
  employee('school', 'Anders Hansen', 'Lærer'),
  employee('school', 'Lene Madsen', 'Lærer'),
  employee('school', 'Henrik Olsen', 'Lærer'),
  employee('school', 'Signe Lauridsen', 'Lærer'),
  employee('school', 'Peter Gregersen', 'Lærer'),
  employee('school', 'Marianne Bertelsen', 'Lærer'),
  employee('school', 'Mads Johansen', 'Lærer'),
  employee('school', 'Julie Eriksen', 'Pædagog i indskolingen'),
  employee('school', 'Emil Frederiksen', 'Pædagog i SFO'),
  employee('school', 'Charlotte Winther', 'Skolesekretær'),
  employee('school', 'Niels Knudsen', 'Pedel'),
  // Plejecenter Lærkebo
  {
    // The care home's resource person: she reviews practice and certifies its driving licences.
    name: 'Susanne Jakobsen',
    jobTitle: 'Social- og sundhedsassistent',
    roles: [
      { unit: 'care', role: 'employee' },
      { unit: 'care', role: 'resource_person' },
    ],
  },
  employee('care', 'Ahmed Hassan', 'Social- og sundhedsassistent'),
  employee('care', 'Dorthe Schmidt', 'Social- og sundhedshjælper'),
  employee('care', 'Bente Clausen', 'Social- og sundhedshjælper'),
  employee('care', 'Fatima Ali', 'Social- og sundhedsassistent'),
  employee('care', 'Kirsten Mortensen', 'Sygeplejerske'),
  employee('care', 'Morten Iversen', 'Ergoterapeut'),
  employee('care', 'Hanne Berg', 'Social- og sundhedshjælper'),
  employee('care', 'Lars Villadsen', 'Social- og sundhedsassistent'),
  employee('care', 'Eva Lindberg', 'Aktivitetsmedarbejder'),
  employee('care', 'Gitte Dahl', 'Social- og sundhedshjælper'),
  employee('care', 'Ole Thygesen', 'Fysioterapeut'),
];

export interface DemoTeam {
  name: string;
  kind: TeamKind;
  /** null: a group across units, such as the institution leaders' peer group. */
  unit: DemoUnitKey | null;
  description: string;
  members: string[];
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    name: 'Personalet på Sommerfuglestuen',
    kind: 'unit_staff',
    unit: 'roomA',
    description: 'Stuens faste personale.',
    members: [
      'Sofie Andersen',
      'Mikkel Jensen',
      'Anja Thomsen',
      'Camilla Poulsen',
      'Ida Møller',
      'Rasmus Larsen',
    ],
  },
  {
    name: 'Matematikteamet',
    kind: 'subject',
    unit: 'school',
    description: 'Lærerne der underviser i matematik på mellemtrinnet.',
    members: ['Anders Hansen', 'Henrik Olsen', 'Signe Lauridsen', 'Karen Frost'],
  },
  {
    name: 'Ledersparring Område Syd',
    kind: 'leader_peer_group',
    unit: null,
    description: 'Institutionslederne i Område Syd sparrer med hinanden om ledelse af læring.',
    members: ['Lone Mikkelsen', 'Thomas Bach', 'Birgitte Lund'],
  },
  {
    name: 'Kvalitetsteam Lærkebo',
    kind: 'quality',
    unit: 'care',
    description: 'Arbejder med afprøvninger af bedre måltider for beboerne.',
    members: ['Susanne Jakobsen', 'Kirsten Mortensen', 'Morten Iversen', 'Eva Lindberg'],
  },
];

const ASCII: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

/** "Sofie Andersen" → sofie.andersen@demo.mup.dk (or @journeys.mup.dk in the journeys' twin) */
export function demoEmail(name: string, org: DemoOrganisation = DEMO_ORG): string {
  const local = name
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => ASCII[c] ?? c)
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@${org.emailDomain}`;
}

/** The email of the person the start-up text names for a role. */
export function demoAccountEmail(account: DemoAccount, org: DemoOrganisation = DEMO_ORG): string {
  const person = DEMO_PEOPLE.find((p) => p.account === account);
  if (!person) throw new Error(`No demo person for ${account}`);
  return demoEmail(person.name, org);
}
