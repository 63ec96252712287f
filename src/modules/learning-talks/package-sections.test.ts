import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { initiatives } from '../competence/schema.js';
import { INSTRUMENT_ITEMS } from '../forums/constants.js';
import { forumMeetings, forums } from '../forums/schema.js';
import { qualityApi, week } from '../quality/testing.js';
import { builtInInstrument } from '../surveys/index.js';
import { surveyResponses, surveyRounds } from '../surveys/schema.js';

const SECTION_KEYS = ['goals', 'initiatives', 'forums', 'evaluations', 'surveys', 'trials', 'measures'];

describeEachEngine(
  'the learning conversation’s data package: sections from quality, competence, surveys and forums',
  (env) => {
    const { req, qualityTeam, measure, action } = qualityApi(env);

    it('trials with their conclusions, measures with their signals, initiatives, survey results only above the threshold and forum evaluation trends — to the parties only', async () => {
      const db = env().database.db;
      const o = await buildTwoLayerOrg(db);
      const orgId = o.org.id;
      const unitId = o.units.instA.id;

      // Quality: a measure whose last 8 of 24 weekly points shifted down (the good direction), and two trials.
      const teamId = await qualityTeam(o);
      const measureId = await measure(o, teamId);
      for (let i = 0; i < 24; i++)
        expect(
          (
            await req(o.employeeA, 'POST', `/quality/measures/${measureId}/points`, {
              on: week(i),
              value: i < 16 ? [9, 11, 10, 12, 8, 10, 11, 9][i % 8]! : [4, 5, 3, 4, 5, 4, 3, 5][i % 8]!,
              clientKey: `bench-point-${i}`,
            })
          ).status,
        ).toBe(201);
      const actionId = await action(o, teamId);
      const trial = async (title: string) =>
        (
          await req(o.employeeA, 'POST', `/quality/actions/${actionId}/trials`, {
            title,
            startedOn: week(16),
            measureId,
          })
        ).json.trial.id as string;
      const quiet = await trial('Stille start i garderoben');
      await trial('Makkerpar');
      await req(o.colleagueA, 'PUT', `/quality/trials/${quiet}/conclusion`, {
        outcome: 'no_improvement',
        conclusion: 'abandon',
      });

      // Competence: one running initiative of the unit.
      await db.insert(initiatives).values({
        orgId,
        unitId,
        title: 'Sprogpakken i alle stuer',
        status: 'running',
        data: { phases: {} },
      });

      // Surveys: a closed round with six answers from the unit (shown) and one with two (never shown).
      const instrument = builtInInstrument('learning_culture')!;
      const closedRound = async (title: string, answers: number) => {
        const [round] = await db
          .insert(surveyRounds)
          .values({
            orgId,
            instrument: instrument.key,
            code: `code-${title}`,
            openedOn: '2026-03-01',
            closesAt: new Date('2026-03-15T12:00:00Z'),
            closedAt: new Date('2026-03-15T12:00:00Z'),
            title,
            definition: instrument,
            threshold: 5,
            commentThreshold: 10,
          })
          .returning();
        for (let i = 0; i < answers; i++)
          await db.insert(surveyResponses).values({
            orgId,
            roundId: round!.id,
            unitId,
            scores: instrument.items.map(() => 4),
          });
        return round!.id;
      };
      await closedRound('Læringskultur forår', 6);
      await closedRound('Læringskultur lille', 2);

      // Forums: a staff meeting evaluated twice, once by enough people, once by too few.
      const [forum] = await db
        .insert(forums)
        .values({ orgId, unitId, level: 'organisation', name: 'Personalemøde' })
        .returning();
      const evaluated = async (heldOn: string, scores: number[]) => {
        const [meeting] = await db
          .insert(forumMeetings)
          .values({ orgId, forumId: forum!.id, heldOn })
          .returning();
        const [round] = await db
          .insert(surveyRounds)
          .values({
            orgId,
            instrument: 'meeting',
            meetingId: meeting!.id,
            code: `m-${heldOn}`,
            openedOn: heldOn,
            closesAt: new Date(`${heldOn}T20:00:00Z`),
            closedAt: new Date(`${heldOn}T20:00:00Z`),
          })
          .returning();
        for (const score of scores)
          await db.insert(surveyResponses).values({
            orgId,
            roundId: round!.id,
            unitId,
            scores: INSTRUMENT_ITEMS.meeting.map(() => score),
          });
      };
      await evaluated('2026-02-10', [3, 3, 3, 3, 3]);
      await evaluated('2026-04-10', [5, 5]);
      await evaluated('2026-05-10', [4, 4, 4, 4, 4]);

      const talk = (
        await req(o.leaderA, 'POST', '/learning-talks', { unitId, cadence: 'yearly', heldOn: '2026-11-20' })
      ).json.talk;
      const pkg = await req(o.areaLeader, 'GET', `/learning-talks/${talk.id}/package`);
      expect(pkg.status, pkg.text).toBe(200);
      const sections = Object.fromEntries(pkg.json.sections.map((s: { key: string }) => [s.key, s]));
      expect(pkg.json.sections.map((s: { key: string }) => s.key)).toEqual(SECTION_KEYS);

      expect(sections.trials.facts).toEqual([
        { key: 'trials', value: 2 },
        { key: 'concluded', value: 1 },
        { key: 'noImprovement', value: 1 },
      ]);
      expect(sections.trials.items).toEqual([
        {
          title: 'Stille start i garderoben',
          detail: 'Kvalitetsteam Solsikken: Faste makkere i garderoben',
          tags: ['outcome_no_improvement', 'conclusion_abandon'],
        },
        {
          title: 'Makkerpar',
          detail: 'Kvalitetsteam Solsikken: Faste makkere i garderoben',
          tags: ['ongoing'],
        },
      ]);
      expect(sections.measures.facts).toEqual([
        { key: 'measures', value: 1 },
        { key: 'withSignal', value: 1 },
      ]);
      expect(sections.measures.items[0]).toMatchObject({
        title: 'Konflikter ved garderoben',
        tags: expect.arrayContaining(['long_run_improvement']),
      });
      expect(sections.initiatives.items).toEqual([
        { title: 'Sprogpakken i alle stuer', detail: null, tags: ['status_running'] },
      ]);

      // Surveys: the round below the threshold gives its name and no number.
      expect(sections.surveys.facts).toEqual([
        { key: 'rounds', value: 2 },
        { key: 'shown', value: 1 },
      ]);
      const [shown, small] = sections.surveys.items;
      expect(shown.title).toBe('Læringskultur forår');
      expect(shown.detail).toBe('2026-03-15 · Børnehuset Solsikken · 6');
      expect(shown.scores).toContainEqual({
        name: { da: 'Læringskultur i alt', en: 'Learning culture overall' },
        value: 75,
      });
      expect(small).toEqual({
        title: 'Læringskultur lille',
        detail: '2026-03-15',
        tags: ['belowThreshold'],
        scores: [],
      });

      // Forums: the trend runs over shown evaluations only (3.0 → 4.0); the small one is counted, not used.
      expect(sections.evaluations.facts).toEqual([
        { key: 'shown', value: 2 },
        { key: 'hidden', value: 1 },
      ]);
      expect(sections.evaluations.items).toEqual([{ title: 'Personalemøde', detail: '3.0 → 4.0', tags: [] }]);

      // The same package to the unit's own leader; to no one else.
      expect((await req(o.leaderA, 'GET', `/learning-talks/${talk.id}/package`)).json.sections).toEqual(
        pkg.json.sections,
      );
      for (const outsider of [o.employeeA, o.colleagueA, o.leaderB, o.hr])
        expect((await req(outsider, 'GET', `/learning-talks/${talk.id}/package`)).status, outsider.name).toBe(
          404,
        );
    });
  },
);
