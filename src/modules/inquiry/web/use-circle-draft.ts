import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Circle, FieldChange, FieldConflict } from '../answers';

/** What the person has typed and not saved yet; kept in sessionStorage so a reload loses nothing. */
export interface Draft {
  /** Per `phase.field`: the text typed, and the stored text it started from (the merge base). */
  fields: Record<string, { base: string; text: string }>;
  done: Record<string, boolean>;
  deadline?: string | null;
  /** Fields that collided with someone else's save and wait for the person's choice. */
  conflicts: (FieldConflict & { resolved: boolean })[];
}

const empty: Draft = { fields: {}, done: {}, conflicts: [] };
const storageKey = (id: string) => `mup.circle.${id}`;
export const fieldKey = (phase: string, field: string) => `${phase}.${field}`;

export function storedValue(circle: Circle, phase: string, field: string): string {
  return circle.phases.find((p) => p.key === phase)?.fields[field] ?? '';
}

function readStored(id: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(id));
    return raw ? { ...empty, ...(JSON.parse(raw) as Draft) } : null;
  } catch {
    return null;
  }
}

export function useCircleDraft(circle: Circle | undefined, circleId: string) {
  const [restored] = useState(() => readStored(circleId));
  const [draft, setDraft] = useState<Draft>(restored ?? empty);

  useEffect(() => {
    const dirty =
      Object.keys(draft.fields).length > 0 ||
      Object.keys(draft.done).length > 0 ||
      draft.deadline !== undefined ||
      draft.conflicts.length > 0;
    if (dirty) sessionStorage.setItem(storageKey(circleId), JSON.stringify(draft));
    else sessionStorage.removeItem(storageKey(circleId));
  }, [draft, circleId]);

  const value = useCallback(
    (phase: string, field: string) =>
      draft.fields[fieldKey(phase, field)]?.text ?? (circle ? storedValue(circle, phase, field) : ''),
    [draft, circle],
  );

  const setField = useCallback(
    (phase: string, field: string, text: string) => {
      if (!circle) return;
      setDraft((d) => {
        const key = fieldKey(phase, field);
        const base = d.fields[key]?.base ?? storedValue(circle, phase, field);
        const fields = { ...d.fields };
        if (text === base) delete fields[key];
        else fields[key] = { base, text };
        return { ...d, fields };
      });
    },
    [circle],
  );

  const phaseDone = useCallback(
    (phase: string) => draft.done[phase] ?? circle?.phases.find((p) => p.key === phase)?.done ?? false,
    [draft, circle],
  );

  const setPhaseDone = useCallback(
    (phase: string, done: boolean) => {
      setDraft((d) => {
        const stored = circle?.phases.find((p) => p.key === phase)?.done ?? false;
        const next = { ...d.done };
        if (done === stored) delete next[phase];
        else next[phase] = done;
        return { ...d, done: next };
      });
    },
    [circle],
  );

  const setDeadline = useCallback(
    (deadline: string | null) =>
      setDraft((d) => ({ ...d, deadline: deadline === (circle?.deadline ?? null) ? undefined : deadline })),
    [circle],
  );

  const changes: FieldChange[] = useMemo(
    () =>
      Object.entries(draft.fields).map(([key, f]) => {
        const [phase, field] = key.split('.') as [string, string];
        return { phase, field, from: f.base, to: f.text };
      }),
    [draft.fields],
  );
  const doneChanges = useMemo(
    () => Object.entries(draft.done).map(([phase, done]) => ({ phase, done })),
    [draft.done],
  );
  const dirty = changes.length > 0 || doneChanges.length > 0 || draft.deadline !== undefined;
  const unresolved = draft.conflicts.some((c) => !c.resolved);

  /** After a clean save: everything typed is stored now. */
  const clear = useCallback(() => setDraft(empty), []);

  /**
   * After a save with conflicts: the saved fields are done; each collided field keeps the
   * person's text, now against the stored text as its base, until they choose.
   */
  const keepConflicts = useCallback((conflicts: FieldConflict[]) => {
    setDraft(() => ({
      fields: Object.fromEntries(
        conflicts.map((c) => [fieldKey(c.phase, c.field), { base: c.theirs, text: c.mine }]),
      ),
      done: {},
      conflicts: conflicts.map((c) => ({ ...c, resolved: false })),
    }));
  }, []);

  const resolve = useCallback((phase: string, field: string, text: string) => {
    setDraft((d) => {
      const key = fieldKey(phase, field);
      const conflict = d.conflicts.find((c) => c.phase === phase && c.field === field);
      if (!conflict) return d;
      const fields = { ...d.fields };
      if (text === conflict.theirs) delete fields[key];
      else fields[key] = { base: conflict.theirs, text };
      return {
        ...d,
        fields,
        conflicts: d.conflicts.map((c) => (c === conflict ? { ...c, resolved: true } : c)),
      };
    });
  }, []);

  const dismissConflicts = useCallback(() => setDraft((d) => ({ ...d, conflicts: [] })), []);

  return {
    draft,
    restored: Boolean(restored),
    value,
    setField,
    phaseDone,
    setPhaseDone,
    setDeadline,
    changes,
    doneChanges,
    dirty,
    unresolved,
    clear,
    keepConflicts,
    resolve,
    dismissConflicts,
  };
}
export type CircleDraft = ReturnType<typeof useCircleDraft>;
