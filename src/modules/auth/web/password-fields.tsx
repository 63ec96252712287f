import { PasswordInput, Stack } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import { useI18n, type Translate } from '../../../web/i18n';
import { passwordField } from '../validation';
import { passwordHint } from './form';

/** The new password twice; the server checks the same rules (LIMITS) on the first. */
export const newPasswordSchema = (t: Translate) =>
  z
    .object({ password: passwordField, repeat: z.string() })
    .refine((v) => v.password === v.repeat, { message: t('auth.form.mismatch'), path: ['repeat'] });

export type NewPasswordValues = { password: string; repeat: string };

export function NewPasswordFields<T extends NewPasswordValues>({
  register,
  errors,
  label,
  autoFocus,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<NewPasswordValues>;
  label: string;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const reg = register as unknown as UseFormRegister<NewPasswordValues>;
  return (
    <Stack gap="md">
      <PasswordInput
        {...reg('password')}
        label={label}
        description={passwordHint(t)}
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        error={errors.password?.message}
      />
      <PasswordInput
        {...reg('repeat')}
        label={t('auth.fields.repeatPassword')}
        autoComplete="new-password"
        required
        error={errors.repeat?.message}
      />
    </Stack>
  );
}
