import { NumberInput, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import { CONVERSATION_LIMITS } from '../validation';

/** The fields every conversation form shares: when (Danish time), how long, where. */
export interface WhenValues {
  startsAtLocal: string;
  durationMinutes: number;
  location: string;
}

/**
 * Start, duration and place of a conversation, for the 1:1 schedule, the move dialog and the
 * team plan dialog alike. The form only needs these three fields among its own.
 */
export function WhenFields<T extends WhenValues>({
  form,
  startsAtHelp,
  autoFocus = false,
}: {
  form: UseFormReturn<T>;
  startsAtHelp?: string | undefined;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  // The three paths exist on every T; react-hook-form cannot see that through the generic.
  const f = form as unknown as UseFormReturn<WhenValues>;
  const { errors } = f.formState;
  return (
    <>
      <TextInput
        type="datetime-local"
        label={t('conversations.schedule.startsAt')}
        description={startsAtHelp}
        styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
        required
        data-autofocus={autoFocus || undefined}
        error={errors.startsAtLocal?.message}
        {...f.register('startsAtLocal')}
      />
      <Controller
        control={f.control}
        name="durationMinutes"
        render={({ field }) => (
          <NumberInput
            label={t('conversations.schedule.duration')}
            min={CONVERSATION_LIMITS.durationMin}
            max={CONVERSATION_LIMITS.durationMax}
            step={15}
            value={field.value}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
            error={errors.durationMinutes?.message}
          />
        )}
      />
      <TextInput
        label={t('conversations.schedule.location')}
        placeholder={t('conversations.schedule.locationPlaceholder')}
        maxLength={CONVERSATION_LIMITS.location}
        error={errors.location?.message}
        {...f.register('location')}
      />
    </>
  );
}
