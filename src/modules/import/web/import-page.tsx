import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { CSSProperties } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { importKeys } from './api';
import { FormatsSection } from './formats-section';
import { ImportDetails } from './import-details';
import { RecentImports } from './recent-imports';
import { UploadCard } from './upload-card';

// The theme's dimmed grey and light-variant texts fall short of WCAG AA contrast on their
// backgrounds; this page uses darker shades.
const AA_CONTRAST = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-color-teal-light-color': 'var(--mantine-color-gray-9)',
  '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
} as CSSProperties;

/** /import: upload a file, see its preview, apply it and follow its progress (HR and admins). */
export function ImportPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const { id } = useSearch({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const show = (importId: string | undefined) =>
    void navigate({ to: '/import', search: (importId ? { id: importId } : {}) as never });

  const heading = (
    <Stack gap={4}>
      <Title order={2}>{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>
    </Stack>
  );
  if (!me?.abilities.administer) {
    return (
      <Stack maw={960} gap="lg" style={AA_CONTRAST}>
        {heading}
        <Alert color="gray" role="alert">
          {t('import.onlyAdmins')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack maw={960} gap="lg" style={AA_CONTRAST}>
      {heading}
      {id ? (
        <ImportDetails key={id} id={id} onClose={() => show(undefined)} />
      ) : (
        <UploadCard
          onPreviewed={(importId) => {
            void queryClient.invalidateQueries({ queryKey: importKeys.list });
            show(importId);
          }}
        />
      )}
      <RecentImports selectedId={id} />
      <FormatsSection />
    </Stack>
  );
}
