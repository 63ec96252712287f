import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';

/*
 * What a package can be attached to. Each kind is registered by the app at assembly
 * (src/server/library-kinds.ts) with the owning module's own access rule, so the library never
 * decides who may see a conversation or a frame, and no module cycle arises. A new kind (a
 * competence initiative) is one more registration.
 */
export interface AttachTargetAccess {
  /** Whether the actor sees the thing, and so its attached packages. */
  read: boolean;
  /** Whether the actor may attach and detach packages, and take in an update. */
  attach: boolean;
  /** Whose development record the thing is part of (a 1:1), for the read audit; null otherwise. */
  subjectPersonId: string | null;
}

/** The actor's access to one thing of the kind, or null when it does not exist for them. */
export type AttachKindAccess = (ctx: SignedInContext, id: string) => Promise<AttachTargetAccess | null>;

const kinds = new Map<string, AttachKindAccess>();

export function registerAttachmentKind(kind: string, access: AttachKindAccess) {
  kinds.set(kind, access);
}

export function attachmentKinds(): string[] {
  return [...kinds.keys()];
}

/** The actor's access to the target; 404 for an unknown kind or a thing they may not see. */
export async function targetAccess(
  ctx: SignedInContext,
  kind: string,
  id: string,
): Promise<AttachTargetAccess> {
  const access = kinds.get(kind);
  const found = access ? await access(ctx, id) : null;
  if (!found?.read) throw notFound('No such thing to attach to');
  return found;
}
