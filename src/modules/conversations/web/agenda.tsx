import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, patch } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { notifySuccess } from '../../../web/components/notify';
import { writeOrQueue } from '../../../web/offline/write';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { AGENDA_SECTIONS, type AgendaSection } from '../constants';
import { agendaItemInput, CONVERSATION_LIMITS, type AgendaItemInput } from '../validation';
import type { AgendaItem, ConversationDetail } from '../answers';
import { conversationKeys, isTeamView } from './api';

/** Keeps the page's data in step with what a change returned. */
export function useSetDetail(id: string) {
  const queryClient = useQueryClient();
  return (detail: ConversationDetail) => queryClient.setQueryData(conversationKeys.detail(id), detail);
}

/** One section's points, each ticked off when talked about. */
export function AgendaList({ detail, section }: { detail: ConversationDetail; section: AgendaSection }) {
  const { t } = useI18n();
  const id = detail.conversation.id;
  const setDetail = useSetDetail(id);
  const items = detail.agenda.filter((a) => a.section === section);
  const tick = useMutation({
    mutationFn: (item: AgendaItem) =>
      patch<ConversationDetail>(`/conversations/${id}/agenda/${item.id}`, { done: !item.done }),
    onSuccess: setDetail,
  });
  const remove = useMutation({
    mutationFn: (item: AgendaItem) => del<ConversationDetail>(`/conversations/${id}/agenda/${item.id}`),
    onSuccess: setDetail,
  });
  const error = tick.error ?? remove.error;
  if (items.length === 0)
    return (
      <Text c="gray.7" size="sm">
        {t('conversations.prepare.empty')}
      </Text>
    );
  return (
    <Stack gap={6}>
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      ) : null}
      {items.map((item) => (
        <Group key={item.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            {detail.can.edit ? (
              <Checkbox
                checked={item.done}
                onChange={() => tick.mutate(item)}
                label={
                  <span
                    style={{
                      textDecoration: item.done ? 'line-through' : undefined,
                      overflowWrap: 'anywhere',
                    }}
                  >
                    {item.text}
                  </span>
                }
                aria-label={t('conversations.prepare.tick', { text: item.text })}
              />
            ) : (
              <Text style={{ overflowWrap: 'anywhere' }}>{item.text}</Text>
            )}
            <Group gap="xs" pl={detail.can.edit ? 32 : 0}>
              {item.author && (
                <Text size="xs" c="gray.7">
                  {t('conversations.prepare.by', { name: item.author.name })}
                </Text>
              )}
              <BroughtGoalLink item={item} />
            </Group>
          </Stack>
          {item.mine && detail.can.edit && (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => remove.mutate(item)}
              aria-label={t('conversations.prepare.remove', { text: item.text })}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** Every point so far, with its section and author: what each has brought to the table. */
export function AgendaOverview({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  if (detail.agenda.length === 0)
    return (
      <Text c="gray.7" size="sm">
        {t('conversations.prepare.empty')}
      </Text>
    );
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {detail.agenda.map((a) => (
        <Group key={a.id} component="li" gap={4} wrap="wrap" align="flex-start">
          <Badge
            variant="light"
            color={a.section === 'big_and_small' ? 'grape' : a.section === 'goals' ? 'blue' : 'gray'}
            style={{ flexShrink: 0 }}
          >
            {t(`conversations.prepare.sections.${a.section}`)}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {a.text}
            {a.author ? <Text span size="xs" c="gray.7">{` – ${a.author.name}`}</Text> : null}
          </Text>
          <BroughtGoalLink item={a} />
        </Group>
      ))}
    </Stack>
  );
}

/** A goal a participant brought into a team conversation: its page, or the finished circle shown. */
function BroughtGoalLink({ item }: { item: AgendaItem }) {
  const { t } = useI18n();
  if (!item.goalId) return null;
  return item.circleId ? (
    <Anchor
      component={Link}
      to={`/circles/${item.circleId}`}
      size="xs"
      aria-label={`${t('conversations.team.bring.openCircle')}: ${item.text}`}
    >
      {t('conversations.team.bring.openCircle')}
    </Anchor>
  ) : (
    <Anchor
      component={Link}
      to={`/goals/${item.goalId}`}
      size="xs"
      aria-label={`${t('conversations.team.bring.openGoal')}: ${item.text}`}
    >
      {t('conversations.team.bring.openGoal')}
    </Anchor>
  );
}

/** Adds a point to one of the three sections. */
export function AddAgendaItem({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  const id = detail.conversation.id;
  const setDetail = useSetDetail(id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<AgendaItemInput>({
    resolver: useZodResolver(agendaItemInput),
    defaultValues: { section: 'big_and_small', text: '' },
  });
  const section = useWatch({ control: form.control, name: 'section' });
  const { data: me } = useMe();
  const add = useMutation({
    // Written without a connection (a 1:1 in the garden), it waits on the device and is sent later.
    networkMode: 'always',
    mutationFn: (v: AgendaItemInput) =>
      writeOrQueue<ConversationDetail>({
        personId: me!.person.id,
        kind: 'agendaPoint',
        method: 'POST',
        path: `/conversations/${id}/agenda`,
        body: v,
        text: v.text,
      }),
    onSuccess: (result) => {
      if ('sent' in result) setDetail(result.sent);
      else notifySuccess(t('offline.savedOnDevice'));
      form.reset({ section: form.getValues('section'), text: '' });
    },
    onError: setError,
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setError(null), add.mutate(v)))}>
      <Stack gap="xs">
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        ) : null}
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('conversations.prepare.text')}
            maxLength={CONVERSATION_LIMITS.agendaText}
            error={form.formState.errors.text?.message}
            style={{ flex: '1 1 14rem' }}
            {...form.register('text')}
          />
          <Select
            label={t('conversations.prepare.sectionLabel')}
            data={AGENDA_SECTIONS.map((s) => ({ value: s, label: t(`conversations.prepare.sections.${s}`) }))}
            value={section}
            onChange={(v) => v && form.setValue('section', v as AgendaSection)}
            allowDeselect={false}
            style={{ flex: '1 1 12rem' }}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('conversations.prepare.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The subject's (or the team's) goals in focus with where each learning circle stands. */
export function GoalsInFocus({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  if (detail.goalsInFocus.length === 0) {
    if (!isTeamView(detail))
      return (
        <Text c="gray.7" size="sm">
          {t('conversations.prepare.goalsEmpty', { name: detail.subject.name })}
        </Text>
      );
    return (
      <Group gap="xs">
        <Text c="gray.7" size="sm">
          {t('conversations.team.goalsEmpty')}
        </Text>
        <Anchor component={Link} to={`/team-development/${detail.team.id}`} size="sm">
          {t('conversations.team.goalsLink')}
        </Anchor>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {detail.goalsInFocus.map((g) => (
        <Stack key={g.id} gap={2}>
          <Anchor component={Link} to={`/goals/${g.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {g.title}
          </Anchor>
          {g.circle ? (
            <Group gap="xs">
              <Badge variant="light" color={g.circle.status === 'done' ? 'teal' : 'blue'}>
                {g.circle.status === 'done'
                  ? t('conversations.prepare.circleDone')
                  : t('conversations.prepare.circlePhase', { phase: phaseLabel(t, g.circle.phase) })}
              </Badge>
              <Anchor component={Link} to={`/circles/${g.circle.circleId}`} size="sm">
                {t('conversations.prepare.openCircle')}
              </Anchor>
            </Group>
          ) : (
            <Text size="sm" c="gray.7">
              {t('conversations.prepare.noCircle')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

const PHASES = ['plan', 'action', 'inAction', 'response', 'reflection', 'learning'] as const;
function phaseLabel(t: ReturnType<typeof useI18n>['t'], phase: string) {
  return (PHASES as readonly string[]).includes(phase)
    ? t(`conversations.prepare.phases.${phase as (typeof PHASES)[number]}`)
    : phase;
}
