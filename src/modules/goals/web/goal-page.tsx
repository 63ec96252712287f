import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { useNavSection } from '../../../web/layout/nav-section';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { GoalCirclesPanel } from '../../inquiry/web/index';
import { useGoal } from './api';
import { groupGoalText } from './team-messages';
import { possessive } from './possessive';
import { GoalFormModal } from './goal-form-modal';
import { GoalHints } from './goal-hints';
import { SharesPanel } from './shares-panel';
import { StatusModal, useRefocus, type StatusTarget } from './status-modal';

/** /goals/$goalId: the goal, its history, its shares and its learning circles. */
export function GoalPage({ goalId }: { goalId: string }) {
  const { t, formatDate, locale } = useI18n();
  const query = useGoal(goalId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<StatusTarget | null>(null);
  const team = query.data?.team ?? null;
  const refocus = useRefocus({ team });
  // A team's goal belongs with the team (its page lists the team's goals), not with one's own
  // goals; a goal of someone the reader leads, with the leader's overview.
  useNavSection(team ? '/teams' : query.data?.relation === 'leader' ? '/overview' : null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const { goal, can, relation, owner } = detail;
  const crumbs = team
    ? [{ label: t('teamsDev.page.title', { team: team.name }), to: `/team-development/${team.id}` }]
    : relation === 'owner'
      ? [{ label: t('goals.detail.back'), to: '/goals' }]
      : relation === 'leader' && owner
        ? [
            {
              label: t('goals.detail.backOther', { owner: possessive(locale, owner.name) }),
              to: `/goals?personId=${owner.id}`,
            },
          ]
        : [{ label: t('goals.page.sharedWithMe'), to: '/goals' }];

  return (
    <Stack gap="lg">
      <PageHeader
        title={goal.title}
        crumbs={crumbs}
        crumbsLabel={t('goals.nav')}
        actions={
          can.edit ? (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('goals.actions.edit')}
              </Button>
              {goal.status === 'in_focus' ? (
                <>
                  <Button variant="outline" onClick={() => setStatus('achieved')}>
                    {t('goals.actions.achieve')}
                  </Button>
                  <Button variant="subtle" onClick={() => setStatus('put_aside')}>
                    {t('goals.actions.putAside')}
                  </Button>
                </>
              ) : (
                <Button variant="outline" onClick={() => refocus.refocus(goal)} loading={refocus.pending}>
                  {t('goals.actions.refocus')}
                </Button>
              )}
            </>
          ) : undefined
        }
      >
        <Group gap="xs">
          <Badge
            color={goal.status === 'in_focus' ? 'teal.9' : goal.status === 'achieved' ? 'blue.8' : 'gray.7'}
          >
            {t(`goals.status.${goal.status}`)}
          </Badge>
          {relation !== 'owner' && owner && (
            <Text size="sm">{t('goals.detail.owner', { name: owner.name })}</Text>
          )}
          {team && <Text size="sm">{t(groupGoalText(team, 'of'), { team: team.name })}</Text>}
        </Group>
        {team && can.edit && (
          <Text size="sm" c="gray.7">
            {t(groupGoalText(team, 'editors'))}
          </Text>
        )}
        {relation === 'leader' && !team && (
          <Text size="sm" c="gray.7">
            {t('goals.detail.readOnlyLeader')}
          </Text>
        )}
        {relation === 'shared' && (
          <Text size="sm" c="gray.7">
            {t('goals.detail.readOnlyShared', { name: owner?.name ?? '' })}
          </Text>
        )}
      </PageHeader>

      <Stack gap="sm">
        {!team && (
          <Field
            label={t('goals.detail.frameItem')}
            value={goal.frameItem?.title ?? t('goals.fields.frameItemNone')}
          />
        )}
        <Field
          label={team ? t('goals.team.why') : t('goals.fields.why')}
          value={goal.why ?? t('goals.detail.noWhy')}
        />
        <Field
          label={team ? t('goals.team.progressSigns') : t('goals.fields.progressSigns')}
          value={goal.progressSigns ?? t('goals.detail.noWhy')}
        />
        <Field
          label={t('goals.detail.source')}
          value={
            team?.isPeerGroup && goal.source === 'team_goal'
              ? t('goals.peer.source')
              : t(`goals.sources.${goal.source}`)
          }
        />
        {goal.statusReason && <Field label={t('goals.fields.statusReason')} value={goal.statusReason} />}
      </Stack>
      {can.edit && <GoalHints hints={detail.hints} />}

      <GoalCirclesPanel goalId={goal.id} canEdit={can.edit} />

      {relation !== 'shared' && (
        <Section title={t('goals.detail.history')} id="goal-history">
          {detail.history.length === 0 ? (
            <Text c="gray.7">{t('goals.detail.historyEmpty')}</Text>
          ) : (
            <Timeline bulletSize={14} lineWidth={2} active={detail.history.length - 1}>
              {detail.history.map((h) => {
                const name = h.actor?.name ?? t('goals.detail.someone');
                return (
                  <Timeline.Item
                    key={h.id}
                    title={
                      h.fromStatus === null
                        ? t('goals.detail.created', { name })
                        : t('goals.detail.changed', {
                            name,
                            from: t(`goals.status.${h.fromStatus}`),
                            to: t(`goals.status.${h.toStatus}`),
                          })
                    }
                  >
                    <Text size="sm" c="gray.7">
                      {formatDate(h.at, 'dateTime')}
                    </Text>
                    {h.reason && <Text size="sm">{t('goals.detail.reason', { reason: h.reason })}</Text>}
                  </Timeline.Item>
                );
              })}
            </Timeline>
          )}
        </Section>
      )}

      {relation !== 'shared' && !team && (
        <Section title={t('goals.shares.title')} id="goal-shares">
          <SharesPanel detail={detail} />
        </Section>
      )}

      <GoalFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        goal={goal}
        team={team ?? undefined}
      />
      <StatusModal
        goal={status ? goal : null}
        target={status}
        onClose={() => setStatus(null)}
        team={Boolean(team)}
      />
      {refocus.dialog}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>
    </Stack>
  );
}
