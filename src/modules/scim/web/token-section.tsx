import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { CopyValue } from '../../oidc/web/index';
import type { OkAnswer } from '../../../shared/answers';
import type { ScimSettings, ScimToken } from '../answers';
import { TOKEN_DAYS } from '../constants';
import { scimSettingsKey } from './api';

const VALIDITY = [90, 180, TOKEN_DAYS.default, TOKEN_DAYS.max];

/** The token: when it was made and last used, a new one (shown once), and its revocation. */
export function TokenSection({ settings }: { settings: ScimSettings }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<number>(TOKEN_DAYS.default);
  const [made, setMade] = useState<ScimToken | null>(null);
  const [asking, setAsking] = useState<'rotate' | 'revoke' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: scimSettingsKey });
  const create = useMutation({
    mutationFn: () => post<ScimToken>('/organisation/scim/token', { validDays: days }),
    onSuccess: async (token) => {
      setAsking(null);
      setMade(token);
      notifications.show({ message: t('scim.token.made'), color: 'teal', withBorder: true });
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => del<OkAnswer>('/organisation/scim/token'),
    onSuccess: async () => {
      setAsking(null);
      setMade(null);
      notifications.show({ message: t('scim.token.revoked'), color: 'teal', withBorder: true });
      await refresh();
    },
  });
  const token = settings.token;
  const close = () => {
    setAsking(null);
    create.reset();
    revoke.reset();
  };
  const failed = create.error ?? revoke.error;

  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('scim.token.heading')}
      </Title>
      {!token ? (
        <Text size="sm">{t('scim.token.none')}</Text>
      ) : token.expired ? (
        <Alert color="red" role="status">
          {t('scim.token.expired', { date: formatDate(token.expiresAt) })}
        </Alert>
      ) : (
        <Text size="sm">
          {t('scim.token.created', { date: formatDate(token.createdAt) })} ·{' '}
          {t('scim.token.expires', { date: formatDate(token.expiresAt) })} ·{' '}
          {token.lastUsedAt
            ? t('scim.token.lastUsed', { date: formatDate(token.lastUsedAt, 'dateTime') })
            : t('scim.token.neverUsed')}
        </Text>
      )}
      {made && (
        <Alert color="teal" role="status" title={t('scim.token.shownOnce')}>
          <CopyValue label={t('scim.token.tokenLabel')} value={made.token} help={t('scim.token.tokenHelp')} />
        </Alert>
      )}
      {failed && !asking && (
        <Alert color="red" role="alert">
          {errorMessage(t, failed)}
        </Alert>
      )}
      <Group align="flex-end">
        <NativeSelect
          label={t('scim.token.validity')}
          description={t('scim.token.validityHelp')}
          value={String(days)}
          onChange={(e) => setDays(Number(e.currentTarget.value))}
          data={VALIDITY.map((d) => ({ value: String(d), label: t('scim.token.days', { days: d }) }))}
        />
        <Button
          loading={create.isPending && !asking}
          onClick={() => (token ? setAsking('rotate') : create.mutate())}
        >
          {token ? t('scim.token.rotate') : t('scim.token.create')}
        </Button>
        {token && (
          <Button variant="outline" color="red.8" onClick={() => setAsking('revoke')}>
            {t('scim.token.revoke')}
          </Button>
        )}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={close}
        title={asking === 'revoke' ? t('scim.token.revokeTitle') : t('scim.token.rotateTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        <Stack>
          <Text>{asking === 'revoke' ? t('scim.token.revokeText') : t('scim.token.rotateText')}</Text>
          {failed && (
            <Alert color="red" role="alert">
              {errorMessage(t, failed)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.actions.cancel')}
            </Button>
            {asking === 'revoke' ? (
              <Button color="red.8" loading={revoke.isPending} onClick={() => revoke.mutate()}>
                {t('scim.token.revoke')}
              </Button>
            ) : (
              <Button loading={create.isPending} onClick={() => create.mutate()}>
                {t('scim.token.rotate')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
