import { useI18n } from '../../../web/i18n';
import type { Initiative } from '../answers';
import { IMPACT_LEVEL_TEXTS } from '../content/impact-map';
import { GOAL_LEVEL_TEXTS } from '../content/learning-goal-levels';
import { say } from './labels';

const COLUMN = 210;
const GAP = 40;
const BOX_PAD = 8;
const LINE = 16;
const CHARS = 26;

/** Breaks a text into lines of at most CHARS characters, at spaces where it can. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > CHARS && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (l.length > CHARS ? (l.match(new RegExp(`.{1,${CHARS}}`, 'g')) ?? []) : [l]));
}

const linesOf = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The impact map (seeds/001) drawn as a picture: the strategic goal from the unit's frame, the
 * sub-results, the changed practice and the learning goals, read from left to right. It prints.
 */
export function ImpactMap({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  const learning = initiative.fields.learning_goals ?? {};
  const columns: { title: string; items: string[] }[] = [
    { title: say(IMPACT_LEVEL_TEXTS[0]!.name, locale), items: initiative.frameItems.map((f) => f.title) },
    {
      title: say(IMPACT_LEVEL_TEXTS[1]!.name, locale),
      items: linesOf(initiative.fields.impact?.sub_results),
    },
    {
      title: say(IMPACT_LEVEL_TEXTS[2]!.name, locale),
      items: linesOf(initiative.fields.impact?.changed_practice),
    },
    {
      title: say(IMPACT_LEVEL_TEXTS[3]!.name, locale),
      items: GOAL_LEVEL_TEXTS.filter((l) => (learning[l.key] ?? '').trim()).map(
        (l) => `${say(l.name, locale)}: ${learning[l.key]!.trim()}`,
      ),
    },
  ];
  const laid = columns.map((c, i) => {
    let y = 40;
    const boxes = (c.items.length ? c.items : [t('competence.impact.empty')]).map((text) => {
      const lines = wrap(text);
      const h = lines.length * LINE + BOX_PAD * 2;
      const box = { x: i * (COLUMN + GAP), y, h, lines, empty: c.items.length === 0 };
      y += h + 12;
      return box;
    });
    return { ...c, boxes, bottom: y };
  });
  const height = Math.max(...laid.map((c) => c.bottom)) + 8;
  const width = columns.length * COLUMN + (columns.length - 1) * GAP;
  const describe = columns
    .map((c) => `${c.title}: ${c.items.join('; ') || t('competence.impact.empty')}`)
    .join('. ');
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby="impact-title impact-desc"
      style={{ maxWidth: width, fontFamily: 'inherit' }}
      className="impact-map"
    >
      <title id="impact-title">{t('competence.impact.title')}</title>
      <desc id="impact-desc">{describe}</desc>
      <defs>
        <marker
          id="impact-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#495057" />
        </marker>
      </defs>
      {laid.map((c, i) => (
        <g key={c.title}>
          <text x={i * (COLUMN + GAP)} y={20} fontSize={14} fontWeight={700} fill="#212529">
            {c.title}
          </text>
          {c.boxes.map((b, j) => (
            <g key={j}>
              <rect
                x={b.x}
                y={b.y}
                width={COLUMN}
                height={b.h}
                rx={6}
                fill={b.empty ? '#f8f9fa' : '#e7f5ff'}
                stroke="#495057"
              />
              {b.lines.map((l, k) => (
                <text
                  key={k}
                  x={b.x + BOX_PAD}
                  y={b.y + BOX_PAD + (k + 1) * LINE - 4}
                  fontSize={13}
                  fill="#212529"
                >
                  {l}
                </text>
              ))}
            </g>
          ))}
          {i < laid.length - 1 && (
            <line
              x1={i * (COLUMN + GAP) + COLUMN + 4}
              y1={40 + 20}
              x2={(i + 1) * (COLUMN + GAP) - 4}
              y2={40 + 20}
              stroke="#495057"
              strokeWidth={2}
              markerEnd="url(#impact-arrow)"
            />
          )}
        </g>
      ))}
    </svg>
  );
}
