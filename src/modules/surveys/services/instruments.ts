import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { BUILT_IN_INSTRUMENTS, builtInInstrument } from '../instruments/index.js';
import type { Instrument } from '../instruments/types.js';
import { isForumInstrument, loadInstrument } from '../engine/instruments.js';
import { FORUM_SCALE } from '../constants.js';
import { surveyInstruments } from '../schema.js';
import type { SaveInstrumentInput } from '../validation.js';
import type { InstrumentAnswer, InstrumentsAnswer, RoundInstrumentsAnswer } from '../answers.js';
import { mayOpenRounds } from '../access.js';

const isForum = isForumInstrument;

export { loadInstrument };

/** GET /surveys/instruments: the built-ins in their order, each as the organisation has it. */
export async function listInstruments({ ctx }: { ctx: SignedInContext }): Promise<InstrumentsAnswer> {
  const own = await ctx.db
    .select()
    .from(surveyInstruments)
    .where(eq(surveyInstruments.orgId, ctx.actor.orgId));
  const byKey = new Map(own.map((o) => [o.key, o]));
  return {
    instruments: BUILT_IN_INSTRUMENTS.map((builtIn) => {
      const copy = byKey.get(builtIn.key);
      const def: Instrument = copy?.definition ?? builtIn;
      return {
        key: def.key,
        name: def.name,
        description: def.description,
        items: def.items.length,
        indices: def.indices.length,
        edited: Boolean(copy),
        version: copy?.version ?? 0,
        forum: isForum(def.key),
      };
    }),
  };
}

/**
 * GET /surveys/round-instruments: what a round may ask — the organisation's instruments as they stand,
 * without the forums' meeting evaluation and safety check (opened from the forums). Read-only, for
 * those who may open a round (HR, leaders); anyone else 404.
 */
export async function listRoundInstruments({
  ctx,
}: {
  ctx: SignedInContext;
}): Promise<RoundInstrumentsAnswer> {
  if (!mayOpenRounds(ctx)) throw notFound();
  const { instruments } = await listInstruments({ ctx });
  return {
    instruments: instruments
      .filter((i) => !i.forum)
      .map(({ key, name, description }) => ({ key, name, description })),
  };
}

export async function getInstrument({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { key: string };
}): Promise<InstrumentAnswer> {
  const found = await loadInstrument(ctx.db, ctx.actor.orgId, input.key);
  if (!found) throw notFound('No such instrument');
  return {
    instrument: found.definition as InstrumentAnswer['instrument'],
    version: found.version,
    edited: found.edited,
    forum: found.forum,
  };
}

/** What zod cannot see: keys unique, indices that exist, labels on the scale. */
function checkDefinition(def: Instrument) {
  const problems: { path: string; message: string }[] = [];
  if (def.scale.max <= def.scale.min)
    problems.push({
      path: 'definition.scale.max',
      message: 'The top of the scale must lie above its bottom',
    });
  if (isForum(def.key) && (def.scale.min < FORUM_SCALE.min || def.scale.max > FORUM_SCALE.max))
    problems.push({
      path: 'definition.scale.max',
      message: `The forums ask from ${FORUM_SCALE.min} to ${FORUM_SCALE.max}: keep the scale within it`,
    });
  def.scale.labels.forEach((l, i) => {
    if (l.value < def.scale.min || l.value > def.scale.max)
      problems.push({
        path: `definition.scale.labels.${i}.value`,
        message: 'A label must name a point on the scale',
      });
  });
  const itemKeys = new Set<string>();
  const indexKeys = new Set(def.indices.map((x) => x.key));
  if (indexKeys.size !== def.indices.length)
    problems.push({ path: 'definition.indices', message: 'Two indices share a key' });
  def.items.forEach((item, i) => {
    if (itemKeys.has(item.key))
      problems.push({ path: `definition.items.${i}.key`, message: 'Two items share a key' });
    itemKeys.add(item.key);
    const index = def.indices.find((x) => x.key === item.index);
    if (item.index && (!index || index.of))
      problems.push({
        path: `definition.items.${i}.index`,
        message: 'The item counts in an index that does not exist',
      });
  });
  def.indices.forEach((index, i) => {
    if (index.of?.some((k) => !indexKeys.has(k) || k === index.key))
      problems.push({
        path: `definition.indices.${i}.of`,
        message: 'A composite index combines indices that do not exist',
      });
  });
  if (problems.length) throw invalid(problems[0]!.message, 'survey_instrument_invalid', problems);
}

/**
 * PUT /surveys/instruments/{key}: HR saves the organisation's copy against the version read (0: the
 * built-in). Rounds already opened keep the instrument as it stood (their own snapshot); the forums'
 * meeting evaluation and safety check are edited here too, and their next round asks the new version.
 */
export async function saveInstrument({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SaveInstrumentInput & { key: string };
}): Promise<InstrumentAnswer> {
  const orgId = ctx.actor.orgId;
  if (!builtInInstrument(input.key)) throw notFound('No such instrument');
  const definition = { ...input.definition, key: input.key } as Instrument;
  checkDefinition(definition);
  return inTransaction(ctx, async (tx) => {
    const changed =
      input.version === 0
        ? await tx.db
            .insert(surveyInstruments)
            .values({
              orgId,
              key: input.key,
              definition,
              updatedBy: ctx.actor.personId,
              updatedAt: ctx.now(),
            })
            .onConflictDoNothing()
            .returning({ id: surveyInstruments.id })
        : await tx.db
            .update(surveyInstruments)
            .set({
              definition,
              version: sql`${surveyInstruments.version} + 1`,
              updatedBy: ctx.actor.personId,
              updatedAt: ctx.now(),
            })
            .where(
              and(
                eq(surveyInstruments.orgId, orgId),
                eq(surveyInstruments.key, input.key),
                eq(surveyInstruments.version, input.version),
              ),
            )
            .returning({ id: surveyInstruments.id });
    if (changed.length === 0)
      throw conflict('Someone else changed the instrument meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.instrument_saved',
        entityType: 'survey_instrument',
        entityId: changed[0]!.id,
        details: { key: input.key },
      },
    );
    const saved = (await loadInstrument(tx.db, orgId, input.key))!;
    return {
      instrument: saved.definition,
      version: saved.version,
      edited: true,
      forum: isForum(input.key),
    } as InstrumentAnswer;
  });
}
