import { indexScore, toPoints } from '../../../shared/stats/index.js';
import type { Instrument } from '../instruments/types.js';
import { counted, type ResponseRow } from './scores.js';

/*
 * A group's sums, from which its scores are read without its answers (issue 13, ADR 0022): what
 * itemMeans, indexPoints and itemDistributions compute from the answers, kept as sums and counts that
 * add up across units. A sealed round stores one per unit it has answers in (survey_unit_results), and
 * one for the whole round; a page adds the units of the group it shows.
 * - items, in the instrument's order: the sum of the counted scores (reversed items turned round) and
 *   how many scored it, then how many gave each value of the scale (the raw answers);
 * - indices, in the instrument's order: the sum of the respondents' index scores and how many had one
 *   (a composite index is read from its parts, so its entry stays 0, 0).
 */
export interface Aggregate {
  respondents: number;
  items: { sum: number; n: number; counts: number[] }[];
  indices: { sum: number; n: number }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const scaleValues = (instrument: Instrument) => instrument.scale.max - instrument.scale.min + 1;

export function emptyAggregate(instrument: Instrument): Aggregate {
  return {
    respondents: 0,
    items: instrument.items.map(() => ({
      sum: 0,
      n: 0,
      counts: new Array<number>(scaleValues(instrument)).fill(0),
    })),
    indices: instrument.indices.map(() => ({ sum: 0, n: 0 })),
  };
}

/** The sums of `responses`. */
export function aggregateOf(instrument: Instrument, responses: readonly ResponseRow[]): Aggregate {
  const agg = emptyAggregate(instrument);
  const positions = instrument.indices.map((index) =>
    index.of ? null : instrument.items.flatMap((item, i) => (item.index === index.key ? [i] : [])),
  );
  for (const r of responses) {
    agg.respondents++;
    instrument.items.forEach((_, i) => {
      const raw = r.scores[i] ?? null;
      if (raw === null) return;
      const slot = agg.items[i]!;
      slot.sum += counted(instrument, i, raw)!;
      slot.n++;
      const at = raw - instrument.scale.min;
      if (at < 0 || at >= slot.counts.length) throw new RangeError(`${raw} is not one of the scale's values`);
      slot.counts[at]!++;
    });
    positions.forEach((items, k) => {
      if (!items) return;
      const score = indexScore(items.map((i) => counted(instrument, i, r.scores[i] ?? null)));
      if (score === null) return;
      agg.indices[k]!.sum += score;
      agg.indices[k]!.n++;
    });
  }
  return agg;
}

/** The sums of several groups together (of the same instrument). */
export function addAggregates(instrument: Instrument, parts: readonly Aggregate[]): Aggregate {
  const total = emptyAggregate(instrument);
  for (const part of parts) {
    total.respondents += part.respondents;
    part.items.forEach((item, i) => {
      const slot = total.items[i];
      if (!slot) return;
      slot.sum += item.sum;
      slot.n += item.n;
      item.counts.forEach((c, v) => (slot.counts[v] = (slot.counts[v] ?? 0) + c));
    });
    part.indices.forEach((index, k) => {
      const slot = total.indices[k];
      if (!slot) return;
      slot.sum += index.sum;
      slot.n += index.n;
    });
  }
  return total;
}

/** As itemMeans: each item's mean on the scale, one decimal, null where no one scored it. */
export function aggregateItemMeans(instrument: Instrument, agg: Aggregate) {
  return instrument.items.map((item, i) => {
    const slot = agg.items[i];
    return { key: item.key, mean: slot && slot.n > 0 ? round1(slot.sum / slot.n) : null };
  });
}

/** As indexPoints: each index on 0–100 points, a composite the mean of its parts. */
export function aggregateIndexPoints(instrument: Instrument, agg: Aggregate) {
  const scale = { min: instrument.scale.min, max: instrument.scale.max };
  const raw = new Map<string, number | null>();
  instrument.indices.forEach((index, k) => {
    if (index.of) return;
    const slot = agg.indices[k];
    raw.set(index.key, slot && slot.n > 0 ? toPoints(slot.sum / slot.n, scale) : null);
  });
  for (const index of instrument.indices) {
    if (!index.of) continue;
    const parts = index.of.map((key) => raw.get(key) ?? null).filter((p): p is number => p !== null);
    raw.set(index.key, parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null);
  }
  return instrument.indices.map((index) => {
    const p = raw.get(index.key) ?? null;
    return { key: index.key, points: p === null ? null : Math.round(p) };
  });
}

/** As itemDistributions: how many gave each value of the scale, per item. */
export function aggregateDistributions(instrument: Instrument, agg: Aggregate) {
  return instrument.items.map((item, i) => ({
    key: item.key,
    counts: Array.from({ length: scaleValues(instrument) }, (_, v) => ({
      value: instrument.scale.min + v,
      count: agg.items[i]?.counts[v] ?? 0,
    })),
  }));
}
