import { Alert, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { notifySuccess } from '../../../web/components/notify';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { LEVER_KEYS, type LeverKey } from '../constants';
import { LEVER_LIMITS } from '../validation';
import type { Ref } from '../../../shared/answers';
import type { LeverAction, Plan } from '../answers';
import { refreshLevers, usePlan } from './api';
import { ActionCard } from './action-card';
import { ActionFormModal } from './action-form-modal';
import { EditPlanModal } from './plan-form-modal';
import { PlanHistory } from './plan-history';
import { RemoveButton } from '../../../web/components/remove-button';

type ActionTarget = { planLeverId: string; lever: LeverKey; action?: LeverAction };

/** /levers/plans/$planId: the plan's levers, each with its actions; editors add, change and follow up. */
export function PlanPage() {
  const { t, formatDate } = useI18n();
  const { planId } = useParams({ strict: false }) as { planId: string };
  const query = usePlan(planId);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [target, setTarget] = useState<ActionTarget | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => del(`/lever-plans/${planId}`),
    onSuccess: async () => {
      notifySuccess(t('levers.plan.deleted'));
      await refreshLevers(queryClient);
      await navigate({ to: '/levers' });
    },
  });

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { plan, owners } = query.data;
  const scope =
    plan.scope.type === 'unit'
      ? t('levers.page.unit', { name: plan.scope.name })
      : t('levers.page.team', { name: plan.scope.name });

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={plan.title}
        crumbs={[{ label: t('levers.page.title'), to: '/levers' }]}
        crumbsLabel={t('levers.plan.crumbs')}
        actions={
          plan.can.edit ? (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('levers.plan.edit')}
              </Button>
              <Button onClick={() => setAdding(true)} disabled={plan.levers.length >= LEVER_KEYS.length}>
                {t('levers.plan.addLever')}
              </Button>
            </>
          ) : undefined
        }
      >
        <Text c="gray.8">
          {scope} ·{' '}
          {t('levers.page.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}
        </Text>
        <Text size="sm">{t('levers.page.counts', { open: plan.counts.open, done: plan.counts.done })}</Text>
        {!plan.can.edit && (
          <Text size="sm" c="gray.7">
            {t('levers.plan.readOnly')}
          </Text>
        )}
      </PageHeader>

      {plan.levers.length === 0 && <Text c="gray.7">{t('levers.plan.noLevers')}</Text>}
      {plan.levers.map((l) => (
        <LeverSection
          key={l.id}
          plan={plan}
          lever={l}
          onAddAction={() => setTarget({ planLeverId: l.id, lever: l.lever })}
          onEditAction={(a) => setTarget({ planLeverId: l.id, lever: l.lever, action: a })}
        />
      ))}

      <PlanHistory planId={plan.id} />

      {plan.can.edit && (
        <Group>
          <Button variant="subtle" color="red" c="red.9" onClick={() => setDeleting(true)}>
            {t('levers.plan.deletePlan')}
          </Button>
        </Group>
      )}

      <EditPlanModal plan={plan} opened={editing} onClose={() => setEditing(false)} />
      <AddLeverModal plan={plan} opened={adding} onClose={() => setAdding(false)} />
      <ActionFormModal
        opened={target !== null}
        onClose={() => setTarget(null)}
        planId={plan.id}
        planLeverId={target?.planLeverId ?? ''}
        leverName={target ? t(`levers.items.${target.lever}.name`) : ''}
        owners={ownersWith(owners, target?.action?.owner)}
        action={target?.action}
      />
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('levers.plan.deleteTitle')}
        confirmLabel={t('levers.plan.deletePlan')}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        {t('levers.plan.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}

/** The current owner stays choosable even if they have left the unit since. */
const ownersWith = (owners: Ref[], current: Ref | undefined) =>
  current && !owners.some((o) => o.id === current.id) ? [current, ...owners] : owners;

function LeverSection({
  plan,
  lever,
  onAddAction,
  onEditAction,
}: {
  plan: Plan;
  lever: Plan['levers'][number];
  onAddAction: () => void;
  onEditAction: (a: LeverAction) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState(false);
  const name = t(`levers.items.${lever.lever}.name`);
  const remove = useMutation({
    mutationFn: () => del(`/lever-plans/${plan.id}/levers/${lever.id}`),
    onSuccess: async () => {
      notifySuccess(t('levers.plan.leverRemoved'));
      setRemoving(false);
      await refreshLevers(queryClient);
    },
  });
  const headingId = `lever-${lever.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId} style={{ flex: '1 1 12rem' }}>
            {name}
          </Title>
          {plan.can.edit && (
            <Group gap="xs">
              <Button size="compact-sm" onClick={onAddAction}>
                {t('levers.plan.addAction')}
              </Button>
              <RemoveButton
                label={`${t('levers.plan.removeLever')}: ${name}`}
                onClick={() => setRemoving(true)}
              >
                {t('levers.plan.removeLever')}
              </RemoveButton>
            </Group>
          )}
        </Group>
        <Text size="sm" c="gray.8">
          {t(`levers.items.${lever.lever}.text`)}
        </Text>
        {lever.aim && (
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {t('levers.plan.aimLabel', { aim: lever.aim })}
          </Text>
        )}
        {lever.actions.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('levers.plan.noActions')}
          </Text>
        ) : (
          <Stack gap="xs">
            {lever.actions.map((a) => (
              <ActionCard key={a.id} action={a} onEdit={() => onEditAction(a)} />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={removing}
        onClose={() => setRemoving(false)}
        title={t('levers.plan.removeLeverTitle', { name })}
        confirmLabel={t('levers.plan.removeLever')}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        {t('levers.plan.removeLeverText')}
      </ConfirmModal>
    </Card>
  );
}

/** Picks one more lever into the plan, with an optional aim. */
function AddLeverModal({ plan, opened, onClose }: { plan: Plan; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('levers.plan.addLeverTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <AddLeverForm plan={plan} onDone={onClose} />}
    </Modal>
  );
}

function AddLeverForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const taken = new Set(plan.levers.map((l) => l.lever));
  const free = LEVER_KEYS.filter((k) => !taken.has(k));
  const [lever, setLever] = useState<LeverKey | null>(free[0] ?? null);
  const [aim, setAim] = useState('');
  const add = useMutation({
    mutationFn: () => post(`/lever-plans/${plan.id}/levers`, { lever, aim }),
    onSuccess: async () => {
      notifySuccess(t('levers.plan.leverAdded'));
      await refreshLevers(queryClient);
      onDone();
    },
  });
  if (free.length === 0) return <Text>{t('levers.plan.allPicked')}</Text>;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (lever) add.mutate();
      }}
    >
      <Stack>
        {add.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, add.error)}
          </Alert>
        )}
        <Select
          label={t('levers.plan.lever')}
          required
          data={free.map((k) => ({ value: k, label: t(`levers.items.${k}.name`) }))}
          value={lever}
          onChange={(v) => setLever(v as LeverKey | null)}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        {lever && (
          <Text size="sm" c="gray.8">
            {t(`levers.items.${lever}.text`)}
          </Text>
        )}
        <Textarea
          label={t('levers.plan.aim')}
          placeholder={t('levers.plan.aimPlaceholder')}
          autosize
          minRows={2}
          maxLength={LEVER_LIMITS.aim}
          value={aim}
          onChange={(e) => setAim(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending} disabled={!lever}>
            {t('levers.plan.addLever')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
