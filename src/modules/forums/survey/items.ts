import type { Db } from '../../../server/db/client.js';
import { definitionOf, loadInstrument, type Instrument, type RoundRow } from '../../surveys/index.js';
import type { Instrument as ForumInstrument } from '../constants.js';
import type { QuestionText } from '../answers.js';

/*
 * A forum's rounds ask the instrument as it stood when each opened (its snapshot in the survey
 * engine). Views over several rounds — a forum's trend, a team's checks — compare items by key: the
 * newest round's items in its order, then any item only older rounds asked. An item added later
 * simply has no earlier points.
 */

const textsOf = (definition: Instrument): QuestionText[] =>
  definition.items.map((item) => ({ key: item.key, text: item.text, short: item.short }));

/** The items across `rounds` (newest first); with no round yet, the organisation's current instrument. */
export async function itemsAcross(
  db: Db,
  orgId: string,
  instrument: ForumInstrument,
  rounds: Pick<RoundRow, 'instrument' | 'definition'>[],
): Promise<{ questions: QuestionText[]; scale: { min: number; max: number } }> {
  const definitions = rounds.map(definitionOf);
  if (definitions.length === 0) definitions.push((await loadInstrument(db, orgId, instrument))!.definition);
  const seen = new Map<string, QuestionText>();
  for (const definition of definitions)
    for (const question of textsOf(definition)) if (!seen.has(question.key)) seen.set(question.key, question);
  const { min, max } = definitions[0]!.scale;
  return { questions: [...seen.values()], scale: { min, max } };
}

/** A round's means (in its own item order) placed under `keys`; null where the round did not ask the item. */
export function alignMeans(
  round: Pick<RoundRow, 'instrument' | 'definition'>,
  means: (number | null)[],
  keys: readonly string[],
): (number | null)[] {
  const position = new Map(definitionOf(round).items.map((item, i) => [item.key, i]));
  return keys.map((key) => {
    const i = position.get(key);
    return i === undefined ? null : (means[i] ?? null);
  });
}
