/**
 * What a run chart's outcome means, said plainly for the people who record the data — a
 * pedagogue, not a statistician. One short paragraph per outcome, then notes on points on the
 * median and on a frozen baseline. Pure text so the chart, the print and a data package say the
 * same thing.
 */
import type { Locale } from '../roles.js';
import type { PhaseAnalysis, RunChartSignal } from './run-chart.js';

type Texts = {
  tooFew: (nUseful: number, minimum: number) => string;
  longRun: (s: Extract<RunChartSignal, { kind: 'long_run' }>) => string;
  fewCrossings: (s: Extract<RunChartSignal, { kind: 'few_crossings' }>) => string;
  noSignal: (nUseful: number) => string;
  onMedian: (count: number) => string;
  frozen: (count: number) => string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEXTS: Record<Locale, Texts> = {
  da: {
    tooFew: (n, min) =>
      `${n === 0 ? 'Der er endnu ingen målinger' : `Der er kun ${plural(n, 'måling', 'målinger')}`}, som ikke ligger på midterlinjen. ` +
      `Først ved ${min} kan reglerne skelne en ændring fra tilfældige udsving – indtil da kan kurven hverken vise et signal eller udelukke det.`,
    longRun: (s) =>
      `${s.length} målinger i træk ligger ${s.side === 'above' ? 'over' : 'under'} midterlinjen – flere end de ${s.limit}, tilfældige udsving kan forklare. ` +
      `Så lange rækker opstår sjældent af sig selv, så noget har sandsynligvis ændret sig – ` +
      (s.assessment === 'improvement' ? 'i den retning, I ønsker.' : 'desværre i den forkerte retning.'),
    fewCrossings: (s) =>
      `Kurven krydser kun midterlinjen ${plural(s.crossings, 'gang', 'gange')}; tilfældige udsving ville give mindst ${s.limit}. ` +
      `Målingerne bliver længe på samme side, og det tyder på, at niveauet har flyttet sig.`,
    noSignal: (n) =>
      `Ingen signaler: de ${n} målinger svinger omkring midterlinjen, sådan som tilfældige udsving gør. ` +
      `Det betyder ikke, at intet har ændret sig – kun at data ikke viser det endnu.`,
    onMedian: (count) =>
      count === 1
        ? '1 måling ligger præcis på midterlinjen og tæller ikke med.'
        : `${count} målinger ligger præcis på midterlinjen og tæller ikke med.`,
    frozen: (count) =>
      `Midterlinjen er medianen af de første ${plural(count, 'måling', 'målinger')} (basislinjen); ` +
      `den flytter sig ikke med nye målinger, så de sammenlignes med, hvordan det var.`,
  },
  en: {
    tooFew: (n, min) =>
      `${n === 0 ? 'There are no measurements yet' : `There ${n === 1 ? 'is' : 'are'} only ${plural(n, 'measurement', 'measurements')}`} off the centre line. ` +
      `The rules can tell a change from chance only from ${min} on – until then the chart can neither show a signal nor rule one out.`,
    longRun: (s) =>
      `${s.length} measurements in a row lie ${s.side === 'above' ? 'above' : 'below'} the centre line – more than the ${s.limit} that chance variation can explain. ` +
      `Runs that long rarely happen by themselves, so something has probably changed – ` +
      (s.assessment === 'improvement'
        ? 'in the direction you want.'
        : 'unfortunately in the wrong direction.'),
    fewCrossings: (s) =>
      `The chart crosses the centre line only ${plural(s.crossings, 'time', 'times')}; chance variation would give at least ${s.limit}. ` +
      `The measurements stay on one side for long stretches, which suggests the level has moved.`,
    noSignal: (n) =>
      `No signals: the ${n} measurements vary around the centre line the way chance variation does. ` +
      `That does not mean nothing has changed – only that the data does not show it yet.`,
    onMedian: (count) =>
      count === 1
        ? '1 measurement lies exactly on the centre line and is not counted.'
        : `${count} measurements lie exactly on the centre line and are not counted.`,
    frozen: (count) =>
      `The centre line is the median of the first ${plural(count, 'measurement', 'measurements')} (the baseline); ` +
      `it does not move with new measurements, so they are compared with how things were.`,
  },
};

/** The phase's outcome in plain words, most important first. */
export function explainRunChartPhase(phase: PhaseAnalysis, locale: Locale): string[] {
  const t = TEXTS[locale];
  const outcome =
    phase.status === 'too_few_points'
      ? [t.tooFew(phase.nUseful, phase.minimumUseful)]
      : phase.signals.length === 0
        ? [t.noSignal(phase.nUseful)]
        : phase.signals.map((s) => (s.kind === 'long_run' ? t.longRun(s) : t.fewCrossings(s)));
  const notes = [
    ...(phase.onMedian > 0 ? [t.onMedian(phase.onMedian)] : []),
    ...(phase.frozen ? [t.frozen(phase.baselineCount)] : []),
  ];
  return [...outcome, ...notes];
}
