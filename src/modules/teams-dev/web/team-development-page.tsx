import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { notifySuccess } from '../../../web/components/notify';
import { GoalFormModal } from '../../goals/web/index';
import {
  CONVERSATION_LIMITS,
  teamCadenceInput,
  STATUS_COLOR,
  STATUS_TEXT,
} from '../../conversations/web/index';
import type { TeamConversationRef, TeamDevelopment } from '../answers';
import { refreshTeamDevelopment, teamDevKeys, useTeamDevelopment } from './api';
import { PlanConversationModal } from './plan-conversation-modal';
import type { teamsDevMessages } from './messages';

const PHASES = ['plan', 'action', 'inAction', 'response', 'reflection', 'learning'] as const;

type PeerKey = keyof (typeof teamsDevMessages)['da']['peer'];
type CadenceKey = keyof (typeof teamsDevMessages)['da']['peerCadence'];
/** A team's wording, or a peer group's ("gruppe", "sparring") where the two differ. */
const pageText = (peer: boolean, key: PeerKey) =>
  peer ? (`teamsDev.peer.${key}` as const) : (`teamsDev.page.${key}` as const);
const cadenceText = (peer: boolean, key: CadenceKey) =>
  peer ? (`teamsDev.peerCadence.${key}` as const) : (`teamsDev.cadence.${key}` as const);

/** /team-development/$teamId: the team's goals and circles, its conversations, agreements and shared goals. */
export function TeamDevelopmentPage({ teamId }: { teamId: string }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const query = useTeamDevelopment(teamId);
  const [dialog, setDialog] = useState<'goal' | 'plan' | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const peer = d.team.isPeerGroup;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('teamsDev.page.title', { team: d.team.name })}
        crumbsLabel={t('teamsDev.page.crumbs')}
        crumbs={[{ label: d.team.name, to: `/teams/${teamId}` }]}
        actions={
          <>
            {d.can.createGoal && (
              <Button variant="default" onClick={() => setDialog('goal')}>
                {peer ? t('goals.peer.createTitle') : t('teamsDev.page.newGoal')}
              </Button>
            )}
            {d.can.planConversation && (
              <Button onClick={() => setDialog('plan')}>
                {d.team.isPeerGroup ? t('teamsDev.plan.titlePeer') : t('teamsDev.page.plan')}
              </Button>
            )}
          </>
        }
      >
        <Text c="gray.7">{t(pageText(peer, 'intro'))}</Text>
      </PageHeader>

      <Section title={t(pageText(peer, 'goals'))} id="team-goals">
        <Text size="sm" c="gray.7">
          {t('teamsDev.page.inFocusCount', { count: d.goalsInFocus.length })}
        </Text>
        {d.goalsInFocus.length === 0 ? (
          <Empty>{t(pageText(peer, 'goalsEmpty'))}</Empty>
        ) : (
          d.goalsInFocus.map((g) => <GoalCard key={g.id} goal={g} />)
        )}
        {d.earlierGoals.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('teamsDev.page.earlier')}
            </Text>
            {d.earlierGoals.map((g) => (
              <Group key={g.id} gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/goals/${g.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {g.title}
                </Anchor>
                <Badge variant="light" color="gray" c="gray.9">
                  {t(`goals.status.${g.status}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t(pageText(peer, 'conversations'))} id="team-conversations">
        <Text size="sm" c="gray.7">
          {t(pageText(peer, 'conversationsIntro'))}
        </Text>
        {/* Overdue only against a conversation held: a team that never met has no rhythm to be behind. */}
        {d.cadence.overdue && (
          <Alert color={d.cadence.lastHeld ? 'yellow' : 'blue'}>
            {t(pageText(peer, d.cadence.lastHeld ? 'overdue' : 'firstProposal'), {
              weeks: d.cadence.intervalWeeks,
              when: formatDate(d.cadence.proposedStartsAt, 'dateTime'),
            })}
          </Alert>
        )}
        <Text fw={600} size="sm">
          {t('teamsDev.page.upcoming')}
        </Text>
        {d.upcoming.length === 0 ? (
          <Text c="gray.7">{t(pageText(peer, 'upcomingEmpty'))}</Text>
        ) : (
          d.upcoming.map((c) => <ConversationRow key={c.id} item={c} />)
        )}
        <Text size="sm">
          {d.cadence.lastHeld
            ? t('teamsDev.page.last', { when: formatDate(d.cadence.lastHeld.startsAt) })
            : t(pageText(peer, 'neverHeld'))}
        </Text>
        {d.can.editCadence && <CadenceForm dev={d} />}
        {d.past.length > 0 && (
          <>
            <Text fw={600} size="sm">
              {t('teamsDev.page.past')}
            </Text>
            {d.past.map((c) => (
              <ConversationRow key={c.id} item={c} />
            ))}
          </>
        )}
      </Section>

      <Section title={t('teamsDev.page.agreements')} id="team-agreements">
        {d.openAgreements.length === 0 ? (
          <Text c="gray.7">{t('teamsDev.page.agreementsEmpty')}</Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {d.openAgreements.map((a) => (
              <Stack key={a.id} gap={0} component="li">
                <Text style={{ overflowWrap: 'anywhere' }}>{a.text}</Text>
                <Text size="sm" c="gray.7">
                  {t('conversations.during.ownerIs', { name: a.owner.name })}
                  {a.dueDate ? ` · ${t('conversations.during.due', { date: formatDate(a.dueDate) })}` : ''}
                  {a.conversationId ? (
                    <>
                      {' · '}
                      <Anchor component={Link} to={`/conversations/${a.conversationId}`} size="sm">
                        {t('teamsDev.page.fromConversation')}
                      </Anchor>
                    </>
                  ) : null}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t(pageText(peer, 'shared'))} id="team-shared">
        {d.sharedGoals.length === 0 ? (
          <Text c="gray.7">{t(pageText(peer, 'sharedEmpty'))}</Text>
        ) : (
          d.sharedGoals.map((g) => (
            <Group key={g.id} gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/goals/${g.id}`} style={{ overflowWrap: 'anywhere' }}>
                {g.title}
              </Anchor>
              <Text size="sm" c="gray.7">
                {g.owner.name}
              </Text>
              {g.finishedCircleId && (
                <Anchor component={Link} to={`/circles/${g.finishedCircleId}`} size="sm">
                  {t('teamsDev.page.finishedCircle')}
                </Anchor>
              )}
            </Group>
          ))
        )}
      </Section>

      <GoalFormModal
        opened={dialog === 'goal'}
        onClose={() => setDialog(null)}
        team={{ id: d.team.id, name: d.team.name, isPeerGroup: d.team.isPeerGroup }}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: teamDevKeys.one(teamId) })}
      />
      <PlanConversationModal dev={d} opened={dialog === 'plan'} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function GoalCard({ goal }: { goal: TeamDevelopment['goalsInFocus'][number] }) {
  const { t } = useI18n();
  const circle = goal.circle;
  const phase =
    circle && (PHASES as readonly string[]).includes(circle.phase)
      ? t(`conversations.prepare.phases.${circle.phase as (typeof PHASES)[number]}`)
      : circle?.phase;
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={`/goals/${goal.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {goal.title}
        </Anchor>
        {circle ? (
          <Group gap="xs">
            <Badge
              variant="light"
              color={circle.status === 'done' ? 'teal' : 'blue'}
              c={circle.status === 'done' ? '#065f46' : 'blue.9'}
            >
              {circle.status === 'done'
                ? t('teamsDev.page.circleDone')
                : t('teamsDev.page.phase', { phase: phase ?? '' })}
            </Badge>
            <Anchor component={Link} to={`/circles/${circle.circleId}`} size="sm">
              {t('teamsDev.page.openCircle')}
            </Anchor>
          </Group>
        ) : (
          <Text size="sm" c="gray.7">
            {t('teamsDev.page.noCircle')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ConversationRow({ item }: { item: TeamConversationRef }) {
  const { t, formatDate } = useI18n();
  const when = formatDate(item.startsAt, 'dateTime');
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/conversations/${item.id}`} fw={600}>
          {item.kind === 'peer_group'
            ? t('teamsDev.page.peerTitle', { when })
            : t('teamsDev.page.conversationTitle', { when })}
        </Anchor>
        <Badge variant="light" color={STATUS_COLOR[item.status]} c={STATUS_TEXT[item.status]}>
          {t(`conversations.status.${item.status}`)}
        </Badge>
      </Group>
    </Card>
  );
}

