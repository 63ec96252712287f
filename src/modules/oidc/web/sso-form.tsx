import {
  Alert,
  Button,
  Checkbox,
  Group,
  PasswordInput,
  Radio,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, put } from '../../../web/lib/api';
import { LIMITS } from '../../../shared/limits';
import { oidcSettingsInput, type OidcSettingsForm, type OidcSettingsInput } from '../validation';
import type { OidcSettings } from '../answers';
import { oidcSettingsKey } from './api';
import { useFieldError } from './parts';

const FIELDS = [
  'enabled',
  'displayName',
  'issuer',
  'clientId',
  'clientSecret',
  'matchBy',
  'employeeNumberClaim',
] as const;

function formValues(settings: OidcSettings, fallbackName: string): OidcSettingsForm {
  const p = settings.provider;
  return {
    enabled: p?.enabled ?? true,
    displayName: p?.displayName ?? fallbackName,
    issuer: p?.issuer ?? '',
    clientId: p?.clientId ?? '',
    clientSecret: '',
    matchBy: p?.matchBy ?? 'email',
    employeeNumberClaim: p?.employeeNumberClaim ?? 'employee_number',
  };
}

/** The identity provider's settings; the client secret can be replaced or removed, never read. */
export function SsoForm({ settings }: { settings: OidcSettings }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [removeSecret, setRemoveSecret] = useState(false);
  const form = useForm<OidcSettingsForm, unknown, OidcSettingsInput>({
    resolver: zodResolver(oidcSettingsInput),
    defaultValues: formValues(settings, t('oidc.sso.displayNameDefault')),
  });
  const { errors } = form.formState;
  const matchBy = useWatch({ control: form.control, name: 'matchBy' });
  const hasSecret = settings.provider?.hasClientSecret ?? false;

  const save = useMutation({
    mutationFn: (input: OidcSettingsInput) => put<OidcSettings>('/organisation/oidc', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(oidcSettingsKey, saved);
      form.reset(formValues(saved, ''));
      setRemoveSecret(false);
      notifications.show({ message: t('oidc.sso.saved'), color: 'teal', withBorder: true });
    },
    onError: (err) => {
      let placed = 0;
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          const field = FIELDS.find((f) => issue.path === f);
          if (field) form.setError(field, { type: 'invalid' }, { shouldFocus: placed++ === 0 });
        }
      }
      setFormError(placed ? t('oidc.form.checkFields') : errorMessage(t, err));
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="sso-heading"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ ...values, clientSecret: removeSecret ? null : values.clientSecret });
      })}
    >
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="enabled"
          render={({ field }) => (
            // Never a statement that it is on: beside "not set up" the switch says what saving will do.
            <Switch
              label={settings.provider ? t('oidc.sso.enabled') : t('oidc.sso.enabledNew')}
              description={settings.provider ? t('oidc.sso.enabledHelp') : t('oidc.sso.enabledNewHelp')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
        <TextInput
          label={t('oidc.sso.displayName')}
          description={t('oidc.sso.displayNameHelp')}
          required
          maxLength={LIMITS.shortText}
          {...form.register('displayName')}
          error={fieldError(errors.displayName, undefined, LIMITS.shortText)}
        />
        <TextInput
          label={t('oidc.sso.issuer')}
          description={t('oidc.sso.issuerHelp')}
          required
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          {...form.register('issuer')}
          error={fieldError(errors.issuer, 'oidc.sso.issuerError', LIMITS.url)}
        />
        <TextInput
          label={t('oidc.sso.clientId')}
          description={t('oidc.sso.clientIdHelp')}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={LIMITS.shortText}
          {...form.register('clientId')}
          error={fieldError(errors.clientId, undefined, LIMITS.shortText)}
        />
        <Stack gap={6}>
          <PasswordInput
            label={t('oidc.sso.clientSecret')}
            description={`${t('oidc.sso.clientSecretHelp')} ${hasSecret ? t('oidc.sso.clientSecretStored') : t('oidc.sso.clientSecretMissing')}`}
            autoComplete="new-password"
            disabled={removeSecret}
            maxLength={LIMITS.shortText}
            {...form.register('clientSecret')}
            error={fieldError(errors.clientSecret, undefined, LIMITS.shortText)}
          />
          {hasSecret && (
            <Checkbox
              label={t('oidc.sso.removeSecret')}
              description={t('oidc.sso.removeSecretHelp')}
              checked={removeSecret}
              onChange={(e) => setRemoveSecret(e.currentTarget.checked)}
            />
          )}
        </Stack>
        <Controller
          control={form.control}
          name="matchBy"
          render={({ field }) => (
            <Radio.Group
              label={t('oidc.sso.matchBy')}
              description={t('oidc.sso.matchByHelp')}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              name={field.name}
            >
              <Stack gap="sm" mt="xs">
                <Radio
                  value="email"
                  label={t('oidc.sso.matchByEmail')}
                  description={t('oidc.sso.matchByEmailHelp')}
                />
                <Radio
                  value="employee_number"
                  label={t('oidc.sso.matchByEmployeeNumber')}
                  description={t('oidc.sso.matchByEmployeeNumberHelp')}
                />
              </Stack>
            </Radio.Group>
          )}
        />
        {matchBy === 'employee_number' && (
          <TextInput
            label={t('oidc.sso.employeeNumberClaim')}
            description={t('oidc.sso.employeeNumberClaimHelp')}
            required
            autoComplete="off"
            spellCheck={false}
            {...form.register('employeeNumberClaim')}
            error={fieldError(errors.employeeNumberClaim, 'oidc.sso.claimError', 100)}
          />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('oidc.sso.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
