import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { LIMITS } from '../../../shared/limits';
import type { Os2moSettings } from '../answers';
import { os2moSettingsInput } from '../validation';
import { os2moSettingsKey } from './api';

type Field = 'endpoint' | 'tokenUrl' | 'clientId' | 'clientSecret';

/** The address, client and secret; the secret can be replaced, never read. */
export function ConnectionForm({ settings }: { settings: Os2moSettings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const c = settings.connection;
  const [values, setValues] = useState<Record<Field, string>>({
    endpoint: c?.endpoint ?? '',
    tokenUrl: c && !c.tokenUrlDerived ? c.tokenUrl : '',
    clientId: c?.clientId ?? '',
    clientSecret: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (input: unknown) => put<Os2moSettings>('/organisation/os2mo', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(os2moSettingsKey, saved);
      setValues((v) => ({ ...v, clientSecret: '' }));
      notifications.show({ message: t('os2mo.saved'), color: 'teal', withBorder: true });
    },
    onError: (err) => setFormError(errorMessage(t, err)),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const input = { ...values, clientSecret: values.clientSecret || undefined };
    const parsed = os2moSettingsInput.safeParse(input);
    const found: Partial<Record<Field, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] = field === 'clientId' ? t('os2mo.required') : t('os2mo.addressError');
      }
    }
    if (!c && !values.clientSecret) found.clientSecret = t('os2mo.required');
    setErrors(found);
    if (Object.keys(found).length === 0 && parsed.success) save.mutate(parsed.data);
  };

  const text = (field: Field) => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
    error: errors[field],
    autoComplete: 'off',
    spellCheck: false,
  });

  return (
    <form noValidate aria-labelledby="os2mo-heading" onSubmit={submit}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('os2mo.endpoint')}
          description={t('os2mo.endpointHelp')}
          required
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={LIMITS.url}
          {...text('endpoint')}
        />
        <TextInput
          label={t('os2mo.tokenUrl')}
          description={t('os2mo.tokenUrlHelp', { url: c?.tokenUrl ?? '–' })}
          type="url"
          inputMode="url"
          maxLength={LIMITS.url}
          {...text('tokenUrl')}
        />
        <TextInput
          label={t('os2mo.clientId')}
          description={t('os2mo.clientIdHelp')}
          required
          maxLength={LIMITS.shortText}
          {...text('clientId')}
        />
        <PasswordInput
          label={t('os2mo.clientSecret')}
          description={`${t('os2mo.clientSecretHelp')}${c ? ` ${t('os2mo.clientSecretStored')}` : ''}`}
          required={!c}
          maxLength={LIMITS.shortText}
          {...text('clientSecret')}
          autoComplete="new-password"
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('os2mo.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
