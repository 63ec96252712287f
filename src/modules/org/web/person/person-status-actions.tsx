import { Button, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../../web/i18n';
import { ApiError, patch, post } from '../../../../web/lib/api';
import type { PersonRecord } from '../../answers';
import { refreshOrg } from '../api';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';

/** Deactivate or reactivate a person; a stale version reloads the person so the next try works. */
export function ActiveToggle({ record }: { record: PersonRecord }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { person } = record;
  const [confirming, setConfirming] = useState(false);
  const setActive = useMutation({
    mutationFn: (active: boolean) => patch(`/people/${person.id}`, { active, version: person.version }),
    onSuccess: async (_data, active) => {
      notifySuccess(t(active ? 'org.person.reactivated' : 'org.person.deactivated', { name: person.name }));
      setConfirming(false);
      await refreshOrg(queryClient);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'stale_version') void refreshOrg(queryClient);
    },
  });

  if (!person.active) {
    return (
      <>
        <Button variant="default" onClick={() => setActive.mutate(true)} loading={setActive.isPending}>
          {t('org.person.reactivate')}
        </Button>
        {setActive.isError && (
          <Text size="sm" c="red.9" role="alert" w="100%">
            {errorMessage(t, setActive.error)}
          </Text>
        )}
      </>
    );
  }
  return (
    <>
      <Button variant="default" color="red.9" onClick={() => setConfirming(true)}>
        {t('org.person.deactivate')}
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={() => {
          setActive.reset();
          setConfirming(false);
        }}
        title={t('org.person.deactivateTitle', { name: person.name })}
        confirmLabel={t('org.person.deactivate')}
        danger
        loading={setActive.isPending}
        error={setActive.error}
        onConfirm={() => setActive.mutate(false)}
      >
        {t('org.person.deactivateText')}
      </ConfirmModal>
    </>
  );
}

/** Mails the person a link to choose a password. */
export function InviteButton({ record }: { record: PersonRecord }) {
  const { t } = useI18n();
  const { person } = record;
  const [confirming, setConfirming] = useState(false);
  const invite = useMutation({
    mutationFn: () => post('/auth/invitations', { personId: person.id }),
    onSuccess: () => {
      notifySuccess(t('org.person.invited', { email: person.email ?? '' }));
      setConfirming(false);
    },
  });
  return (
    <>
      <Button variant="default" onClick={() => setConfirming(true)}>
        {t('org.person.invite')}
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={() => {
          invite.reset();
          setConfirming(false);
        }}
        title={t('org.person.inviteTitle')}
        confirmLabel={t('org.person.invite')}
        loading={invite.isPending}
        error={invite.error}
        confirmDisabled={!person.email}
        onConfirm={() => invite.mutate()}
      >
        {person.email
          ? t('org.person.inviteText', { name: person.name, email: person.email })
          : t('org.person.inviteNoEmail')}
      </ConfirmModal>
    </>
  );
}
