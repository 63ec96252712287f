import { analyseRunChart, explainRunChartPhase, type PhaseSpec } from '../../shared/stats/index.js';
import type { Annotation, DataPoint, RunChartPhase } from './answers.js';

/*
 * A measure's run chart: its points in time order split into phases at the changes that start
 * one (qicharts2's `part`), the first phase's median frozen to its baseline points when the team
 * froze one (`freeze`), each phase judged by the Anhøj rules of src/shared/stats and explained in
 * plain words in both languages.
 */

export function phaseStarts(
  points: readonly DataPoint[],
  annotations: readonly Annotation[],
  baseline: number | null,
) {
  const specs: PhaseSpec[] = points.length === 0 ? [] : [{ start: 0, ...(baseline ? { baseline } : {}) }];
  for (const change of annotations.filter((a) => a.startsPhase)) {
    const start = points.findIndex((p) => p.on >= change.on);
    if (start > specs[specs.length - 1]!.start) specs.push({ start });
  }
  return specs;
}

export function runChartPhases(
  points: readonly DataPoint[],
  annotations: readonly Annotation[],
  direction: 'higher' | 'lower',
  baseline: number | null,
): RunChartPhase[] {
  if (points.length === 0) return [];
  const analysis = analyseRunChart(
    points.map((p) => p.value),
    { direction, phases: phaseStarts(points, annotations, baseline) },
  );
  return analysis.phases.map((phase) => ({
    status: phase.status,
    start: phase.start,
    end: phase.end,
    median: phase.median,
    frozen: phase.frozen,
    baselineCount: phase.baselineCount,
    n: phase.n,
    nUseful: phase.nUseful,
    onMedian: phase.onMedian,
    longestRun: phase.longestRun,
    crossings: phase.crossings,
    longestRunLimit: phase.status === 'analysed' ? phase.longestRunLimit : null,
    crossingsLimit: phase.status === 'analysed' ? phase.crossingsLimit : null,
    signals: phase.status === 'analysed' ? phase.signals : [],
    signalPoints: phase.status === 'analysed' ? phase.signalPoints : [],
    explanation: { da: explainRunChartPhase(phase, 'da'), en: explainRunChartPhase(phase, 'en') },
  }));
}
