import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * The frame every form shares: the form's own error on top where a screen reader announces it,
 * the fields, then cancel and submit at the end. `noValidate` because the shared zod schema
 * checks the fields and words the messages, not the browser.
 */
export function FormShell({
  onSubmit,
  error,
  submitLabel,
  pending,
  onCancel,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  error?: string | null;
  submitLabel: string;
  pending?: boolean;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {children}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
