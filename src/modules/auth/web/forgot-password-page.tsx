import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { requestResetInput } from '../validation';
import { useZodResolver } from './form';
import { PublicLayout } from './public-layout';

const formSchema = requestResetInput.omit({ organisation: true });
type FormValues = z.input<typeof formSchema>;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as { org?: string };
  const org = typeof search.org === 'string' ? search.org : undefined;
  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: useZodResolver(formSchema),
    defaultValues: { email: '' },
  });
  const request = useMutation({
    mutationFn: (values: z.output<typeof formSchema>) =>
      post('/auth/password-reset', { ...values, ...(org ? { organisation: org } : {}) }).then(
        () => values.email,
      ),
  });
  const backToLogin = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/login" search={{ org } as never}>
        {t('auth.forgot.backToLogin')}
      </Anchor>
    </Text>
  );

  if (request.isSuccess) {
    return (
      <PublicLayout title={t('auth.forgot.sentTitle')}>
        <Alert color="teal" role="status">
          <Stack gap="xs">
            <Text size="sm">{t('auth.forgot.sent', { email: request.data })}</Text>
            <Text size="sm">{t('auth.forgot.sentHint')}</Text>
          </Stack>
        </Alert>
        {backToLogin}
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t('auth.forgot.title')} subtitle={t('auth.forgot.intro')}>
      <form noValidate onSubmit={form.handleSubmit((values) => request.mutate(values))}>
        <Stack gap="md">
          {request.error && (
            <Alert color="red" role="alert">
              {errorMessage(t, request.error)}
            </Alert>
          )}
          <TextInput
            {...form.register('email')}
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            autoFocus
            error={form.formState.errors.email?.message}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
        </Stack>
      </form>
      {backToLogin}
    </PublicLayout>
  );
}
