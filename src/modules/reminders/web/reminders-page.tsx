import { Alert, Button, Checkbox, NumberInput, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../web/i18n';
import { get, post, put } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { notifySuccess } from '../../../web/components/notify';
import { LoadError, Loading } from '../../../web/components/states';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { REMINDER_FREQUENCIES } from '../constants';
import { REMINDER_LIMITS, reminderSettingsInput } from '../validation';
import type { DigestNowAnswer, ReminderSettingsAnswer } from '../answers';

type Settings = ReminderSettingsAnswer['settings'];
const KEY = ['reminders', 'settings'] as const;

/** /reminders: how often the digest comes and what it holds. */
export function RemindersPage() {
  const { t, formatDate } = useI18n();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => get<ReminderSettingsAnswer>('/reminders/settings'),
  });
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={t('reminders.title')}>
        <Text c="dimmed">{t('reminders.intro')}</Text>
      </PageHeader>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <SettingsForm settings={settings.data.settings} />
          <Text size="sm" c="gray.7">
            {settings.data.settings.lastDigestAt
              ? t('reminders.lastDigest', {
                  when: formatDate(settings.data.settings.lastDigestAt, 'dateTime'),
                })
              : t('reminders.neverSent')}
          </Text>
          <SendNow />
        </>
      )}
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { lastDigestAt: _last, ...values } = settings;
  const form = useForm({ resolver: useZodResolver(reminderSettingsInput), defaultValues: values });
  const { errors } = form.formState;
  const off = form.watch('frequency') === 'off';
  const save = useMutation({
    mutationFn: (input: z.output<typeof reminderSettingsInput>) =>
      put<ReminderSettingsAnswer>('/reminders/settings', input),
    onSuccess: (data) => {
      notifySuccess(t('reminders.saved'));
      queryClient.setQueryData(KEY, data);
    },
    onError: (err) => setFormError(errorMessage(t, err)),
  });
  const days = (name: 'prepareDaysBefore' | 'circleDeadlineDaysBefore', label: string, help: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={help}
          min={0}
          max={REMINDER_LIMITS.daysBefore}
          allowDecimal={false}
          clampBehavior="strict"
          disabled={off}
          value={field.value}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
          error={errors[name]?.message}
          maw={320}
        />
      )}
    />
  );
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="frequency"
          render={({ field }) => (
            <Radio.Group
              label={t('reminders.frequency')}
              description={t('reminders.frequencyHelp')}
              value={field.value}
              onChange={field.onChange}
            >
              <Stack gap="xs" mt="xs">
                {REMINDER_FREQUENCIES.map((f) => (
                  <Radio key={f} value={f} label={t(`reminders.frequencies.${f}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {days('prepareDaysBefore', t('reminders.prepareDaysBefore'), t('reminders.prepareHelp'))}
        {days('circleDeadlineDaysBefore', t('reminders.circleDaysBefore'), t('reminders.circleHelp'))}
        <Checkbox
          label={t('reminders.includeOverdue')}
          disabled={off}
          {...form.register('includeOverdueAgreements')}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common.actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** "Send me a digest now": the same mail as the scheduled one, at most once a minute. */
function SendNow() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<'sent' | 'nothing' | null>(null);
  const send = useMutation({
    mutationFn: () => post<DigestNowAnswer>('/reminders/digest', {}),
    onMutate: () => setResult(null),
    onSuccess: async (data) => {
      setResult(data.sent ? 'sent' : 'nothing');
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reminders-now">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id="reminders-now">
          {t('reminders.now.title')}
        </Title>
        <Text size="sm">{t('reminders.now.text')}</Text>
        {send.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, send.error)}
          </Alert>
        )}
        {result && (
          <Alert color={result === 'sent' ? 'green' : 'blue'} role="status">
            {t(result === 'sent' ? 'reminders.now.sent' : 'reminders.now.nothing')}
          </Alert>
        )}
        <Button variant="light" onClick={() => send.mutate()} loading={send.isPending}>
          {t('reminders.now.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
