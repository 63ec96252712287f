import type { RelationshipAnswer } from '../answers';

/**
 * The departments as points on 0–100 × 0–100 with the fitted line, drawn as plain SVG. The figures
 * under it (slope, interval, R², how many used and left out) say the same in words.
 */
export function ScatterPlot({ rel, label }: { rel: RelationshipAnswer; label: string }) {
  const size = 300;
  const pad = 32;
  const sx = (v: number) => pad + (v / 100) * (size - 2 * pad);
  const sy = (v: number) => size - pad - (v / 100) * (size - 2 * pad);
  const line = rel.regression.ok ? rel.regression : null;
  const xs = rel.points.map((p) => p.x);
  const [from, to] = [Math.min(...xs), Math.max(...xs)];
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      style={{ width: '100%', maxWidth: 420 }}
    >
      <rect x={pad} y={pad} width={size - 2 * pad} height={size - 2 * pad} fill="none" stroke="#868e96" />
      {[0, 50, 100].map((v) => (
        <g key={v} fontSize="10" fill="#343a40">
          <text x={sx(v)} y={size - pad + 14} textAnchor="middle">
            {v}
          </text>
          <text x={pad - 6} y={sy(v) + 3} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {line && (
        <line
          x1={sx(from)}
          y1={sy(line.intercept + line.slope * from)}
          x2={sx(to)}
          y2={sy(line.intercept + line.slope * to)}
          stroke="#1864ab"
          strokeWidth={2}
        />
      )}
      {rel.points.map((p) => (
        <circle key={p.unit.id} cx={sx(p.x)} cy={sy(p.y)} r={4} fill="#2b8a3e">
          <title>{`${p.unit.name}: ${p.x}, ${p.y}`}</title>
        </circle>
      ))}
    </svg>
  );
}
