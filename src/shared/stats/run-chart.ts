/**
 * A run chart's analysis: the series is split into phases (a new phase after a change), each
 * phase gets its own median and its own Anhøj rule evaluation, as qicharts2 does with `part`.
 * A frozen baseline takes the median from the phase's first k points only, and then judges every
 * point of the phase against it (qicharts2's `freeze`): later points are compared with how things
 * were, not with a line that moves with them.
 *
 * The direction of improvement only interprets a long run (above the line is good when higher is
 * better); too few crossings says the process changed, not in which direction.
 */
import { crossingsLimit, longestRunLimit, MIN_USEFUL_POINTS } from './anhoj-limits.js';
import { median } from './descriptive.js';
import { summariseRuns, type Side } from './runs.js';

export type ImprovementDirection = 'higher' | 'lower';

export interface PhaseSpec {
  /** Index of the phase's first point; the first phase starts at 0. */
  start: number;
  /**
   * Freeze the median to the phase's first `baseline` points. With fewer points than that so
   * far, all of them form the baseline until the phase grows.
   */
  baseline?: number;
}

export interface RunChartOptions {
  direction: ImprovementDirection;
  /** Phases in order; without them the whole series is one phase. */
  phases?: readonly PhaseSpec[];
}

export type RunChartSignal =
  | {
      kind: 'long_run';
      side: 'above' | 'below';
      length: number;
      limit: number;
      /** Indices in the whole series; points on the median inside the run are left out. */
      indices: number[];
      assessment: 'improvement' | 'deterioration';
    }
  | { kind: 'few_crossings'; crossings: number; limit: number };

interface PhaseFacts {
  /** Index of the first point and one past the last, in the whole series. */
  start: number;
  end: number;
  /** How many of the phase's first points the median was taken from (n when not frozen). */
  baselineCount: number;
  frozen: boolean;
  median: number;
  n: number;
  nUseful: number;
  /** Points exactly on the median, not counted by the rules. */
  onMedian: number;
  /** Each of the phase's points against the median, in order (index 0 is the phase's first point). */
  sides: Side[];
  longestRun: number;
  crossings: number;
}

/** Fewer than ten useful points: no rule applies yet — which is not the same as "no signal". */
export interface PhaseTooShort extends PhaseFacts {
  status: 'too_few_points';
  minimumUseful: number;
}

export interface PhaseAnalysed extends PhaseFacts {
  status: 'analysed';
  longestRunLimit: number;
  crossingsLimit: number;
  signals: RunChartSignal[];
  /** Indices (whole series) of points in a signalling run, for highlighting. */
  signalPoints: number[];
}

export type PhaseAnalysis = PhaseTooShort | PhaseAnalysed;

export interface RunChartAnalysis {
  direction: ImprovementDirection;
  phases: PhaseAnalysis[];
}

function checkedPhases(length: number, phases: readonly PhaseSpec[] | undefined): PhaseSpec[] {
  if (!phases || phases.length === 0) return length === 0 ? [] : [{ start: 0 }];
  if (phases[0]!.start !== 0) throw new RangeError('The first phase must start at index 0');
  phases.forEach((phase, i) => {
    if (!Number.isInteger(phase.start) || phase.start >= length) {
      throw new RangeError(`Phase ${i} starts at ${phase.start}, outside a series of ${length} points`);
    }
    if (i > 0 && phase.start <= phases[i - 1]!.start) throw new RangeError('Phases must start in order');
    if (phase.baseline !== undefined && (!Number.isInteger(phase.baseline) || phase.baseline < 1)) {
      throw new RangeError(`A baseline is a whole number of points ≥ 1, got ${phase.baseline}`);
    }
  });
  return [...phases];
}

function assessment(side: 'above' | 'below', direction: ImprovementDirection) {
  return (side === 'above') === (direction === 'higher') ? 'improvement' : 'deterioration';
}

function analysePhase(
  values: readonly number[],
  start: number,
  end: number,
  baseline: number | undefined,
  direction: ImprovementDirection,
): PhaseAnalysis {
  const points = values.slice(start, end);
  const baselineCount = Math.min(baseline ?? points.length, points.length);
  const centre = median(points.slice(0, baselineCount))!;
  const summary = summariseRuns(points, centre);
  const facts: PhaseFacts = {
    start,
    end,
    baselineCount,
    frozen: baseline !== undefined,
    median: centre,
    n: points.length,
    nUseful: summary.nUseful,
    onMedian: points.length - summary.nUseful,
    sides: summary.sides,
    longestRun: summary.longestRun,
    crossings: summary.crossings,
  };
  if (summary.nUseful < MIN_USEFUL_POINTS) {
    return { ...facts, status: 'too_few_points', minimumUseful: MIN_USEFUL_POINTS };
  }
  const runLimit = longestRunLimit(summary.nUseful);
  const crossLimit = crossingsLimit(summary.nUseful);
  const signals: RunChartSignal[] = summary.runs
    .filter((run) => run.indices.length > runLimit)
    .map((run) => ({
      kind: 'long_run',
      side: run.side,
      length: run.indices.length,
      limit: runLimit,
      indices: run.indices.map((i) => i + start),
      assessment: assessment(run.side, direction),
    }));
  if (summary.crossings < crossLimit) {
    signals.push({ kind: 'few_crossings', crossings: summary.crossings, limit: crossLimit });
  }
  return {
    ...facts,
    status: 'analysed',
    longestRunLimit: runLimit,
    crossingsLimit: crossLimit,
    signals,
    signalPoints: signals.flatMap((s) => (s.kind === 'long_run' ? s.indices : [])),
  };
}

/** Analyse a series (in time order) by the Anhøj rules, phase by phase. */
export function analyseRunChart(values: readonly number[], options: RunChartOptions): RunChartAnalysis {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`Point ${i} is not a finite number`);
  });
  const phases = checkedPhases(values.length, options.phases);
  return {
    direction: options.direction,
    phases: phases.map((phase, i) =>
      analysePhase(
        values,
        phase.start,
        phases[i + 1]?.start ?? values.length,
        phase.baseline,
        options.direction,
      ),
    ),
  };
}