/** How often the team holds its conversation; the next date is proposed from it. */
function CadenceForm({ dev }: { dev: TeamDevelopment }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(teamCadenceInput),
    defaultValues: { intervalWeeks: dev.cadence.intervalWeeks },
  });
  const save = useMutation({
    mutationFn: (v: { intervalWeeks: number }) => put(`/teams/${dev.team.id}/cadence`, v),
    onSuccess: async (_r, v) => {
      notifySuccess(t(cadenceText(dev.team.isPeerGroup, 'saved')));
      form.reset(v);
      await refreshTeamDevelopment(queryClient);
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, ['intervalWeeks'])),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
      <Stack gap={4}>
        <Text size="sm">
          {t(cadenceText(dev.team.isPeerGroup, 'current'), { weeks: dev.cadence.intervalWeeks })}
          {dev.cadence.isDefault ? ` ${t('teamsDev.cadence.defaultNote')}` : ''}
        </Text>
        {formError && (
          <Text size="sm" c="red.8" role="alert">
            {formError}
          </Text>
        )}
        <Group align="flex-end" gap="xs">
          <Controller
            control={form.control}
            name="intervalWeeks"
            render={({ field }) => (
              <NumberInput
                label={t(cadenceText(dev.team.isPeerGroup, 'label'))}
                min={CONVERSATION_LIMITS.intervalWeeksMin}
                max={CONVERSATION_LIMITS.teamIntervalWeeksMax}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                error={form.formState.errors.intervalWeeks?.message}
                w={240}
              />
            )}
          />
          <Button type="submit" variant="default" loading={save.isPending} disabled={!form.formState.isDirty}>
            {t('teamsDev.cadence.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
