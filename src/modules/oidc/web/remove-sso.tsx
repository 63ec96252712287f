import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del } from '../../../web/lib/api';
import { oidcSettingsKey } from './api';
import type { OkAnswer } from '../../../shared/answers';

/** Removing the provider is asked about first: people without a password lose their way in. */
export function RemoveSso() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const remove = useMutation({
    mutationFn: () => del<OkAnswer>('/organisation/oidc'),
    onSuccess: async () => {
      setOpened(false);
      notifications.show({ message: t('oidc.sso.removed'), color: 'teal', withBorder: true });
      await queryClient.invalidateQueries({ queryKey: oidcSettingsKey });
    },
  });
  const close = () => {
    setOpened(false);
    remove.reset();
  };

  return (
    <>
      <Group>
        <Button variant="outline" color="red.8" onClick={() => setOpened(true)}>
          {t('oidc.sso.remove')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('oidc.sso.removeTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        <Stack>
          <Text>{t('oidc.sso.removeText')}</Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {errorMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.actions.cancel')}
            </Button>
            <Button color="red.8" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('oidc.sso.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
