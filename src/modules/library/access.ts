import { isAdmin, leadsAnyUnit, type Actor } from '../../server/policy/actor.js';

/*
 * Who writes the organisation's own packages. Reading needs no rule: every signed-in person of the
 * organisation reads its library (built-in and own packages are learning material, nobody's record).
 * HR and organisation admins write and edit every package. A leader may write packages too — a
 * leader often has the material for their own place — and edits the ones they wrote; HR can always
 * take over. Employees read and use packages (through what they may attach to) but do not write.
 */
export const mayWritePackages = (actor: Actor) => isAdmin(actor) || leadsAnyUnit(actor);

export const mayEditPackage = (actor: Actor, createdBy: string | null) =>
  isAdmin(actor) || (leadsAnyUnit(actor) && createdBy === actor.personId);
