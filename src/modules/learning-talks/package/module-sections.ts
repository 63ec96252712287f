import type { SignedInContext } from '../../../server/http/context.js';
import { initiativeSummaries } from '../../competence/index.js';
import { unitEvaluationTrends } from '../../forums/index.js';
import { unitQualityWork } from '../../quality/index.js';
import { unitSurveyResults } from '../../surveys/index.js';
import type { PackageSection } from '../answers.js';
import { addPackageSource, type PackageScope } from './registry.js';

/*
 * Sections from the modules that keep their own data: quality (trial actions and their
 * conclusions, measures and what their run charts say), competence (initiatives), surveys (results
 * only where the round's own publication shows the unit's group) and the forums' evaluation trends.
 * Each module answers from its front door; this file only turns the answers into sections.
 */

type Section = Omit<PackageSection, 'key'>;

async function trialsSection(ctx: SignedInContext, s: PackageScope): Promise<Section | null> {
  const { trials } = await unitQualityWork(ctx, s, 'trials');
  if (!trials.length) return null;
  return {
    facts: [
      { key: 'trials', value: trials.length },
      { key: 'concluded', value: trials.filter((t) => t.conclusion).length },
      { key: 'noImprovement', value: trials.filter((t) => t.outcome === 'no_improvement').length },
    ],
    items: trials.map((t) => ({
      title: t.title,
      detail: `${t.team}: ${t.action}`,
      tags: t.conclusion ? [`outcome_${t.outcome ?? 'unclear'}`, `conclusion_${t.conclusion}`] : ['ongoing'],
    })),
    progression: null,
  };
}

async function measuresSection(ctx: SignedInContext, s: PackageScope): Promise<Section | null> {
  const { measures } = await unitQualityWork(ctx, s, 'measures');
  if (!measures.length) return null;
  return {
    facts: [
      { key: 'measures', value: measures.length },
      { key: 'withSignal', value: measures.filter((m) => m.state === 'signal').length },
    ],
    items: measures.map((m) => ({
      title: m.name,
      detail: m.team,
      tags: m.state === 'signal' ? m.signals : [m.state],
    })),
    progression: null,
  };
}

async function initiativesSection(ctx: SignedInContext, s: PackageScope): Promise<Section | null> {
  const found = (await initiativeSummaries(ctx, { unitId: s.unitId })).filter(
    (i) => i.status !== 'closed' || i.updatedAt.slice(0, 10) >= s.from,
  );
  if (!found.length) return null;
  return {
    facts: [
      { key: 'initiatives', value: found.length },
      { key: 'participants', value: found.reduce((n, i) => n + i.participantCount, 0) },
    ],
    items: found.map((i) => ({ title: i.title, detail: null, tags: [`status_${i.status}`] })),
    progression: null,
  };
}

async function surveysSection(ctx: SignedInContext, s: PackageScope): Promise<Section | null> {
  const results = await unitSurveyResults(ctx, s);
  if (!results.length) return null;
  return {
    facts: [
      { key: 'rounds', value: results.length },
      { key: 'shown', value: results.filter((r) => r.respondents !== null).length },
    ],
    items: results.map((r) => ({
      title: r.round,
      detail: r.shownAs ? `${r.closedOn} · ${r.shownAs} · ${r.respondents}` : r.closedOn,
      tags: r.respondents === null ? ['belowThreshold'] : [],
      scores: r.respondents === null ? [] : r.indices.map((i) => ({ name: i.name, value: i.points })),
    })),
    progression: null,
  };
}

async function evaluationsSection(ctx: SignedInContext, s: PackageScope): Promise<Section | null> {
  const trends = await unitEvaluationTrends(ctx, s);
  if (!trends.length) return null;
  return {
    facts: [
      { key: 'shown', value: trends.reduce((n, t) => n + t.shown, 0) },
      { key: 'hidden', value: trends.reduce((n, t) => n + t.hidden, 0) },
    ],
    items: trends.map((t) => ({
      title: t.name,
      detail: t.first === null ? null : `${t.first.toFixed(1)} → ${t.last!.toFixed(1)}`,
      tags: t.first === null ? ['belowThreshold'] : [],
    })),
    progression: null,
  };
}

/** The sections from other modules; called once at assembly with the built-in ones. */
export function addModulePackageSources() {
  addPackageSource({ key: 'initiatives', order: 25, load: initiativesSection });
  addPackageSource({ key: 'evaluations', order: 45, load: evaluationsSection });
  addPackageSource({ key: 'surveys', order: 47, load: surveysSection });
  addPackageSource({ key: 'trials', order: 60, load: trialsSection });
  addPackageSource({ key: 'measures', order: 70, load: measuresSection });
}
