import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import { LoadError, Loading } from '../../../../web/components/states';
import { SsoPanel } from '../../../oidc/web/index';
import { Os2moPanel } from '../../../os2mo/web/index';
import { ScimPanel } from '../../../scim/web/index';
import { useOrganisation } from './api';
import { OrganisationForm } from './organisation-form';

// The theme's dimmed grey (3.3:1), error red 6 (3.3:1) and filled teal 8 (3.9:1 under white text)
// fall short of WCAG AA; until the theme changes, this page uses darker shades.
const AA_CONTRAST = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-primary-color-filled': 'var(--mantine-color-teal-9)',
  '--mantine-primary-color-filled-hover': 'var(--mantine-color-teal-9)',
  '--mantine-color-error': 'var(--mantine-color-red-8)',
} as CSSProperties;

/** /organisation: the organisation's details and its single sign-on (oidc's panel), for organisation admins. */
export function OrganisationPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  // The server refuses anyone else too; this only spares HR two identical error boxes.
  const allowed = me?.abilities.manageOrganisation ?? false;
  const organisation = useOrganisation(allowed);

  const heading = (
    <Stack gap={4}>
      <Title order={2}>{t('org.settings.title')}</Title>
      <Text c="dimmed">{t('org.settings.intro')}</Text>
    </Stack>
  );
  if (!allowed) {
    return (
      <Stack maw={760} gap="lg" style={AA_CONTRAST}>
        {heading}
        <Alert color="gray" role="alert">
          {t('org.settings.onlyOrgAdmins')}
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
            {t('org.settings.details.heading')}
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

      <SsoPanel enabled={allowed} organisationSlug={organisation.data?.slug} />
      <Os2moPanel enabled={allowed} />
      <ScimPanel enabled={allowed} />
    </Stack>
  );
}
