import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { useNavSection } from '../../../web/layout/nav-section';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { MAX_GOALS_IN_FOCUS } from '../constants';
import type { Goal } from '../answers';
import { useGoals, useSharedGoals } from './api';
import { possessive } from './possessive';
import { GoalCard, type GoalActions } from './goal-card';
import { GoalFormModal } from './goal-form-modal';
import { StatusModal, useRefocus, type StatusTarget } from './status-modal';

/** /goals — "Mine læringsmål"; with `personId`, a leader's read-only view of someone they lead. */
export function GoalsPage({ personId }: { personId?: string | undefined }) {
  const { t, locale } = useI18n();
  const list = useGoals(personId);
  const own = list.data?.relation === 'self';
  const shared = useSharedGoals(own);
  const [form, setForm] = useState<{ goal?: Goal } | null>(null);
  const [status, setStatus] = useState<{ goal: Goal; target: StatusTarget } | null>(null);
  const refocus = useRefocus();
  // Someone else's goals are the leader's overview, not "my goals", in the menu.
  useNavSection(list.data?.relation === 'leader' ? '/overview' : null);

  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;

  const { goals, person, can } = list.data;
  const inFocus = goals.filter((g) => g.status === 'in_focus');
  const achieved = goals.filter((g) => g.status === 'achieved');
  const putAside = goals.filter((g) => g.status === 'put_aside');
  const actions: GoalActions | undefined = own
    ? {
        edit: (goal) => setForm({ goal }),
        setStatus: (goal, target) => setStatus({ goal, target }),
        refocus: refocus.refocus,
      }
    : undefined;

  return (
    <Stack gap="lg">
      <PageHeader
        title={
          own ? t('goals.page.title') : t('goals.page.titleOf', { owner: possessive(locale, person.name) })
        }
        actions={
          can.create ? <Button onClick={() => setForm({})}>{t('goals.page.create')}</Button> : undefined
        }
      >
        <Text c="gray.7">{own ? t('goals.page.intro') : t('goals.page.leaderNote')}</Text>
      </PageHeader>
      {refocus.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, refocus.error)}
        </Alert>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="goals-in-focus">
        <Group gap="sm">
          <Title order={3} size="h4" id="goals-in-focus">
            {t('goals.page.inFocus')}
          </Title>
          <Badge
            color={inFocus.length >= MAX_GOALS_IN_FOCUS ? 'teal.9' : 'gray.7'}
            variant="outline"
            style={{ textTransform: 'none' }}
          >
            {t('goals.page.inFocusCount', { count: inFocus.length })}
          </Badge>
        </Group>
        {inFocus.length === 0 ? (
          <Empty>{own ? t('goals.page.inFocusEmpty') : t('goals.page.inFocusEmptyOther')}</Empty>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {inFocus.map((g) => (
              <GoalCard key={g.id} goal={g} actions={actions} />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Section title={t('goals.page.achieved')} id="goals-achieved">
        {achieved.length === 0 ? (
          <Empty>{t('goals.page.noneAchieved')}</Empty>
        ) : (
          achieved.map((g) => <GoalCard key={g.id} goal={g} actions={actions} />)
        )}
      </Section>
      <Section title={t('goals.page.putAside')} id="goals-put-aside">
        {putAside.length === 0 ? (
          <Empty>{t('goals.page.nonePutAside')}</Empty>
        ) : (
          putAside.map((g) => <GoalCard key={g.id} goal={g} actions={actions} />)
        )}
      </Section>

      {own && (
        <Section title={t('goals.page.sharedWithMe')} id="goals-shared">
          {shared.isPending ? (
            <Loading />
          ) : shared.isError ? (
            <LoadError error={shared.error} onRetry={() => void shared.refetch()} />
          ) : shared.data.goals.length === 0 ? (
            <Empty>{t('goals.page.sharedEmpty')}</Empty>
          ) : (
            shared.data.goals.map((g) => <GoalCard key={g.id} goal={g} owner={g.owner} />)
          )}
        </Section>
      )}

      <GoalFormModal opened={form !== null} onClose={() => setForm(null)} goal={form?.goal} />
      <StatusModal
        goal={status?.goal ?? null}
        target={status?.target ?? null}
        onClose={() => setStatus(null)}
      />
      {refocus.dialog}
    </Stack>
  );
}
