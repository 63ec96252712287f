import { Badge, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import type { OidcSettings } from '../answers';
import { useOidcSettings } from './api';
import { SsoForm } from './sso-form';
import { RemoveSso } from './remove-sso';
import { CopyValue } from './parts';

/**
 * The organisation's single sign-on, as a section of the organisation settings page (org module):
 * its state, the steps and addresses to give the identity provider, the form and its removal.
 */
export function SsoPanel({
  enabled,
  organisationSlug,
}: {
  enabled: boolean;
  organisationSlug: string | undefined;
}) {
  const { t } = useI18n();
  const oidc = useOidcSettings(enabled);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="sso-heading">
      <Stack>
        <Group justify="space-between" align="center" gap="xs">
          <Title order={3} id="sso-heading" size="h4">
            {t('oidc.sso.heading')}
          </Title>
          {oidc.data && <SsoStatus settings={oidc.data} />}
        </Group>
        <Text size="sm">{t('oidc.sso.intro')}</Text>
        <Text size="sm">{t('oidc.sso.noCreate')}</Text>
        {oidc.isPending ? (
          <Loading />
        ) : oidc.isError ? (
          <LoadError error={oidc.error} onRetry={() => void oidc.refetch()} />
        ) : (
          <SsoSection settings={oidc.data} organisationSlug={organisationSlug} />
        )}
      </Stack>
    </Paper>
  );
}

function SsoStatus({ settings }: { settings: OidcSettings }) {
  const { t } = useI18n();
  const state = !settings.provider ? 'none' : settings.provider.enabled ? 'on' : 'off';
  return (
    <Badge
      color={state === 'on' ? 'teal.9' : 'gray.7'}
      variant={state === 'on' ? 'filled' : 'outline'}
      size="lg"
    >
      <span>{t('oidc.sso.statusLabel')}: </span>
      {t(`oidc.sso.status.${state}`)}
    </Badge>
  );
}

function SsoSection({
  settings,
  organisationSlug,
}: {
  settings: OidcSettings;
  organisationSlug: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Stack>
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('oidc.sso.stepsHeading')}
        </Title>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('oidc.sso.step1')}</List.Item>
          <List.Item>{t('oidc.sso.step2')}</List.Item>
          <List.Item>{t('oidc.sso.step3')}</List.Item>
        </List>
      </Stack>
      <CopyValue
        label={t('oidc.sso.redirectUri')}
        value={settings.redirectUri}
        help={t('oidc.sso.redirectUriHelp')}
      />
      {organisationSlug && settings.provider?.enabled && (
        <CopyValue
          label={t('oidc.sso.loginPage')}
          value={`${settings.publicUrl}/login?org=${encodeURIComponent(organisationSlug)}`}
          help={t('oidc.sso.loginPageHelp')}
        />
      )}
      <Divider />
      <SsoForm key={settings.provider ? 'configured' : 'new'} settings={settings} />
      {settings.provider && (
        <>
          <Divider />
          <RemoveSso />
        </>
      )}
    </Stack>
  );
}
