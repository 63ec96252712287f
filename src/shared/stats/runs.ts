/**
 * Runs and crossings of a series around a centre line, as the Anhøj rules count them: a point
 * exactly on the line is not useful — it neither extends nor breaks a run — and a crossing is a
 * change of side between two consecutive useful points (so crossings = runs − 1).
 *
 * "On the line" allows for a billionth of the values' size: a median of 20.7 and 20.9 is
 * 20.799999999999997 in binary arithmetic, and a measured 20.8 is meant to lie on it (qicharts2
 * compares exactly and would call it below).
 */

export type Side = 'above' | 'below' | 'on';

export interface Run {
  side: 'above' | 'below';
  /** Indices of the run's points in the series given; points on the line inside it are left out. */
  indices: number[];
}

export interface RunsSummary {
  sides: Side[];
  runs: Run[];
  nUseful: number;
  /** 0 when no point is useful. */
  longestRun: number;
  crossings: number;
}

export function sideOf(value: number, centre: number): Side {
  if (Math.abs(value - centre) <= 1e-9 * Math.max(Math.abs(value), Math.abs(centre))) return 'on';
  return value > centre ? 'above' : 'below';
}

/** One pass over the series: each point's side, the runs, and the counts the rules need. */
export function summariseRuns(values: readonly number[], centre: number): RunsSummary {
  const sides: Side[] = new Array<Side>(values.length);
  const runs: Run[] = [];
  let current: Run | undefined;
  let nUseful = 0;
  let longestRun = 0;
  for (let index = 0; index < values.length; index++) {
    const side = sideOf(values[index]!, centre);
    sides[index] = side;
    if (side === 'on') continue;
    nUseful++;
    if (current?.side === side) current.indices.push(index);
    else runs.push((current = { side, indices: [index] }));
    if (current.indices.length > longestRun) longestRun = current.indices.length;
  }
  return { sides, runs, nUseful, longestRun, crossings: Math.max(runs.length - 1, 0) };
}
