import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { BUILT_IN_PACKAGES } from '../packages/index.js';
import { builtInBody, builtInPackage, builtInSteps, builtInSummary } from '../builtins.js';
import { mayEditPackage, mayWritePackages } from '../access.js';
import { currentPackages, loadPackage, presentSummary, versionsOf } from '../records.js';
import { renderMarkdown } from '../markdown.js';
import type { PackageAnswer, PackageListAnswer } from '../answers.js';

/** GET /library/packages: the built-in packages, then the organisation's own, for anyone signed in. */
export async function listPackages({ ctx }: { ctx: SignedInContext }): Promise<PackageListAnswer> {
  const { actor } = ctx;
  const own = await currentPackages(ctx.db, actor.orgId);
  return {
    packages: [...BUILT_IN_PACKAGES.map((p) => builtInSummary(p, actor.locale)), ...own.map(presentSummary)],
    can: { write: mayWritePackages(actor) },
  };
}

/** GET /library/packages/{id}: an own package as it reads now, with its history. */
export async function getPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<PackageAnswer> {
  const { actor, db } = ctx;
  const p = await loadPackage(db, actor.orgId, input.id);
  return {
    package: {
      ...presentSummary(p),
      html: renderMarkdown(p.body),
      markdown: p.body,
      steps: p.steps,
      levers: null,
      versions: await versionsOf(db, actor.orgId, p.id),
      can: { edit: mayEditPackage(actor, p.createdBy) },
    },
  };
}

/** GET /library/built-in/{key}: a built-in package in the reader's language; read-only. */
export async function getBuiltInPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { key: string };
}): Promise<PackageAnswer> {
  const p = builtInPackage(input.key);
  if (!p) throw notFound('No such package');
  const { locale } = ctx.actor;
  const body = builtInBody(p, locale);
  return {
    package: {
      ...builtInSummary(p, locale),
      html: renderMarkdown(body),
      markdown: body,
      steps: builtInSteps(p, locale),
      levers: p.body === 'levers' ? [...p.levers] : null,
      versions: [],
      can: { edit: false },
    },
  };
}
