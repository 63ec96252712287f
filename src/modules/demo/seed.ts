import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import { writeAudit } from '../../server/audit/write.js';
import { memberships, organisations, people, teamMembers, teams, units } from '../org/schema.js';
import { hashPassword } from '../auth/index.js';
import { seedDemoActivity } from './activity.js';
import { seedDemoQuality } from './quality.js';
import { seedDemoLibrary } from './library.js';
import { seedDemoProgression } from './progression.js';
import { seedDemoSurveys } from './surveys.js';
import { seedDemoCompetence } from './competence.js';
import { seedDemoLicences } from './licences.js';
import { seedDemoYearWheel } from './year-wheel.js';
import { seedDemoRolesHome } from './roles-home.js';
import {
  DEMO_ORG,
  DEMO_ORG_NAME,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TEAMS,
  DEMO_UNITS,
  demoAccountEmail,
  demoEmail,
  type DemoAccount,
  type DemoOrganisation,
  type DemoUnitKey,
} from './data.js';

/**
 * Creates the demo organisation (or the journeys' twin) on first start and returns the sign-in
 * text to print, or null when it already exists.
 */
export async function ensureDemoOrganisation(
  db: Db,
  config: Config,
  spec: DemoOrganisation = DEMO_ORG,
): Promise<string | null> {
  const existing = await db.query.organisations.findFirst({ where: (o, { eq }) => eq(o.slug, spec.slug) });
  if (existing) return null;
  // One hash for everyone: argon2 is slow on purpose, and the demo has one shared password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const created = await db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    // ON CONFLICT: two PostgreSQL servers starting at once must not both seed.
    const [org] = await tx
      .insert(organisations)
      .values({ slug: spec.slug, name: spec.name })
      .onConflictDoNothing({ target: organisations.slug })
      .returning();
    if (!org) return false;

    const unitIds = new Map<DemoUnitKey, string>();
    // DEMO_UNITS lists parents before children.
    for (const unit of DEMO_UNITS) {
      const [row] = await tx
        .insert(units)
        .values({
          orgId: org.id,
          parentId: unit.parent ? unitIds.get(unit.parent)! : null,
          name: unit.name,
          kind: unit.kind,
          externalId: unit.externalId,
        })
        .returning({ id: units.id });
      unitIds.set(unit.key, row!.id);
    }

    const personRows = await tx
      .insert(people)
      .values(
        DEMO_PEOPLE.map((p, i) => ({
          orgId: org.id,
          name: p.name,
          email: demoEmail(p.name, spec),
          employeeNumber: String(10001 + i),
          jobTitle: p.jobTitle,
          locale: 'da' as const,
          passwordHash,
        })),
      )
      .returning({ id: people.id, name: people.name });
    const personIds = new Map(personRows.map((r) => [r.name, r.id]));

    await tx.insert(memberships).values(
      DEMO_PEOPLE.flatMap((p) =>
        p.roles.map(({ unit, role }) => ({
          orgId: org.id,
          personId: personIds.get(p.name)!,
          unitId: unitIds.get(unit)!,
          role,
        })),
      ),
    );

    for (const team of DEMO_TEAMS) {
      const [row] = await tx
        .insert(teams)
        .values({
          orgId: org.id,
          unitId: team.unit ? unitIds.get(team.unit)! : null,
          name: team.name,
          kind: team.kind,
          description: team.description,
        })
        .returning({ id: teams.id });
      await tx
        .insert(teamMembers)
        .values(
          team.members.map((name) => ({ orgId: org.id, teamId: row!.id, personId: personIds.get(name)! })),
        );
    }

    await seedDemoActivity(tx, org.id, unitIds, personIds, new Date(), { quietAccounts: spec.quietAccounts });
    await seedDemoQuality(tx, org.id, personIds);
    await seedDemoLibrary(tx, org.id, personIds);
    await seedDemoProgression(tx, org.id, unitIds);
    await seedDemoSurveys(tx, org.id, unitIds, personIds);
    await seedDemoCompetence(tx, org.id, unitIds, personIds);
    await seedDemoLicences(tx, org.id, unitIds, personIds);
    await seedDemoYearWheel(tx, org.id, unitIds, personIds, new Date());
    await seedDemoRolesHome(tx, org.id, unitIds, personIds, new Date(), {
      quietAccounts: spec.quietAccounts,
    });

    await writeAudit(
      tx,
      { actor: null, orgId: org.id },
      {
        action: 'demo.created',
        entityType: 'organisation',
        entityId: org.id,
        details: { units: DEMO_UNITS.length, people: DEMO_PEOPLE.length, teams: DEMO_TEAMS.length },
      },
    );
    return true;
  });
  return created
    ? spec === DEMO_ORG
      ? demoSignInText(config, true)
      : `Created "${spec.name}" for the browser journeys.`
    : null;
}

const ACCOUNT_LABELS: [DemoAccount, string][] = [
  ['hr', 'HR'],
  ['orgAdmin', 'Organisation admin'],
  ['areaLeader', 'Area leader (områdeleder)'],
  ['institutionLeader', 'Institution leader'],
  ['employee', 'Employee (pædagog)'],
  ['resourcePerson', 'Resource person'],
];

/** How to sign in to the demo: printed at every start, so it is at hand after the first one too. */
export function demoSignInText(config: Config, created: boolean): string {
  const width = Math.max(...ACCOUNT_LABELS.map(([, label]) => label.length)) + 2;
  const lines = ACCOUNT_LABELS.map(
    ([account, label]) => `  ${`${label}:`.padEnd(width)} ${demoAccountEmail(account)}`,
  );
  return [
    created
      ? `Created the demo organisation "${DEMO_ORG_NAME}".`
      : `The demo organisation "${DEMO_ORG_NAME}" is here from an earlier start.`,
    `Open ${config.publicUrl} and sign in with the password ${DEMO_PASSWORD} as:`,
    ...lines,
  ].join('\n');
}
