import {
  Alert,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  Loader,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { FieldError } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';

export function Loading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('common.states.loading')}</Text>
      </Group>
    </Center>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert color="red" title={t('common.states.errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(t, error)}</Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('common.actions.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * A field's message in the person's language: the length limits are general, anything else
 * gets the field's own explanation of what is expected.
 */
export function useFieldError() {
  const { t } = useI18n();
  return (error: FieldError | undefined, specific?: MessageKey, max?: number): string | undefined => {
    if (!error) return undefined;
    if (error.type === 'server') return error.message;
    if (error.type === 'too_big' && max) return t('oidc.form.tooLong', { max });
    if (error.type === 'too_small' || !specific) return t('oidc.form.required');
    return t(specific);
  };
}

/** A value to hand to someone else (the redirect URI), readable, selectable and copyable. */
export function CopyValue({ label, value, help }: { label: string; value: string; help: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Code block style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <>
              <Button
                variant={copied ? 'filled' : 'default'}
                onClick={copy}
                aria-label={t('oidc.sso.copyLabel', { what: label })}
                h="auto"
              >
                {copied ? t('oidc.sso.copied') : t('oidc.sso.copy')}
              </Button>
              <VisuallyHidden aria-live="polite">{copied ? t('oidc.sso.copied') : ''}</VisuallyHidden>
            </>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </Stack>
  );
}
