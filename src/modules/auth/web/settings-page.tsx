import { Alert, Button, Group, PasswordInput, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, patch, post } from '../../../web/lib/api';
import type { Me } from '../answers';
import { meQueryKey, useMe } from '../../../web/lib/session';
import { LOCALES, type Locale } from '../../../shared/roles';
import { changePasswordInput, passwordField } from '../validation';
import { useZodResolver } from './form';
import { NewPasswordFields } from './password-fields';
import { readableColors } from './readable';

const notifySaved = (message: string) =>
  notifications.show({ message, color: 'teal', autoClose: 4000, withBorder: true });

export function SettingsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack gap="xl" maw={560} style={readableColors}>
      <Stack gap={4}>
        <Title order={2}>{t('auth.settings.title')}</Title>
        <Text c="gray.7">
          {t('auth.settings.signedInAs', {
            name: me.person.email ? `${me.person.name} (${me.person.email})` : me.person.name,
          })}
        </Text>
      </Stack>
      <LanguageSection />
      <PasswordSection />
    </Stack>
  );
}

function LanguageSection() {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: Locale) => patch('/auth/me', { locale: next }),
    onSuccess: (_data, next) => {
      queryClient.setQueryData<Me | null>(meQueryKey, (me) =>
        me ? { ...me, person: { ...me.person, locale: next } } : me,
      );
      notifySaved(t('auth.settings.languageSaved'));
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="settings-language">
      <Title order={3} size="h4" id="settings-language">
        {t('auth.settings.languageTitle')}
      </Title>
      <Text size="sm" c="gray.7" id="settings-language-hint">
        {t('auth.settings.languageHint')}
      </Text>
      <Group role="radiogroup" aria-labelledby="settings-language" aria-describedby="settings-language-hint">
        {LOCALES.map((l) => (
          <Radio
            key={l}
            name="locale"
            value={l}
            checked={locale === l}
            onChange={() => {
              setLocale(l);
              save.mutate(l);
            }}
            label={t(`common.languages.${l}`)}
          />
        ))}
      </Group>
      {save.error && (
        <Alert color="red" role="alert">
          {errorMessage(t, save.error)}
        </Alert>
      )}
    </Stack>
  );
}

function PasswordSection() {
  const { t } = useI18n();
  const schema = useMemo(
    () =>
      changePasswordInput
        .pick({ currentPassword: true })
        .extend({ password: passwordField, repeat: z.string() })
        .refine((v) => v.password === v.repeat, { message: t('auth.form.mismatch'), path: ['repeat'] }),
    [t],
  );
  type Values = z.input<typeof schema>;
  const form = useForm<Values>({
    resolver: useZodResolver(schema),
    defaultValues: { currentPassword: '', password: '', repeat: '' },
  });
  const change = useMutation({
    mutationFn: (v: Values) =>
      post('/auth/change-password', { currentPassword: v.currentPassword, newPassword: v.password }),
    onSuccess: () => form.reset(),
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'wrong_password') {
        form.setError(
          'currentPassword',
          { type: 'server', message: errorMessage(t, err) },
          { shouldFocus: true },
        );
      }
    },
  });
  const generalError =
    change.error && !(change.error instanceof ApiError && change.error.reason === 'wrong_password');

  return (
    <Stack gap="xs" component="section" aria-labelledby="settings-password">
      <Title order={3} size="h4" id="settings-password">
        {t('auth.settings.passwordTitle')}
      </Title>
      <form noValidate onSubmit={form.handleSubmit((v) => change.mutate(v))}>
        <Stack gap="md">
          {generalError && (
            <Alert color="red" role="alert">
              {errorMessage(t, change.error)}
            </Alert>
          )}
          {change.isSuccess && (
            <Alert color="teal" role="status">
              {t('auth.settings.passwordChanged')}
            </Alert>
          )}
          <PasswordInput
            {...form.register('currentPassword')}
            label={t('auth.fields.currentPassword')}
            autoComplete="current-password"
            required
            error={form.formState.errors.currentPassword?.message}
          />
          <NewPasswordFields
            register={form.register}
            errors={form.formState.errors}
            label={t('auth.fields.newPassword')}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('auth.settings.passwordSubmit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
