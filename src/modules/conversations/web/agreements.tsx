import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { agreementFields, CONVERSATION_LIMITS } from '../validation';
import { useMe } from '../../../web/lib/session';
import type { Agreement, ConversationDetail } from '../answers';
import { agreementOwners, conversationKeys, isTeamView } from './api';
import { today } from '../../../shared/time';

/** Agreements with owner and due date; a participant marks them done. */
export function AgreementList({
  detail,
  agreements,
}: {
  detail: ConversationDetail;
  agreements: Agreement[];
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (a: Agreement) => patch(`/agreements/${a.id}`, { done: !a.done }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(detail.conversation.id) }),
  });
  if (agreements.length === 0) return null;
  return (
    <Stack gap={6}>
      {toggle.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, toggle.error)}
        </Alert>
      ) : null}
      {agreements.map((a) => {
        const overdue = !a.done && a.dueDate !== null && a.dueDate < today();
        const meta = (
          <Group gap="xs">
            <Text size="xs" c="gray.7">
              {t('conversations.during.ownerIs', { name: a.owner.name })}
            </Text>
            {a.dueDate && (
              <Text size="xs" c="gray.7">
                {t('conversations.during.due', { date: formatDate(a.dueDate) })}
              </Text>
            )}
            {overdue && (
              <Badge color="red" variant="light" size="sm">
                {t('conversations.during.overdue')}
              </Badge>
            )}
          </Group>
        );
        return (
          <Stack key={a.id} gap={0}>
            {detail.can.edit ? (
              <Checkbox
                checked={a.done}
                onChange={() => toggle.mutate(a)}
                label={
                  <span
                    style={{ textDecoration: a.done ? 'line-through' : undefined, overflowWrap: 'anywhere' }}
                  >
                    {a.text}
                  </span>
                }
                aria-label={t('conversations.during.markDone', { text: a.text })}
              />
            ) : (
              <Text style={{ overflowWrap: 'anywhere' }}>{a.text}</Text>
            )}
            <div style={{ paddingLeft: detail.can.edit ? 32 : 0 }}>{meta}</div>
          </Stack>
        );
      })}
    </Stack>
  );
}

const FIELDS = ['text', 'ownerId', 'dueDate'] as const;

/**
 * A new agreement: in a 1:1 owned by one of the two, in a team conversation by anyone on the team
 * or one of its leaders (the one adding it, to begin with).
 */
export function AddAgreement({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const me = useMe().data?.person.id;
  const team = isTeamView(detail);
  const owners = agreementOwners(detail);
  const defaultOwner = team ? (owners.find((p) => p.id === me)?.id ?? '') : detail.subject.id;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(agreementFields),
    defaultValues: { text: '', ownerId: defaultOwner, dueDate: null as string | null },
  });
  const { errors } = form.formState;
  const add = useMutation({
    mutationFn: (v: z.output<typeof agreementFields>) =>
      post('/agreements', { ...v, dueDate: v.dueDate || null, conversationId: detail.conversation.id }),
    onSuccess: async () => {
      notifySuccess(t('conversations.during.agreementAdded'));
      form.reset({ text: '', ownerId: form.getValues('ownerId'), dueDate: null });
      await queryClient.invalidateQueries({ queryKey: conversationKeys.detail(detail.conversation.id) });
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), add.mutate(v)))}>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('conversations.during.agreementText')}
          maxLength={CONVERSATION_LIMITS.agreementText}
          error={errors.text?.message}
          required
          {...form.register('text')}
        />
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Controller
            control={form.control}
            name="ownerId"
            render={({ field }) => (
              <Select
                label={t('conversations.during.owner')}
                placeholder={team ? t('conversations.team.ownerPlaceholder') : undefined}
                required
                searchable={owners.length > 6}
                data={owners.map((p) => ({ value: p.id, label: p.name }))}
                value={field.value || null}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
                error={errors.ownerId?.message}
                style={{ flex: '1 1 12rem' }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="dueDate"
            render={({ field }) => (
              <TextInput
                type="date"
                label={t('conversations.during.dueDate')}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value || null)}
                error={errors.dueDate?.message}
                style={{ flex: '1 1 10rem' }}
              />
            )}
          />
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('conversations.during.addAgreement')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
