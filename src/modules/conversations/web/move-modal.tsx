import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { ConfirmModal } from '../../org/web/components/confirm-modal';
import { notifySuccess } from '../../org/web/components/notify';
import { CONVERSATION_LIMITS } from '../validation';
import { fromLocalInput, toLocalInput, type ConversationDetail } from './api';
import { useSetDetail } from './agenda';

/** Moves the 1:1 (time, length, place); both get an update of the same calendar event. */
export function MoveModal({ detail, opened, onClose }: { detail: ConversationDetail; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const c = detail.conversation;
  const setDetail = useSetDetail(c.id);
  const [when, setWhen] = useState(toLocalInput(c.startsAt));
  const [minutes, setMinutes] = useState<number>(c.durationMinutes);
  const [location, setLocation] = useState(c.location ?? '');
  const startsAt = fromLocalInput(when);
  const move = useMutation({
    mutationFn: () => patch<ConversationDetail>(`/conversations/${c.id}`, { version: c.version, startsAt, durationMinutes: minutes, location: location || null }),
    onSuccess: (d) => {
      setDetail(d);
      notifySuccess(t('conversations.detail.moved'));
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('conversations.detail.moveTitle')} centered closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      <Stack>
        {move.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, move.error)}
          </Alert>
        ) : null}
        <TextInput type="datetime-local" label={t('conversations.schedule.startsAt')} value={when} onChange={(e) => setWhen(e.currentTarget.value)} required data-autofocus />
        <NumberInput
          label={t('conversations.schedule.duration')}
          min={CONVERSATION_LIMITS.durationMin}
          max={CONVERSATION_LIMITS.durationMax}
          step={15}
          value={minutes}
          onChange={(v) => setMinutes(typeof v === 'number' ? v : Number(v))}
        />
        <TextInput label={t('conversations.schedule.location')} value={location} maxLength={CONVERSATION_LIMITS.location} onChange={(e) => setLocation(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button onClick={() => move.mutate()} loading={move.isPending} disabled={!startsAt}>
            {t('conversations.detail.moveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Asks before cancelling: both get a calendar cancellation. */
export function CancelModal({ detail, opened, onClose }: { detail: ConversationDetail; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const c = detail.conversation;
  const setDetail = useSetDetail(c.id);
  const cancel = useMutation({
    mutationFn: () => post<ConversationDetail>(`/conversations/${c.id}/cancel`, { version: c.version }),
    onSuccess: (d) => {
      setDetail(d);
      notifySuccess(t('conversations.detail.cancelled'));
      onClose();
    },
  });
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={t('conversations.detail.cancelTitle')}
      confirmLabel={t('conversations.detail.cancelConfirm')}
      onConfirm={() => cancel.mutate()}
      loading={cancel.isPending}
      error={cancel.error}
      danger
    >
      <Text>{t('conversations.detail.cancelText')}</Text>
    </ConfirmModal>
  );
}
