// A module is entered through its front door. From outside src/modules/<name>/, code may import only:
//   <name>/index.ts        what the module's server side offers other modules (services, types, rules)
//   <name>/schema.ts       its tables, for joins in other modules' queries (writes go through its services)
//   <name>/web/index.ts    what its web side offers (routes, components, hooks, side-neutral schemas)
//   <name>/web/messages.ts its texts, which the web shell's catalogue gathers
// Tests are exempt: they may use a module's `testing.ts` factories and reach the services they test.
import path from 'node:path';

// Lists several modules build on are shared vocabulary (src/shared/vocabulary.ts, ADR 0010).
const DOORS = ['index', 'schema', 'web/index', 'web/messages'];

const moduleOf = (file) => /(^|\/)src\/modules\/([^/]+)\//.exec(file)?.[2] ?? null;

function check(context, node, spec) {
  if (typeof spec !== 'string' || !spec.startsWith('.')) return;
  const file = context.filename;
  const target = path.resolve(path.dirname(file), spec).replace(/\.(js|ts|tsx)$/, '');
  const to = moduleOf(`${target}/`);
  if (!to || moduleOf(file) === to) return;
  const inside = target.slice(target.indexOf(`src/modules/${to}`) + `src/modules/${to}`.length + 1);
  if (DOORS.includes(inside)) return;
  if (inside === '' || inside === 'web') return; // `../goals` and `../goals/web` resolve to their index files
  context.report({
    node,
    message: `Import '${spec}' reaches inside the ${to} module. Use its front door: ${to}/index.ts (server), ${to}/web/index.ts (web) or ${to}/schema.ts (tables).`,
  });
}

export default {
  rules: {
    'front-door': {
      meta: { type: 'problem', docs: { description: 'Other modules are entered through their front door' } },
      create(context) {
        return {
          ImportDeclaration: (node) => check(context, node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value),
          ExportAllDeclaration: (node) => check(context, node, node.source.value),
          ImportExpression: (node) =>
            node.source.type === 'Literal' && check(context, node, node.source.value),
        };
      },
    },
  },
};
