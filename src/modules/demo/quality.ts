import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { addDays, localDay } from '../../shared/time.js';
import { teamMembers, teams } from '../org/schema.js';
import { teamCadences } from '../conversations/schema.js';
import { inquiries } from '../inquiry/schema.js';
import { emptyData, FORMS } from '../inquiry/index.js';
import type { InquiryData } from '../inquiry/schema.js';
import {
  qualityDataPoints,
  qualityDataWorks,
  qualityMeasures,
  qualityTeamRoles,
  qualityTrials,
  qualityWorkItems,
} from '../quality/schema.js';

/*
 * Kvalitetsteam Lærkebo's quality work: its four roles (the area leader, a demo account, is its
 * sponsor), a development point about the residents' meals, an improvement action and two trials
 * — one that showed no improvement and was given up, one in progress — and twenty weeks of a
 * measure whose run chart shows the level moving after the second trial started.
 */

const ROLES = [
  ['Susanne Jakobsen', 'team_leader'],
  ['Eva Lindberg', 'team_member'],
  ['Kirsten Mortensen', 'team_member'],
  ['Morten Iversen', 'professional_expert'],
  ['Hanne Vestergaard', 'sponsor'],
] as const;

/** Residents who ate the whole main meal, out of 32, week by week (the last eight after the change). */
const WEEKLY = [18, 21, 19, 22, 17, 20, 21, 18, 22, 19, 20, 21, 25, 27, 26, 28, 27, 29, 26, 28];

function filled(
  form: keyof typeof FORMS,
  fields: Record<string, Record<string, string>>,
  done: string[],
): InquiryData {
  const data = emptyData(FORMS[form]);
  for (const [phase, values] of Object.entries(fields)) Object.assign(data.phases[phase]!.fields, values);
  for (const phase of done) data.phases[phase]!.done = true;
  return data;
}

export async function seedDemoQuality(
  db: Db,
  orgId: string,
  personIds: Map<string, string>,
  now = new Date(),
) {
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.name, 'Kvalitetsteam Lærkebo')));
  if (!team) return;
  const teamId = team.id;
  const pid = (name: string) => personIds.get(name)!;
  const lead = pid('Susanne Jakobsen');
  await db
    .insert(qualityTeamRoles)
    .values(ROLES.map(([name, role]) => ({ orgId, teamId, personId: pid(name), role })));
  await db
    .insert(teamMembers)
    .values({ orgId, teamId, personId: pid('Hanne Vestergaard') })
    .onConflictDoNothing();
  await db.insert(teamCadences).values({ orgId, teamId, intervalWeeks: 4 });

  const lastWeek = addDays(localDay(now), -7);
  const week = (i: number) => addDays(lastWeek, -7 * (WEEKLY.length - 1 - i));
  const [point] = await db
    .insert(qualityWorkItems)
    .values({
      orgId,
      teamId,
      level: 'development_point',
      title: 'Måltiderne er urolige, og flere beboere spiser for lidt',
      description: 'Vi ser støj, afbrydelser og beboere, der forlader bordet, før de har spist.',
      createdBy: lead,
    })
    .returning();
  const [action] = await db
    .insert(qualityWorkItems)
    .values({
      orgId,
      teamId,
      level: 'improvement_action',
      parentId: point!.id,
      title: 'Rolige måltider med tid til den enkelte',
      createdBy: lead,
    })
    .returning();
  const [measure] = await db
    .insert(qualityMeasures)
    .values({
      orgId,
      teamId,
      name: 'Beboere, der spiser hele hovedmåltidet',
      description:
        'Antal af de 32 beboere, der spiser hele hovedmåltidet om middagen, talt én fast dag om ugen.',
      kind: 'count',
      unit: 'beboere',
      frequency: 'weekly',
      recorder: 'Den, der har køkkenvagten om onsdagen',
      direction: 'higher',
      minValue: 0,
      maxValue: 32,
      // The twelve weeks before the second trial are the baseline the later weeks are judged against.
      baselinePoints: 12,
      createdBy: lead,
    })
    .returning();
  await db.insert(qualityDataPoints).values(
    WEEKLY.map((value, i) => ({
      orgId,
      measureId: measure!.id,
      on: week(i),
      value,
      clientKey: `demo-${i}`,
      recordedBy: lead,
    })),
  );

  const trial = async (
    title: string,
    startedOn: string,
    data: InquiryData,
    result?: { outcome: 'no_improvement'; conclusion: 'abandon' },
  ) => {
    const [inquiry] = await db
      .insert(inquiries)
      .values({ orgId, form: 'trial_action', subjectTeamId: teamId, data, createdBy: lead })
      .returning();
    await db.insert(qualityTrials).values({
      orgId,
      teamId,
      actionId: action!.id,
      inquiryId: inquiry!.id,
      title,
      startedOn,
      measureId: measure!.id,
      outcome: result?.outcome ?? null,
      conclusion: result?.conclusion ?? null,
      concludedAt: result ? now : null,
      createdBy: lead,
    });
  };
  await trial(
    'Dæmpet lys og rolig musik under middagen',
    week(4),
    filled(
      'trial_action',
      {
        plan: {
          change: 'Vi dæmper lyset og spiller rolig musik under middagen i fire uger.',
          prediction: 'Flere spiser hele måltidet.',
        },
        study: {
          whatDataShows: 'Tallene svinger som før.',
          whatLearned: 'Uroen kommer ikke fra lys og lyd, men fra afbrydelser.',
        },
        act: { reasoning: 'Ingen forbedring – vi stopper og prøver noget andet.' },
      },
      ['plan', 'do', 'study', 'act'],
    ),
    { outcome: 'no_improvement', conclusion: 'abandon' },
  );
  await trial(
    'Faste bordværter ved hvert bord',
    week(12),
    filled(
      'trial_action',
      {
        plan: {
          change: 'En medarbejder sidder fast ved hvert bord hele måltidet og spiser med.',
          prediction: 'Færre afbrydelser, og flere spiser hele måltidet.',
          howMeasured: 'Den ugentlige optælling af beboere, der spiser hele hovedmåltidet.',
        },
      },
      ['plan', 'do'],
    ),
  );
  const [work] = await db
    .insert(inquiries)
    .values({
      orgId,
      form: 'data_work',
      subjectTeamId: teamId,
      data: filled(
        'data_work',
        { before: { learningFocus: 'Hvad gør måltidet roligt for vores beboere?' } },
        [],
      ),
      createdBy: lead,
    })
    .returning();
  await db.insert(qualityDataWorks).values({
    orgId,
    teamId,
    inquiryId: work!.id,
    title: 'Roligere måltider',
    measureIds: [measure!.id],
    createdBy: lead,
  });
}
