import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import type { LinksSentAnswer } from '../answers';

/**
 * Mails each of the forum's participants who has not answered a personal answer link (ADR 0020):
 * for those who would otherwise have to sign in on their phone in the room. Asked once, because a
 * new link replaces the one sent before.
 */
export function SendLinksButton({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const send = useMutation({
    mutationFn: () => post<LinksSentAnswer>(`/meetings/${meetingId}/evaluation/links`),
    onSuccess: (answer) => {
      setAsking(false);
      notifySuccess(t('forums.links.sent', { count: answer.sent }));
    },
  });
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setAsking(true)}>
        {t('forums.links.send')}
      </Button>
      <ConfirmModal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('forums.links.title')}
        confirmLabel={t('forums.links.confirm')}
        onConfirm={() => send.mutate()}
        loading={send.isPending}
        error={send.error}
      >
        {t('forums.links.body')}
      </ConfirmModal>
    </>
  );
}
