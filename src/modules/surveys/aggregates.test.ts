import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { seededRandom } from '../../shared/stats/seeded-random.js';
import { builtInInstrument } from './instruments/index.js';
import type { Instrument } from './instruments/types.js';
import {
  addAggregates,
  aggregateDistributions,
  aggregateIndexPoints,
  aggregateItemMeans,
  aggregateOf,
} from './engine/aggregates.js';
import { indexPoints, itemDistributions, itemMeans, type ResponseRow } from './engine/scores.js';
import { surveyResponses, surveyRounds, surveyUnitResults } from './schema.js';

/** Answers on the whole scale with blanks, some units with few answers: what sums must add up from. */
function answers(instrument: Instrument, units: string[], n: number, seed: number): ResponseRow[] {
  const random = seededRandom(seed);
  const span = instrument.scale.max - instrument.scale.min + 1;
  return Array.from({ length: n }, (_, k) => ({
    unitId: units[k % units.length]!,
    comment: null,
    scores: instrument.items.map(() =>
      random.next() < 0.15 ? null : instrument.scale.min + Math.floor(random.next() * span),
    ),
  }));
}

// The stored sums (engine/aggregates.ts, ADR 0022) read as the answers do: per unit, and added up.
describe('survey sums agree with scoring the answers', () => {
  for (const key of ['social_capital', 'learning_culture', 'mup_process', 'learning_community', 'meeting']) {
    it(key, () => {
      const instrument = builtInInstrument(key) as Instrument;
      const rows = answers(instrument, ['a', 'b', 'c'], 61, key.length);
      const parts = ['a', 'b', 'c'].map((u) =>
        aggregateOf(
          instrument,
          rows.filter((r) => r.unitId === u),
        ),
      );
      const total = addAggregates(instrument, parts);
      expect(total.respondents).toBe(rows.length);
      expect(aggregateItemMeans(instrument, total)).toEqual(itemMeans(instrument, rows));
      expect(aggregateIndexPoints(instrument, total)).toEqual(indexPoints(instrument, rows));
      expect(aggregateDistributions(instrument, total)).toEqual(itemDistributions(instrument, rows));
      // A single unit, and no answers at all.
      const a = rows.filter((r) => r.unitId === 'a');
      expect(aggregateIndexPoints(instrument, parts[0]!)).toEqual(indexPoints(instrument, a));
      expect(aggregateItemMeans(instrument, addAggregates(instrument, []))).toEqual(
        itemMeans(instrument, []),
      );
    });
  }
});

describeEachEngine('survey sums stored when a round is sealed', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });

  it('the stored sums, the pages and the answers agree; a round sealed before the sums gets them', async () => {
    const org = await buildOrg(db());
    const admin = await buildUnit(db(), org, { kind: 'administration', name: 'Forvaltning' });
    const area = await buildUnit(db(), org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
    const a = await buildUnit(db(), org, { name: 'Solsikken', parentId: area.id });
    const b = await buildUnit(db(), org, { name: 'Mælkebøtten', parentId: area.id });
    const hr = await buildPerson(db(), org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
    const staff: Person[] = [];
    for (const unit of [a, a, a, a, a, a, b, b, b, b, b, b, b])
      staff.push(await buildPerson(db(), org, { roles: [{ unit, role: 'employee' }] }));
    const instrument = builtInInstrument('learning_community') as Instrument;
    const opened = await req(hr, 'POST', '/surveys/rounds', {
      instrument: 'learning_community',
      unitIds: [area.id],
    });
    expect(opened.status, opened.text).toBe(201);
    const id = opened.json.round.id as string;
    const given = answers(instrument, ['x'], staff.length - 1, 13);
    for (const [k, p] of staff.slice(0, -1).entries()) {
      const [mail] = await mailsTo(db(), org.id, p.email!);
      const token = /\/s\/([\w-]+)/.exec(mail!.text)![1]!;
      // Optional blanks only where the instrument allows them: fill the rest.
      const scores = given[k]!.scores.map((s, i) => (instrument.items[i]!.optional ? s : (s ?? 3)));
      const res = await req(p, 'POST', `/surveys/answer/${token}`, { scores });
      expect(res.status, res.text).toBe(201);
    }
    expect((await req(hr, 'POST', `/surveys/rounds/${id}/close`)).status).toBe(200);

    const responses = (await db()
      .select({
        unitId: surveyResponses.unitId,
        scores: surveyResponses.scores,
        comment: surveyResponses.comment,
      })
      .from(surveyResponses)
      .where(eq(surveyResponses.roundId, id))) as ResponseRow[];
    const stored = await db()
      .select()
      .from(surveyUnitResults)
      .where(and(eq(surveyUnitResults.orgId, org.id), eq(surveyUnitResults.roundId, id)));
    expect(stored.map((s) => [s.unitId, s.invited, s.answered, s.respondents]).sort()).toEqual(
      [
        [a.id, 6, 6, 6],
        [b.id, 7, 6, 6],
      ].sort(),
    );
    for (const s of stored) {
      const own = responses.filter((r) => r.unitId === s.unitId);
      expect(aggregateItemMeans(instrument, s)).toEqual(itemMeans(instrument, own));
      expect(aggregateIndexPoints(instrument, s)).toEqual(indexPoints(instrument, own));
      expect(aggregateDistributions(instrument, s)).toEqual(itemDistributions(instrument, own));
    }
    const [round] = await db().select().from(surveyRounds).where(eq(surveyRounds.id, id));
    expect(round!.totals).toMatchObject({ invited: 13, answered: 12, respondents: 12 });
    expect(aggregateIndexPoints(instrument, round!.totals!)).toEqual(indexPoints(instrument, responses));

    // The pages show what scoring the answers gives.
    const heat = await req(hr, 'GET', `/surveys/rounds/${id}/results`);
    expect(heat.json.organisation).toMatchObject({
      respondents: 12,
      items: itemMeans(instrument, responses),
      indices: indexPoints(instrument, responses),
    });
    const ofA = responses.filter((r) => r.unitId === a.id);
    const unit = await req(hr, 'GET', `/surveys/rounds/${id}/units/${a.id}`);
    expect(unit.json.group).toMatchObject({
      respondents: 6,
      items: itemMeans(instrument, ofA),
      indices: indexPoints(instrument, ofA),
      distribution: itemDistributions(instrument, ofA),
    });
    expect(heat.json.groups.find((g: { unit: { id: string } }) => g.unit.id === a.id).indices).toEqual(
      indexPoints(instrument, ofA),
    );
    expect((await req(hr, 'GET', '/surveys/rounds')).json.rounds[0]).toMatchObject({
      invited: 13,
      answered: 12,
    });

    // A round sealed before the sums were kept (its rows as the migration leaves them) gets them on
    // its first read, with the same pages.
    await db().delete(surveyUnitResults).where(eq(surveyUnitResults.roundId, id));
    await db().update(surveyRounds).set({ totals: null }).where(eq(surveyRounds.id, id));
    const again = await req(hr, 'GET', `/surveys/rounds/${id}/units/${a.id}`);
    expect(again.json.group).toEqual(unit.json.group);
    expect(again.json.organisation).toEqual(unit.json.organisation);
    expect(await db().select().from(surveyUnitResults).where(eq(surveyUnitResults.roundId, id))).toHaveLength(
      2,
    );
  });
});
