/*
 * What changed between two versions of a text, line by line (longest common subsequence). Package
 * texts are short, so the quadratic table is small; beyond MAX_CELLS the whole text counts as
 * replaced rather than spending time on it.
 */
export type DiffLine = { op: 'same' | 'added' | 'removed'; text: string };

const MAX_CELLS = 1_000_000;

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text) => ({ op: 'removed' as const, text })),
      ...b.map((text) => ({ op: 'added' as const, text })),
    ];
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: 'removed', text: a[i]! });
      i += 1;
    } else {
      out.push({ op: 'added', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) out.push({ op: 'removed', text: a[i]! });
  for (; j < b.length; j += 1) out.push({ op: 'added', text: b[j]! });
  return out;
}

/** Only the changed lines with one line of context around each, so a notice stays short. */
export function changedOnly(lines: DiffLine[]): DiffLine[] {
  const changed = (i: number) => lines[i] !== undefined && lines[i]!.op !== 'same';
  return lines.filter((l, i) => changed(i) || ((changed(i - 1) || changed(i + 1)) && l.text.trim() !== ''));
}
