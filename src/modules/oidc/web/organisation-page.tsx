import { Alert, Badge, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import type { OidcSettings, OrganisationSettings } from '../answers';
import { useOidcSettings, useOrganisation } from './api';
import { OrganisationForm } from './organisation-form';
import { SsoForm } from './sso-form';
import { RemoveSso } from './remove-sso';
import { LoadError, Loading } from '../../../web/components/states';
import { CopyValue } from './parts';

// The theme's dimmed grey (3.3:1), error red 6 (3.3:1) and filled teal 8 (3.9:1 under white text)
// fall short of WCAG AA; until the theme changes, this page uses darker shades.
const AA_CONTRAST = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-primary-color-filled': 'var(--mantine-color-teal-9)',
  '--mantine-primary-color-filled-hover': 'var(--mantine-color-teal-9)',
  '--mantine-color-error': 'var(--mantine-color-red-8)',
} as CSSProperties;

/** /organisation: the organisation's details and its single sign-on, for organisation admins. */
export function OrganisationPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  // The server refuses anyone else too; this only spares HR two identical error boxes.
  const allowed = me?.abilities.manageOrganisation ?? false;
  const organisation = useOrganisation(allowed);
  const oidc = useOidcSettings(allowed);

  const heading = (
    <Stack gap={4}>
      <Title order={2}>{t('oidc.title')}</Title>
      <Text c="dimmed">{t('oidc.intro')}</Text>
    </Stack>
  );
  if (!allowed) {
    return (
      <Stack maw={760} gap="lg" style={AA_CONTRAST}>
        {heading}
        <Alert color="gray" role="alert">
          {t('oidc.onlyOrgAdmins')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack maw={760} gap="lg" style={AA_CONTRAST}>
      {heading}

      <Paper
        withBorder
        p={{ base: 'sm', sm: 'lg' }}
        component="section"
        aria-labelledby="organisation-details-heading"
      >
        <Stack>
          <Title order={3} id="organisation-details-heading" size="h4">
            {t('oidc.details.heading')}
          </Title>
          {organisation.isPending ? (
            <Loading />
          ) : organisation.isError ? (
            <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
          ) : (
            <OrganisationForm key={organisation.data.id} organisation={organisation.data} />
          )}
        </Stack>
      </Paper>

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
            <SsoSection settings={oidc.data} organisation={organisation.data} />
          )}
        </Stack>
      </Paper>
    </Stack>
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
  organisation,
}: {
  settings: OidcSettings;
  organisation: OrganisationSettings | undefined;
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
      {organisation && settings.provider?.enabled && (
        <CopyValue
          label={t('oidc.sso.loginPage')}
          value={`${settings.publicUrl}/login?org=${encodeURIComponent(organisation.slug)}`}
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
