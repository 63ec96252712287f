import { Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { CopyValue } from '../../oidc/web/index';
import type { ScimSettings } from '../answers';
import { useScimSettings } from './api';
import { TokenSection } from './token-section';
import { GroupMapping } from './group-mapping';

/**
 * Provisioning from the organisation's directory, as a section of the organisation settings page
 * (org module): the address and token to give the directory, and what each group gives.
 */
export function ScimPanel({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const scim = useScimSettings(enabled);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="scim-heading">
      <Stack>
        <Group justify="space-between" align="center" gap="xs">
          <Title order={3} id="scim-heading" size="h4">
            {t('scim.panel.heading')}
          </Title>
          {scim.data && <ScimStatus settings={scim.data} />}
        </Group>
        <Text size="sm">{t('scim.panel.intro')}</Text>
        {scim.isPending ? (
          <Loading />
        ) : scim.isError ? (
          <LoadError error={scim.error} onRetry={() => void scim.refetch()} />
        ) : (
          <Stack>
            <CopyValue
              label={t('scim.panel.baseUrl')}
              value={scim.data.baseUrl}
              help={t('scim.panel.baseUrlHelp')}
            />
            {scim.data.provisioned.users > 0 && (
              <Text size="sm">
                {t('scim.panel.provisioned', {
                  users: scim.data.provisioned.users,
                  inactive: scim.data.provisioned.inactive,
                })}
              </Text>
            )}
            <Divider />
            <TokenSection settings={scim.data} />
            <Divider />
            <GroupMapping settings={scim.data} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ScimStatus({ settings }: { settings: ScimSettings }) {
  const { t } = useI18n();
  const state = !settings.token
    ? 'none'
    : settings.token.expired
      ? 'expired'
      : settings.token.lastUsedAt
        ? 'on'
        : 'ready';
  return (
    <Badge
      color={state === 'on' ? 'teal.9' : state === 'expired' ? 'red.8' : 'gray.7'}
      variant={state === 'on' || state === 'expired' ? 'filled' : 'outline'}
      size="lg"
    >
      <span>{t('scim.panel.statusLabel')}: </span>
      {t(`scim.panel.status.${state}`)}
    </Badge>
  );
}
