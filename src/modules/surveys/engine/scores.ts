import { distribution, indexScore, mean, toPoints } from '../../../shared/stats/index.js';
import type { Instrument } from '../instruments/types.js';

/*
 * A group's scores from its respondents' answers (docs/statistics.md "Index scores"): an item's mean
 * on the instrument's scale with reversed items turned round, so higher is always better; an index
 * per respondent from at least half of its items, the group's index the mean of those, shown as
 * 0–100 points; a composite index the mean of its parts' group scores.
 */

export interface ResponseRow {
  unitId: string | null;
  scores: (number | null)[];
  comment: string | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The score as it counts: a reversed item's answer turned round. */
export function counted(instrument: Instrument, item: number, score: number | null): number | null {
  if (score === null) return null;
  const def = instrument.items[item];
  return def?.reverse ? instrument.scale.max + instrument.scale.min - score : score;
}

export function itemMeans(instrument: Instrument, responses: readonly ResponseRow[]) {
  return instrument.items.map((item, i) => {
    const m = mean(
      responses
        .map((r) => counted(instrument, i, r.scores[i] ?? null))
        .filter((s): s is number => s !== null),
    );
    return { key: item.key, mean: m === null ? null : round1(m) };
  });
}

export function indexPoints(instrument: Instrument, responses: readonly ResponseRow[]) {
  const scale = { min: instrument.scale.min, max: instrument.scale.max };
  const raw = new Map<string, number | null>();
  for (const index of instrument.indices) {
    if (index.of) continue;
    const positions = instrument.items.flatMap((item, i) => (item.index === index.key ? [i] : []));
    const scores = responses
      .map((r) => indexScore(positions.map((i) => counted(instrument, i, r.scores[i] ?? null))))
      .filter((s): s is number => s !== null);
    const m = mean(scores);
    raw.set(index.key, m === null ? null : toPoints(m, scale));
  }
  for (const index of instrument.indices) {
    if (!index.of) continue;
    raw.set(index.key, mean(index.of.map((k) => raw.get(k) ?? null).filter((p): p is number => p !== null)));
  }
  return instrument.indices.map((index) => {
    const p = raw.get(index.key) ?? null;
    return { key: index.key, points: p === null ? null : Math.round(p) };
  });
}

/** How many gave each value of the scale, per item (the raw answers, as the respondents gave them). */
export function itemDistributions(instrument: Instrument, responses: readonly ResponseRow[]) {
  const values = Array.from(
    { length: instrument.scale.max - instrument.scale.min + 1 },
    (_, i) => instrument.scale.min + i,
  );
  return instrument.items.map((item, i) => ({
    key: item.key,
    counts: distribution(
      responses.map((r) => r.scores[i] ?? null),
      values,
    ),
  }));
}

/** Items and indices at or below `limit` points, weakest first. */
export function weakResults(
  instrument: Instrument,
  items: { key: string; mean: number | null }[],
  indices: { key: string; points: number | null }[],
  limit: number,
) {
  const scale = { min: instrument.scale.min, max: instrument.scale.max };
  const weak = [
    ...indices
      .filter((i) => i.points !== null && i.points <= limit)
      .map((i) => ({ key: i.key, kind: 'index' as const, points: i.points! })),
    ...items
      .filter((i) => i.mean !== null)
      .map((i) => ({ key: i.key, kind: 'item' as const, points: Math.round(toPoints(i.mean!, scale)) }))
      .filter((i) => i.points <= limit),
  ];
  return weak.sort((a, b) => a.points - b.points);
}

/** The comments of `responses`, trimmed, the empty left out (in the order given). */
export const commentTexts = (responses: readonly Pick<ResponseRow, 'comment'>[]) =>
  responses.map((r) => r.comment?.trim() ?? '').filter((c) => c.length > 0);

/**
 * Comments in a new random order (a copy), so their order says nothing about who wrote them or when.
 * A page shuffles on every request: a fixed order, if learnt, would still pair an answer with its
 * place.
 */
export function shuffled(comments: readonly string[], random: () => number = Math.random) {
  const out = [...comments];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
