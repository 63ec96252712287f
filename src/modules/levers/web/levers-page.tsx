import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { PlanSummary } from '../answers';
import { useMyActions, useOverdue, usePlans } from './api';
import { ActionCard } from './action-card';
import { CreatePlanModal } from './plan-form-modal';

/** /levers: my actions, what is overdue in the plans I lead, and the plans I may read. */
export function LeversPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const plans = usePlans();
  const mine = useMyActions();
  const leads = Boolean(me?.abilities.lead);
  const overdue = useOverdue(leads);
  // A weak survey result opens this page with the plan's scope and title filled in (issue 13).
  const prefill = useSearch({ strict: false }) as { newPlan?: string; title?: string };
  const [creating, setCreating] = useState(Boolean(prefill.newPlan));
  const scopes = plans.data?.scopes ?? { units: [], teams: [] };
  const canCreate = scopes.units.length + scopes.teams.length > 0;
  // My own overdue actions are already in "my actions"; this list is for what others owe the plan.
  const othersOverdue = (overdue.data?.actions ?? []).filter((a) => a.owner.id !== me?.person.id);

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={t('levers.page.title')}
        actions={
          <>
            <Button component={Link} to="/levers/toolbox" variant="default">
              {t('levers.page.toolbox')}
            </Button>
            {canCreate && <Button onClick={() => setCreating(true)}>{t('levers.page.create')}</Button>}
          </>
        }
      >
        <Text c="gray.7">{t('levers.page.intro')}</Text>
      </PageHeader>

      <Section title={t('levers.page.mine')} id="levers-mine">
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
        ) : mine.data.actions.length === 0 ? (
          <Empty>{t('levers.page.mineEmpty')}</Empty>
        ) : (
          <Stack gap="sm">
            {mine.data.actions.map((a) => (
              <ActionCard key={a.id} action={a} showPlan />
            ))}
          </Stack>
        )}
      </Section>

      {leads && (
        <Section title={t('levers.page.overdue')} id="levers-overdue">
          {overdue.isPending ? (
            <Loading />
          ) : overdue.isError ? (
            <LoadError error={overdue.error} onRetry={() => void overdue.refetch()} />
          ) : othersOverdue.length === 0 ? (
            <Empty>{t('levers.page.overdueEmpty')}</Empty>
          ) : (
            <Stack gap="sm">
              {othersOverdue.map((a) => (
                <ActionCard key={a.id} action={{ ...a, can: { ...a.can, edit: false } }} showPlan />
              ))}
            </Stack>
          )}
        </Section>
      )}

      <Section title={t('levers.page.plans')} id="levers-plans">
        {plans.isPending ? (
          <Loading />
        ) : plans.isError ? (
          <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
        ) : plans.data.plans.length === 0 ? (
          <Empty>{canCreate ? t('levers.page.plansEmptyLeader') : t('levers.page.plansEmpty')}</Empty>
        ) : (
          <Stack gap="sm">
            {plans.data.plans.map((p) => (
              <PlanCard key={p.id} plan={p} />
            ))}
          </Stack>
        )}
      </Section>

      <CreatePlanModal
        opened={creating && !plans.isPending}
        onClose={() => setCreating(false)}
        scopes={scopes}
        initial={prefill}
      />
    </Stack>
  );
}

function PlanCard({ plan }: { plan: PlanSummary }) {
  const { t, formatDate } = useI18n();
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={plan.title}>
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={`/levers/plans/${plan.id}`}
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {plan.title}
        </Anchor>
        <Text size="sm" c="gray.8">
          {plan.scope.type === 'unit'
            ? t('levers.page.unit', { name: plan.scope.name })
            : t('levers.page.team', { name: plan.scope.name })}{' '}
          ·{' '}
          {t('levers.page.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}
        </Text>
        <Group gap="xs">
          <Text size="sm">{t('levers.page.counts', { open: plan.counts.open, done: plan.counts.done })}</Text>
          {plan.counts.overdue > 0 && (
            <Badge color="red" variant="light" autoContrast>
              {t('levers.page.overdueCount', { count: plan.counts.overdue })}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
