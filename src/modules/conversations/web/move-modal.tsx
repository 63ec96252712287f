import { Modal, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import { get, patch, post } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { recoverStaleVersion } from '../../../web/forms/stale-version';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import { moveFormInput, type MoveFormInput } from '../validation';
import type { ConversationDetail } from '../answers';
import { conversationKeys, fromLocalInput, isTeamView, toLocalInput } from './api';
import { useSetDetail } from './agenda';
import { WhenFields } from './when-fields';
import { applyConversationError, timeFieldOverride } from './form-errors';

const FIELDS = ['startsAtLocal', 'durationMinutes', 'location'] as const;

/**
 * Moves the conversation (time, length, place); everyone in it gets an update of the same
 * calendar event. The form is made when the dialog opens, from the conversation as it is then.
 */
export function MoveModal({
  detail,
  opened,
  onClose,
}: {
  detail: ConversationDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('conversations.detail.moveTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <MoveForm detail={detail} onDone={onClose} />}
    </Modal>
  );
}

function MoveForm({ detail, onDone }: { detail: ConversationDetail; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const c = detail.conversation;
  const setDetail = useSetDetail(c.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(moveFormInput, timeFieldOverride),
    defaultValues: {
      version: c.version,
      startsAtLocal: toLocalInput(c.startsAt),
      durationMinutes: c.durationMinutes,
      location: c.location ?? '',
    } as MoveFormInput,
  });
  const move = useMutation({
    mutationFn: (v: MoveFormInput) =>
      patch<ConversationDetail>(`/conversations/${c.id}`, {
        version: v.version,
        startsAt: fromLocalInput(v.startsAtLocal),
        durationMinutes: v.durationMinutes,
        location: v.location || null,
      }),
    onSuccess: (d) => {
      setDetail(d);
      notifySuccess(isTeamView(d) ? t('conversations.team.moved') : t('conversations.detail.moved'));
      onDone();
    },
    onError: async (err) => {
      // Someone saved the conversation meanwhile: the new version becomes the base, the typed time stays.
      const stale = await recoverStaleVersion(
        err,
        t,
        queryClient,
        {
          queryKey: conversationKeys.detail(c.id),
          queryFn: () => get<ConversationDetail>(`/conversations/${c.id}`),
          versionOf: (fresh) => fresh.conversation.version,
        },
        (version) => form.setValue('version', version),
      );
      setFormError(stale ?? applyConversationError(err, t, form.setError, FIELDS));
    },
  });
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), move.mutate(v)))}
      error={formError}
      submitLabel={t('conversations.detail.moveConfirm')}
      pending={move.isPending}
      onCancel={onDone}
    >
      <WhenFields form={form} startsAtHelp={t('conversations.schedule.danishTime')} autoFocus />
    </FormShell>
  );
}

/** Asks before cancelling: everyone in it gets a calendar cancellation. */
export function CancelModal({
  detail,
  opened,
  onClose,
}: {
  detail: ConversationDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const c = detail.conversation;
  const setDetail = useSetDetail(c.id);
  const cancel = useMutation({
    mutationFn: () => post<ConversationDetail>(`/conversations/${c.id}/cancel`, { version: c.version }),
    onSuccess: (d) => {
      setDetail(d);
      notifySuccess(t('conversations.detail.cancelled'));
      onClose();
    },
    // A stale version here means someone changed it meanwhile: reload, so a second click cancels what is there now.
    onError: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(c.id) }),
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
      <Text>
        {isTeamView(detail) ? t('conversations.team.cancelText') : t('conversations.detail.cancelText')}
      </Text>
    </ConfirmModal>
  );
}
