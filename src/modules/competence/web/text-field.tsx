import { Alert, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { Initiative } from '../answers';
import { initiativeField } from '../form';
import { useSaveFields } from './use-save';

/**
 * One text of the initiative, saved when the writer leaves it. The save is a field change from
 * the text the page last had: if someone else changed the field meanwhile, the field shows their
 * text and the writer's own is kept beside it (never lost, never overwriting).
 */
export function InitiativeTextField({
  initiative,
  phase,
  field,
  label,
  type = 'text',
}: {
  initiative: Initiative;
  phase: string;
  field: string;
  label: string;
  type?: 'text' | 'date';
}) {
  const { t } = useI18n();
  const stored = initiative.fields[phase]?.[field] ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [mine, setMine] = useState<string | null>(null);
  const save = useSaveFields(initiative);
  const max = initiativeField(phase, field)?.maxLength;
  const value = draft ?? stored;
  const readOnly = !initiative.can.edit;
  const commit = () => {
    if (draft === null || draft === stored) return setDraft(null);
    save.mutate(
      { changes: [{ phase, field, from: stored, to: draft }] },
      {
        onSuccess: (answer) => {
          const conflict = answer.conflicts.find((c) => c.phase === phase && c.field === field);
          setMine(conflict ? conflict.mine : null);
          setDraft(null);
        },
      },
    );
  };
  const common = {
    label,
    value,
    readOnly,
    onChange: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value),
    onBlur: commit,
    maxLength: max,
    'data-field': `${phase}.${field}`,
  };
  return (
    <>
      {type === 'date' ? (
        <TextInput type="date" {...common} w={200} />
      ) : (
        <Textarea {...common} autosize minRows={2} maxRows={10} />
      )}
      {save.isPending && (
        <Text size="xs" c="gray.7" aria-live="polite">
          {t('competence.page.saving')}
        </Text>
      )}
      {save.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(t, save.error)}
        </Text>
      )}
      {mine !== null && (
        <Alert color="orange" title={t('competence.page.conflictTitle')} role="alert">
          <Text size="sm">{t('competence.page.conflictBody', { field: label })}</Text>
          <Text size="sm" fw={600} mt="xs">
            {t('competence.page.yours')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {mine}
          </Text>
        </Alert>
      )}
    </>
  );
}
