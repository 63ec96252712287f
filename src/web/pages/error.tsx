import { Alert, Button } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { errorMessage, useI18n } from '../i18n';
import { ApiError } from '../lib/api';
import { NotFoundPage, StandalonePage } from './not-found';

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  return (
    <StandalonePage>
      <Alert color="red" title={t('common.states.errorTitle')} role="alert">
        {errorMessage(t, error)}
      </Alert>
      <Button variant="light" w="fit-content" onClick={reset}>
        {t('common.actions.retry')}
      </Button>
    </StandalonePage>
  );
}
