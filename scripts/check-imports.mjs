// `npm run check:imports` (part of `npm test`): the import graph of src/ has no cycles — neither between files
// nor between modules — so every module can be read, tested and changed from its own front door down.
// Type-only imports are left out: they vanish at compile time and cannot make a cycle at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      files.push(full);
  }
};
walk(src);

const candidates = (base) => [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
const resolve = (from, spec) => {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  return candidates(base).find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
};

// Runtime imports only: `import type …` and `export type …` are skipped; `import { type A, b }` counts.
const importPattern =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const edges = new Map();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const targets = new Set();
  for (const m of text.matchAll(importPattern)) {
    if (m[2]) continue;
    const spec = m[3] ?? m[4];
    const target = resolve(file, spec);
    if (target && target.startsWith(src)) targets.add(target);
  }
  edges.set(file, [...targets]);
}

/** Strongly connected components with more than one member (or a self-loop): the cycles. */
function cycles(nodes, next) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next(v).includes(v)) found.push(component);
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return found;
}

const rel = (f) => path.relative(root, f);
const fileCycles = cycles([...edges.keys()], (f) => edges.get(f) ?? []);

// Modules: src/modules/<name>/, its server side (with its tables and side-neutral files) and its web side
// (web/) as two nodes — a goal's page may show the circles panel while the circle's tables refer to the goal.
// The platform (src/server, src/web, src/shared) assembles the modules (routes, router, catalogue), so edges
// from it are not counted.
const moduleOf = (f) => {
  const m = /src\/modules\/([^/]+)\/(web\/)?/.exec(f);
  return m ? `${m[1]}${m[2] ? ' (web)' : ''}` : null;
};
const moduleEdges = new Map();
const moduleEdgeExamples = new Map();
for (const [file, targets] of edges) {
  const from = moduleOf(file);
  if (!from) continue;
  for (const target of targets) {
    const to = moduleOf(target);
    if (!to || to === from) continue;
    if (!moduleEdges.has(from)) moduleEdges.set(from, new Set());
    moduleEdges.get(from).add(to);
    const key = `${from}->${to}`;
    if (!moduleEdgeExamples.has(key)) moduleEdgeExamples.set(key, `${rel(file)} imports ${rel(target)}`);
  }
}
const moduleNames = [
  ...new Set([...moduleEdges.keys(), ...[...moduleEdges.values()].flatMap((s) => [...s])]),
];
const moduleCycles = cycles(moduleNames, (m) => [...(moduleEdges.get(m) ?? [])]);

let failed = false;
for (const component of fileCycles) {
  failed = true;
  console.error(`✖ Files importing each other in a cycle:\n  ${component.map(rel).sort().join('\n  ')}`);
}
for (const component of moduleCycles) {
  failed = true;
  const inCycle = new Set(component);
  const examples = [...moduleEdgeExamples]
    .filter(([key]) => {
      const [a, b] = key.split('->');
      return inCycle.has(a) && inCycle.has(b);
    })
    .map(([key, example]) => `${key}: ${example}`);
  console.error(
    `✖ Modules depending on each other: ${component.sort().join(', ')}\n  ${examples.join('\n  ')}`,
  );
}
if (failed) {
  console.error(
    "\nBreak the cycle: move what both sides need below them, or let one side ask through the other's front door only.",
  );
  process.exit(1);
}
console.log(`Imports: no cycles among ${edges.size} files and ${moduleNames.length} modules.`);
