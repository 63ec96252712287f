import {
  Alert,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { get } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { writeOrQueue } from '../../../web/offline/write';
import { PageHeader } from '../../../web/components/page-header';
import { applyServerError } from '../../../web/forms/server-errors';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FEEDBACK_KINDS } from '../constants';
import { FEEDBACK_LIMITS } from '../validation';
import type { DirectoryAnswer } from '../../org/web/index';
import type { FeedbackAnswer } from '../answers';
import { feedbackKeys, useLinks, useRecipients } from './api';
import { feedbackFormSchema, type FeedbackFormValues } from './form-schema';

const FIELDS = ['to', 'kind', 'text', 'observationFocus', 'link'] as const;

/** /feedback/new: a few taps on a phone — whom, which kind, a sentence, save. */
export function NewFeedbackPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as { to?: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [formError, setFormError] = useState<string | null>(null);
  const preselected = search.to ? (search.to.includes(':') ? search.to : `person:${search.to}`) : '';
  const form = useForm<FeedbackFormValues, unknown, z.output<typeof feedbackFormSchema>>({
    resolver: useZodResolver(feedbackFormSchema),
    defaultValues: { to: preselected, kind: 'recognition', text: '', observationFocus: '', link: '' },
  });
  const { errors } = form.formState;
  const to = form.watch('to');
  const kind = form.watch('kind');
  const text = form.watch('text');
  const links = useLinks(to || null);

  const save = useMutation({
    // Written offline, it waits on the device and is sent when the connection returns.
    networkMode: 'always',
    mutationFn: (input: z.output<typeof feedbackFormSchema>) =>
      writeOrQueue<FeedbackAnswer>({
        personId: me!.person.id,
        kind: 'feedback',
        method: 'POST',
        path: '/feedback',
        body: input,
        text: input.text,
      }),
    onSuccess: async (result) => {
      notifySuccess(t('sent' in result ? 'feedback.form.saved' : 'offline.savedOnDevice'));
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      await navigate({ to: '/feedback', search: { tab: 'given' } });
    },
    onError: (err) =>
      setFormError(
        applyServerError(err, t, form.setError, FIELDS, {
          feedback_to_self: 'to',
          feedback_link_unavailable: 'link',
        }),
      ),
  });

  const linkData = [
    ...(links.data?.goals.length
      ? [
          {
            group: t('feedback.form.goals'),
            items: links.data.goals.map((g) => ({ value: `goal:${g.id}`, label: g.title })),
          },
        ]
      : []),
    ...(links.data?.agreements.length
      ? [
          {
            group: t('feedback.form.agreements'),
            items: links.data.agreements.map((a) => ({ value: `agreement:${a.id}`, label: a.text })),
          },
        ]
      : []),
  ];

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('feedback.form.title')}>
        <Text c="dimmed">{t('feedback.form.intro')}</Text>
      </PageHeader>
      <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
        <Stack gap="md">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="to"
            render={({ field }) => (
              <RecipientSelect
                value={field.value}
                onChange={(v) => {
                  field.onChange(v);
                  form.setValue('link', '');
                }}
                error={errors.to?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                label={t('feedback.form.kind')}
                required
                value={field.value}
                onChange={(v) => field.onChange(v)}
              >
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt={6}>
                  {FEEDBACK_KINDS.map((k) => (
                    <Radio.Card
                      key={k}
                      value={k}
                      radius="md"
                      p="sm"
                      aria-describedby={`kind-help-${k}`}
                      style={{ minHeight: 48 }}
                    >
                      <Group wrap="nowrap" align="flex-start" gap="sm">
                        <Radio.Indicator mt={2} />
                        <div>
                          <Text fw={600}>{t(`feedback.kinds.${k}`)}</Text>
                          <Text size="sm" c="gray.7" id={`kind-help-${k}`}>
                            {t(`feedback.kindHelp.${k}`)}
                          </Text>
                        </div>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            )}
          />
          {kind === 'observation' && (
            <TextInput
              label={t('feedback.form.focus')}
              placeholder={t('feedback.form.focusPlaceholder')}
              required
              maxLength={FEEDBACK_LIMITS.observationFocus}
              {...form.register('observationFocus')}
              // The focus is only required for an observation; the shared wording for a missing value fits.
              error={
                errors.observationFocus &&
                (errors.observationFocus.type === 'custom'
                  ? t('common.form.required')
                  : errors.observationFocus.message)
              }
            />
          )}
          <Textarea
            label={t('feedback.form.text')}
            placeholder={t('feedback.form.textPlaceholder')}
            required
            autosize
            minRows={3}
            maxLength={FEEDBACK_LIMITS.text}
            description={t('feedback.form.chars', { count: text.length, max: FEEDBACK_LIMITS.text })}
            {...form.register('text')}
            error={errors.text?.message}
          />
          {linkData.length > 0 && (
            <Controller
              control={form.control}
              name="link"
              render={({ field }) => (
                <Select
                  label={t('feedback.form.link')}
                  placeholder={t('feedback.form.linkNone')}
                  clearable
                  data={linkData}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errors.link?.message}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          )}
          <Button type="submit" size="md" loading={save.isPending} fullWidth>
            {t('feedback.form.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** The people I lead and my teams first; anyone else through the directory search. */
function RecipientSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const recipients = useRecipients();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const directory = useQuery({
    queryKey: ['people', 'directory', debounced],
    queryFn: () => get<DirectoryAnswer>(`/people/directory?query=${encodeURIComponent(debounced)}`),
    // The preselected person's name comes from the directory when they are not among the people I lead.
    enabled:
      debounced.length >= 2 ||
      Boolean(value && !recipients.data?.led.some((p) => `person:${p.id}` === value)),
  });
  const data = useMemo(() => {
    const led = recipients.data?.led ?? [];
    const seen = new Set(led.map((p) => p.id));
    const found = (directory.data?.people ?? []).filter((p) => !seen.has(p.id));
    return [
      ...(led.length
        ? [
            {
              group: t('feedback.form.ledGroup'),
              items: led.map((p) => ({ value: `person:${p.id}`, label: p.name })),
            },
          ]
        : []),
      ...(recipients.data?.teams.length
        ? [
            {
              group: t('feedback.form.teamsGroup'),
              items: recipients.data.teams.map((tm) => ({ value: `team:${tm.id}`, label: tm.name })),
            },
          ]
        : []),
      ...(found.length
        ? [
            {
              group: t('feedback.form.searchGroup'),
              items: found.map((p) => ({ value: `person:${p.id}`, label: p.name })),
            },
          ]
        : []),
    ];
  }, [recipients.data, directory.data, t]);
  return (
    <Select
      label={t('feedback.form.recipient')}
      placeholder={t('feedback.form.recipientPlaceholder')}
      required
      searchable
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchValue={query}
      onSearchChange={setQuery}
      filter={({ options }) => options}
      nothingFoundMessage={directory.isFetching ? t('common.states.loading') : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
