import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Divider,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage, useI18n, type Translate } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { ApiError, get, post } from '../../../web/lib/api';
import { ERROR_REASONS } from '../../../shared/errors';
import { signInInput } from '../validation';
import { lockedMessage, useZodResolver } from './form';
import { afterSignIn, safeNext } from './navigation';
import { PublicLayout } from './public-layout';
import type { PublicOrganisation } from '../../oidc/web/index';
import type { LoginSearch } from './login-search';

const formSchema = signInInput.omit({ organisation: true });
type FormValues = z.input<typeof formSchema>;

function signInError(t: Translate, err: unknown): string {
  if (err instanceof ApiError && err.reason === 'organisation_required')
    return t('auth.login.organisationRequired');
  return lockedMessage(t, err) ?? errorMessage(t, err);
}

/** A reason the OIDC callback sent back (`?error=`), in words; anything unknown reads as a failed SSO. */
function returnedError(t: Translate, reason: string): string {
  const known = (ERROR_REASONS as readonly string[]).includes(reason) ? reason : 'sso_failed';
  return t(`common.errors.reasons.${known}` as MessageKey);
}

function ssoHref(startUrl: string, next: string): string {
  const url = new URL(startUrl, window.location.origin);
  if (next !== '/') url.searchParams.set('next', next);
  return `${url.pathname}${url.search}`;
}

// A long identity-provider name wraps instead of being cut off at 375px.
const wrapLabel = { label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 } } as const;

export function LoginPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as LoginSearch;
  const next = safeNext(search.next);
  const queryClient = useQueryClient();
  const router = useRouter();

  const organisation = useQuery({
    queryKey: ['auth', 'organisation', search.org],
    queryFn: () => get<PublicOrganisation>(`/auth/organisations/${encodeURIComponent(search.org!)}`),
    enabled: Boolean(search.org),
    retry: false,
    staleTime: 5 * 60_000,
  });

  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: useZodResolver(formSchema),
    defaultValues: { email: '', password: '', remember: false },
  });

  const signIn = useMutation({
    mutationFn: (values: z.output<typeof formSchema>) =>
      post('/auth/sign-in', { ...values, ...(search.org ? { organisation: search.org } : {}) }),
    onSuccess: async () => {
      await afterSignIn(queryClient);
      router.history.push(next);
    },
    onError: () => form.setValue('password', ''),
  });

  const org = organisation.data;
  const orgUnknown = organisation.error instanceof ApiError && organisation.error.status === 404;

  return (
    <PublicLayout title={org ? t('auth.login.titleAt', { name: org.name }) : t('auth.login.title')}>
      {search.error && (
        <Alert color="red" role="alert" title={t('auth.login.ssoProblem')}>
          {returnedError(t, search.error)}
        </Alert>
      )}
      {orgUnknown && (
        <Alert color="yellow" role="status">
          {t('auth.login.unknownOrganisation')}
        </Alert>
      )}
      {search.org && organisation.isPending && <Skeleton h={42} radius="md" aria-hidden />}
      {org?.sso && (
        <>
          <Button
            component="a"
            href={ssoHref(org.sso.startUrl, next)}
            size="md"
            fullWidth
            h="auto"
            mih={44}
            py={8}
            styles={wrapLabel}
          >
            {t('auth.login.sso', { name: org.sso.displayName })}
          </Button>
          <Divider label={t('auth.login.orWithPassword')} labelPosition="center" />
        </>
      )}
      <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
        <Stack gap="md">
          {signIn.error && (
            <Alert color="red" role="alert">
              {signInError(t, signIn.error)}
            </Alert>
          )}
          <TextInput
            {...form.register('email')}
            label={t('auth.fields.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            autoFocus={!org?.sso}
            error={form.formState.errors.email?.message}
          />
          <PasswordInput
            {...form.register('password')}
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            error={form.formState.errors.password?.message}
          />
          <Checkbox
            {...form.register('remember')}
            label={t('auth.login.remember')}
            description={t('auth.login.rememberHelp')}
          />
          <Button
            type="submit"
            loading={signIn.isPending}
            variant={org?.sso ? 'default' : 'filled'}
            fullWidth
          >
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/forgot-password" search={{ org: search.org } as never}>
          {t('auth.login.forgot')}
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
