import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage, useI18n } from '../i18n';
import { ApiError } from '../lib/api';

/** A polite, announced spinner while a page's data arrives. */
export function Loading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="gray.7">{t('common.states.loading')}</Text>
      </Group>
    </Center>
  );
}

/** The specific error a request ended in, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && error.status === 404;
  // Trying again only helps when the server or the connection failed, not when access was refused.
  const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <Alert
      color="red"
      title={notFound ? t('common.states.notFoundTitle') : t('common.states.errorTitle')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{notFound ? t('common.states.notFoundText') : errorMessage(t, error)}</Text>
        {onRetry && retryable && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** What an empty list says, and what one can do about it. */
export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap="sm" align="flex-start" py="sm">
      <Text c="gray.7">{children}</Text>
      {action}
    </Stack>
  );
}
