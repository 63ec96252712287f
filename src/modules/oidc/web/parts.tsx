import { Button, Code, CopyButton, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { FieldError } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';

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
