import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack p="md" maw={560}>
      <Title order={2}>{t('common.states.notFoundTitle')}</Title>
      <Text>{t('common.states.notFoundText')}</Text>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('common.nav.home')}
      </Button>
    </Stack>
  );
}
