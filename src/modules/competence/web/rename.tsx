import { Alert, Button, Modal, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import type { Initiative } from '../answers';
import { COMPETENCE_LIMITS } from '../validation';
import { useSaveFields } from './use-save';

/**
 * Renaming an initiative: the title is saved as a change from the title the page showed, like
 * every field, so a rename made by someone else meanwhile is shown (theirs in the heading, mine
 * kept in the box) instead of overwritten; the history records the rename.
 */
export function RenameInitiative({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('competence.rename.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('competence.rename.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        {opened && <RenameForm initiative={initiative} onClose={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function RenameForm({ initiative, onClose }: { initiative: Initiative; onClose: () => void }) {
  const { t } = useI18n();
  // The title this form started from: a rename saved by someone else meanwhile is a conflict.
  const [base, setBase] = useState(initiative.title);
  const [value, setValue] = useState(initiative.title);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveFields(initiative);
  const submit = () => {
    const to = value.trim();
    if (to === '') return setError(t('competence.rename.required'));
    if (to === base) return onClose();
    setError(null);
    save.mutate(
      { changes: [], title: { from: base, to } },
      {
        onSuccess: (answer) => {
          const conflict = answer.conflicts.find((c) => c.field === 'title');
          if (!conflict) {
            notifySuccess(t('competence.rename.saved'));
            return onClose();
          }
          setTheirs(conflict.theirs);
          setBase(conflict.theirs);
        },
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  };
  return (
    <FormShell
      onSubmit={(e) => (e.preventDefault(), submit())}
      error={error}
      submitLabel={t('common.actions.save')}
      pending={save.isPending}
      onCancel={onClose}
    >
      {theirs !== null && (
        <Alert color="orange" title={t('competence.page.conflictTitle')} role="alert">
          <Text size="sm">{t('competence.rename.conflict', { theirs })}</Text>
        </Alert>
      )}
      <TextInput
        label={t('competence.page.title')}
        required
        data-autofocus
        maxLength={COMPETENCE_LIMITS.title}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
    </FormShell>
  );
}
