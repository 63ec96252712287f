import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { GOAL_LIMITS } from '../validation';
import { useGoals } from './api';

/**
 * "Which one to put aside?" — shown when a third goal would come into focus. The choice and its
 * reason go back with the original request, so the swap happens in one step on the server.
 */
export function PutAsideModal(props: {
  opened: boolean;
  onClose: () => void;
  /** The goal coming into focus, when it already exists (refocusing). */
  exceptGoalId?: string;
  onConfirm: (goalId: string, reason: string) => void;
  loading?: boolean;
  error?: unknown;
}) {
  const { t } = useI18n();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.actions.close') }} opened={props.opened} onClose={props.onClose} title={t('goals.putAsideDialog.title')} centered>
      {props.opened && <PutAsideForm {...props} />}
    </Modal>
  );
}

function PutAsideForm({ onClose, exceptGoalId, onConfirm, loading, error }: Parameters<typeof PutAsideModal>[0]) {
  const { t } = useI18n();
  const goals = useGoals();
  const inFocus = (goals.data?.goals ?? []).filter((g) => g.status === 'in_focus' && g.id !== exceptGoalId);
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = !choice || !reason.trim();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!missing) onConfirm(choice, reason.trim());
      }}
    >
      <Stack>
        <Text>{t('goals.putAsideDialog.text')}</Text>
        <Radio.Group
          label={t('goals.putAsideDialog.choose')}
          value={choice}
          onChange={setChoice}
          required
          error={touched && !choice ? t('common.form.choose') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {inFocus.map((g) => (
              <Radio key={g.id} value={g.id} label={g.title} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('goals.putAsideDialog.reason')}
          required
          autosize
          minRows={2}
          maxLength={GOAL_LIMITS.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={touched && !reason.trim() ? t('common.form.required') : undefined}
        />
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('goals.putAsideDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
