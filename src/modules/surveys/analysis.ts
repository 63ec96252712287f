import { linearRegression } from '../../shared/stats/index.js';
import type { GroupScores, RelationshipAnswer, ResultsAnswer, UnitResultAnswer } from './answers.js';

/*
 * The analyses of shown groups and their exports, side-neutral: the server answers with them and the
 * web app draws and downloads exactly the same figures (issue 13: "exports of the aggregates exactly
 * as shown"). Nothing here sees an answer; it reads only groups that passed the anonymity checks.
 */

const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** The relationship between two indices across the shown groups, with the slope's 95 % interval and R². */
export function relationshipOf(groups: readonly GroupScores[], x: string, y: string) {
  const points = groups.flatMap((g) => {
    const px = g.indices.find((i) => i.key === x)?.points ?? null;
    const py = g.indices.find((i) => i.key === y)?.points ?? null;
    return px === null || py === null || !g.unit
      ? []
      : [{ unit: g.unit, respondents: g.respondents, x: px, y: py }];
  });
  const fit = linearRegression(points.map((p) => ({ x: p.x, y: p.y })));
  const regression: RelationshipAnswer['regression'] = fit.ok
    ? {
        ok: true,
        n: fit.n,
        slope: round4(fit.slope),
        intercept: round4(fit.intercept),
        lower: round4(fit.slopeInterval.lower),
        upper: round4(fit.slopeInterval.upper),
        rSquared: fit.rSquared === null ? null : round4(fit.rSquared),
      }
    : { ok: false, n: fit.n, reason: fit.reason };
  return { points, regression };
}

type Lang = 'da' | 'en';

const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: (string | number | null)[][]) =>
  rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

const HEAD = {
  da: {
    unit: 'Enhed',
    respondents: 'Besvarelser',
    includes: 'Indeholder',
    organisation: 'Hele organisationen',
    item: 'Spørgsmål',
    mean: 'Gennemsnit',
    index: 'Indeks',
    points: 'Point',
    x: 'x',
    y: 'y',
  },
  en: {
    unit: 'Unit',
    respondents: 'Respondents',
    includes: 'Includes',
    organisation: 'Whole organisation',
    item: 'Question',
    mean: 'Mean',
    index: 'Index',
    points: 'Points',
    x: 'x',
    y: 'y',
  },
} as const;

/** The heat map as a table: one row a shown group, then the organisation's average; indices then items. */
export function heatMapCsv(results: ResultsAnswer, lang: Lang): string {
  const h = HEAD[lang];
  const { instrument } = results;
  const header = [
    h.unit,
    h.respondents,
    h.includes,
    ...instrument.indices.map((i) => `${i.name[lang]} (${h.points})`),
    ...instrument.items.map((i) => `${i.short[lang]} (${h.mean})`),
  ];
  const row = (g: GroupScores) => [
    g.unit?.name ?? h.organisation,
    g.respondents,
    g.rolledUp.map((u) => u.name).join('; '),
    ...g.indices.map((i) => i.points),
    ...g.items.map((i) => i.mean),
  ];
  return csv([
    header,
    ...results.groups.map(row),
    ...(results.organisation ? [row(results.organisation)] : []),
  ]);
}

/** A unit's page as a table: each index and item with the group's and the organisation's figure. */
export function unitCsv(result: UnitResultAnswer, lang: Lang): string {
  const h = HEAD[lang];
  if (!result.group) return csv([[h.unit, result.unit.name]]);
  const org = result.organisation;
  const rows: (string | number | null)[][] = [[h.index, result.group.unit?.name ?? '', h.organisation]];
  result.instrument.indices.forEach((index, i) =>
    rows.push([index.name[lang], result.group!.indices[i]?.points ?? null, org?.indices[i]?.points ?? null]),
  );
  rows.push([h.item, result.group.unit?.name ?? '', h.organisation]);
  result.instrument.items.forEach((item, i) =>
    rows.push([item.text[lang], result.group!.items[i]?.mean ?? null, org?.items[i]?.mean ?? null]),
  );
  return csv(rows);
}

/** The scatter's points as a table. */
export function relationshipCsv(rel: RelationshipAnswer, lang: Lang): string {
  const h = HEAD[lang];
  return csv([
    [h.unit, h.respondents, rel.x.name[lang], rel.y.name[lang]],
    ...rel.points.map((p) => [p.unit.name, p.respondents, p.x, p.y]),
  ]);
}
