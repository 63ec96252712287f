import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FEEDBACK_LIMITS, replyInput } from '../validation';
import type { FeedbackItem } from '../answers';
import { feedbackKeys } from './api';

const KIND_COLOURS = {
  recognition: 'teal',
  evaluating: 'blue',
  instructing: 'grape',
  reflecting: 'orange',
  observation: 'cyan',
} as const;
// The light badges' own text colours fall below 4.5:1 for some kinds (orange: 3.6); darker text keeps the colour cue readable.
const KIND_TEXT = {
  recognition: '#065f46',
  evaluating: '#1e3a8a',
  instructing: '#6b21a8',
  reflecting: '#9a3412',
  observation: '#155e75',
} as const;

/** One feedback note with its thread; the sender and the recipient can answer. */
export function FeedbackCard({ item, direction }: { item: FeedbackItem; direction: 'received' | 'given' }) {
  const { t, formatDate } = useI18n();
  const [replying, setReplying] = useState(false);
  const who =
    direction === 'given'
      ? t('feedback.list.to', { name: item.to.person?.name ?? item.to.team?.name ?? '' })
      : t('feedback.list.from', { name: item.from.name });
  const toTeam = direction === 'received' && item.to.team ? ` · ${item.to.team.name}` : '';
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={`${t(`feedback.kinds.${item.kind}`)} – ${who}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Badge color={KIND_COLOURS[item.kind]} c={KIND_TEXT[item.kind]} variant="light">
              {t(`feedback.kinds.${item.kind}`)}
            </Badge>
            <Text fw={600} size="sm">
              {who}
              {toTeam}
            </Text>
          </Group>
          <Text size="sm" c="gray.7">
            <time dateTime={item.createdAt}>{formatDate(item.createdAt, 'dateTime')}</time>
          </Text>
        </Group>
        {item.observationFocus && (
          <Text size="sm" c="gray.8">
            {t('feedback.list.focus', { focus: item.observationFocus })}
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</Text>
        {item.goal && (
          <Text size="sm" c="gray.8">
            {t('feedback.list.goal', { title: item.goal.title })}
          </Text>
        )}
        {item.agreement && (
          <Text size="sm" c="gray.8">
            {t('feedback.list.agreement', { text: item.agreement.text })}
          </Text>
        )}
        {item.replies.length > 0 && (
          <Stack
            gap={6}
            pl="sm"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
            aria-label={t('feedback.list.replies')}
            role="group"
          >
            {item.replies.map((r) => (
              <div key={r.id}>
                <Text size="sm" fw={600}>
                  {r.author.name}{' '}
                  <Text span size="xs" c="gray.7" fw={400}>
                    <time dateTime={r.createdAt}>{formatDate(r.createdAt, 'dateTime')}</time>
                  </Text>
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {r.text}
                </Text>
              </div>
            ))}
          </Stack>
        )}
        {item.can.reply &&
          (replying ? (
            <ReplyForm feedbackId={item.id} onDone={() => setReplying(false)} />
          ) : (
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => setReplying(true)}>
                {t('feedback.list.reply')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}

function ReplyForm({ feedbackId, onDone }: { feedbackId: string; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: useZodResolver(replyInput), defaultValues: { text: '' } });
  const send = useMutation({
    mutationFn: (input: z.output<typeof replyInput>) => post(`/feedback/${feedbackId}/replies`, input),
    onSuccess: async () => {
      notifySuccess(t('feedback.list.replied'));
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      onDone();
    },
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => send.mutate(v))}>
      <Stack gap="xs">
        <Textarea
          label={t('feedback.list.replyLabel')}
          autosize
          minRows={2}
          maxLength={FEEDBACK_LIMITS.reply}
          data-autofocus
          autoFocus
          {...form.register('text')}
          error={
            form.formState.errors.text?.message ?? (send.isError ? errorMessage(t, send.error) : undefined)
          }
        />
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={send.isPending}>
            {t('feedback.list.send')}
          </Button>
          <Button variant="default" size="compact-md" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
