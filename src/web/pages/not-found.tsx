import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * A page of its own outside the app's layout (a path that does not exist, an error while loading a
 * route): the app's name as its h1 and the content as its main landmark, as every other page has.
 */
export function StandalonePage({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box component="main" id="main" p="md" maw={560}>
      <Stack>
        <Title order={1} size="h3" c="teal.9">
          {t('common.appName')}
        </Title>
        {children}
      </Stack>
    </Box>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <StandalonePage>
      <Title order={2}>{t('common.states.notFoundTitle')}</Title>
      <Text>{t('common.states.notFoundText')}</Text>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('common.nav.home')}
      </Button>
    </StandalonePage>
  );
}
