import { useI18n } from '../../../web/i18n';
import type { Entry, WheelForum } from '../answers';

// The year as a circle, January at the top, clockwise: data collection as arcs on the outer ring,
// discussions as dots on the middle ring, the forums' meetings as ticks on the inner ring, one ring
// per level. The list beside it carries the same facts for screen readers and for print.

export const KIND_COLOURS = { collect: '#0b7285', discuss: '#862e9c' } as const;
export const LEVEL_COLOURS = {
  citizen: '#c2255c',
  intervention: '#e8590c',
  organisation: '#1971c2',
} as const;

const SIZE = 360;
const C = SIZE / 2;
const RINGS = { collect: 150, discuss: 126, citizen: 104, intervention: 92, organisation: 80 } as const;

const dayOfYear = (day: string, year: number) =>
  (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
const daysIn = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;

function point(angle: number, r: number) {
  return [C + r * Math.cos(angle - Math.PI / 2), C + r * Math.sin(angle - Math.PI / 2)] as const;
}

function arc(from: number, to: number, r: number) {
  const [x1, y1] = point(from, r);
  const [x2, y2] = point(to, r);
  const large = to - from > Math.PI ? 1 : 0;
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${r} ${r} 0 ${large} 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

export function WheelSvg({
  year,
  entries,
  forums,
}: {
  year: number;
  entries: Entry[];
  forums: WheelForum[];
}) {
  const { t, locale } = useI18n();
  const total = daysIn(year);
  const angleOf = (day: string) => (Math.min(Math.max(dayOfYear(day, year), 0), total) / total) * 2 * Math.PI;
  const months = Array.from({ length: 12 }, (_, m) => {
    const start = `${year}-${String(m + 1).padStart(2, '0')}-01`;
    const label = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      month: 'short',
      timeZone: 'UTC',
    })
      .format(new Date(`${start}T12:00:00Z`))
      .replace('.', '');
    return { start, label, angle: angleOf(start) };
  });
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={
        entries.length === 1
          ? t('yearWheel.page.wheelLabelOne', { year })
          : t('yearWheel.page.wheelLabel', { year, count: entries.length })
      }
      style={{ width: '100%', maxWidth: 420, height: 'auto', display: 'block' }}
    >
      <circle cx={C} cy={C} r={RINGS.collect + 12} fill="#fff" stroke="#868e96" />
      {months.map((m, i) => {
        const [x1, y1] = point(m.angle, 66);
        const [x2, y2] = point(m.angle, RINGS.collect + 12);
        const mid = m.angle + Math.PI / 12;
        const [lx, ly] = point(mid, RINGS.collect + 24);
        return (
          <g key={m.start}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="#ced4da" />
            <text x={lx} y={ly} fontSize="11" textAnchor="middle" dominantBaseline="middle" fill="#343a40">
              {m.label || String(i + 1)}
            </text>
          </g>
        );
      })}
      {entries
        .filter((e) => e.kind === 'collect')
        .map((e) => {
          const from = angleOf(e.startsOn < `${year}-01-01` ? `${year}-01-01` : e.startsOn);
          const to = Math.max(angleOf(e.endsOn ?? e.startsOn), from + 0.03);
          return (
            <path
              key={e.id}
              d={arc(from, Math.min(to, 2 * Math.PI - 0.001), RINGS.collect)}
              stroke={KIND_COLOURS.collect}
              strokeWidth={12}
              fill="none"
              strokeLinecap="round"
            >
              <title>{e.title}</title>
            </path>
          );
        })}
      {entries
        .filter((e) => e.kind === 'discuss')
        .map((e) => {
          const [x, y] = point(angleOf(e.startsOn), RINGS.discuss);
          return (
            <circle key={e.id} cx={x} cy={y} r={6} fill={KIND_COLOURS.discuss}>
              <title>{e.title}</title>
            </circle>
          );
        })}
      {forums.flatMap((f) =>
        f.meetings.map((day) => {
          const r = RINGS[f.level];
          const [x1, y1] = point(angleOf(day), r - 5);
          const [x2, y2] = point(angleOf(day), r + 5);
          return (
            <line
              key={`${f.id}-${day}`}
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              stroke={LEVEL_COLOURS[f.level]}
              strokeWidth={2}
            />
          );
        }),
      )}
      <text
        x={C}
        y={C}
        fontSize="28"
        fontWeight={700}
        textAnchor="middle"
        dominantBaseline="middle"
        fill="#212529"
      >
        {year}
      </text>
    </svg>
  );
}
