import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { errorMessage, useI18n, type Translate } from '../../../web/i18n';
import { ApiError, get, post } from '../../../web/lib/api';
import { useZodResolver } from './form';
import { afterSignIn } from './navigation';
import { NewPasswordFields, newPasswordSchema, type NewPasswordValues } from './password-fields';
import { PublicLayout } from './public-layout';
import type { LinkSummary } from '../answers';

const linkProblem = (t: Translate, err: unknown): string | null => {
  if (!(err instanceof ApiError)) return null;
  if (err.reason === 'token_expired') return t('auth.setPassword.expired');
  if (err.reason === 'token_used') return t('auth.setPassword.used');
  if (err.reason === 'token_invalid' || err.status === 404 || err.status === 400)
    return t('auth.setPassword.invalid');
  return null;
};

/** Chooses a password from an invitation or reset link, then signs in and goes home. */
export function SetPasswordPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as { token?: unknown };
  const token = typeof search.token === 'string' ? search.token : '';
  const queryClient = useQueryClient();
  const router = useRouter();

  const link = useQuery({
    queryKey: ['auth', 'link', token],
    queryFn: () => get<LinkSummary>(`/auth/tokens/${encodeURIComponent(token)}`),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });

  const schema = useMemo(() => newPasswordSchema(t), [t]);
  const form = useForm<NewPasswordValues>({
    resolver: useZodResolver(schema),
    defaultValues: { password: '', repeat: '' },
  });
  const save = useMutation({
    mutationFn: (values: NewPasswordValues) =>
      post('/auth/set-password', { token, password: values.password }),
    onSuccess: async () => {
      await afterSignIn(queryClient);
      router.history.push('/');
    },
  });

  // Signed in and on the way home: the link is used now, which must not flash up as a problem.
  if (save.isSuccess) {
    return (
      <PublicLayout title={t('auth.setPassword.resetTitle')}>
        <Center py="md" role="status" aria-live="polite">
          <Loader size="sm" />
        </Center>
      </PublicLayout>
    );
  }

  const problem = !token ? t('auth.setPassword.invalid') : linkProblem(t, link.error ?? save.error);
  if (problem) {
    return (
      <PublicLayout title={t('auth.setPassword.problemTitle')}>
        <Alert color="red" role="alert">
          {problem}
        </Alert>
        <Button component={Link} to="/forgot-password" fullWidth>
          {t('auth.setPassword.requestNew')}
        </Button>
        <Text size="sm" c="gray.7">
          {t('auth.setPassword.inviteHint')}
        </Text>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/login">
            {t('auth.forgot.backToLogin')}
          </Anchor>
        </Text>
      </PublicLayout>
    );
  }

  if (!link.data) {
    return (
      <PublicLayout title={t('auth.setPassword.resetTitle')}>
        {link.error ? (
          <Alert color="red" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(t, link.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void link.refetch()}>
                {t('common.actions.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Center py="md" role="status" aria-live="polite">
            <Loader size="sm" mr="sm" />
            <Text c="gray.7">{t('auth.setPassword.checking')}</Text>
          </Center>
        )}
      </PublicLayout>
    );
  }

  const { kind, personName, organisationName } = link.data;
  const vars = { person: personName, organisation: organisationName };
  return (
    <PublicLayout
      title={kind === 'invite' ? t('auth.setPassword.inviteTitle') : t('auth.setPassword.resetTitle')}
      subtitle={
        kind === 'invite' ? t('auth.setPassword.inviteIntro', vars) : t('auth.setPassword.resetIntro', vars)
      }
    >
      <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
        <Stack gap="md">
          {save.error && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error)}
            </Alert>
          )}
          <NewPasswordFields
            register={form.register}
            errors={form.formState.errors}
            label={t('auth.fields.newPassword')}
            autoFocus
          />
          <Button type="submit" loading={save.isPending} fullWidth>
            {t('auth.setPassword.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
