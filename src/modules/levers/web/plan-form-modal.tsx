import { Checkbox, Group, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { ApiError, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { LEVER_KEYS } from '../constants';
import { createPlanInput, LEVER_LIMITS, updatePlanInput } from '../validation';
import type { Ref } from '../../../shared/answers';
import type { Plan, PlanAnswer } from '../answers';
import { fetchPlan, leverKeys, refreshLevers } from './api';

const FIELDS = ['unitId', 'teamId', 'title', 'periodStart', 'periodEnd', 'levers'] as const;

function yearBounds() {
  const year = new Date().getFullYear();
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

/** Creates a plan for one of the units or teams the person may plan for, with its first levers. */
export function CreatePlanModal({
  opened,
  onClose,
  scopes,
  initial,
}: {
  opened: boolean;
  onClose: () => void;
  scopes: { units: Ref[]; teams: Ref[] };
  /** Filled in from a link: the scope ('unit:<id>' or 'team:<id>') and a title. */
  initial?: { newPlan?: string | undefined; title?: string | undefined };
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('levers.form.createTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <CreatePlanForm scopes={scopes} onDone={onClose} initial={initial} />}
    </Modal>
  );
}

function CreatePlanForm({
  scopes,
  onDone,
  initial,
}: {
  scopes: { units: Ref[]; teams: Ref[] };
  onDone: () => void;
  initial?: { newPlan?: string | undefined; title?: string | undefined } | undefined;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const only =
    scopes.units.length + scopes.teams.length === 1
      ? scopes.units[0]
        ? `unit:${scopes.units[0].id}`
        : `team:${scopes.teams[0]!.id}`
      : '';
  const offered = [...scopes.units.map((u) => `unit:${u.id}`), ...scopes.teams.map((x) => `team:${x.id}`)];
  const start = initial?.newPlan && offered.includes(initial.newPlan) ? initial.newPlan : only;
  const [scope, setScope] = useState(start);
  const form = useForm({
    resolver: useZodResolver(createPlanInput),
    defaultValues: {
      ...scopeFields(start),
      title: (initial?.title ?? '').slice(0, LEVER_LIMITS.title),
      ...yearBounds(),
      levers: [] as string[],
    } as z.input<typeof createPlanInput>,
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: z.output<typeof createPlanInput>) => post<PlanAnswer>('/lever-plans', input),
    onSuccess: async ({ plan }) => {
      notifySuccess(t('levers.form.created'));
      await refreshLevers(queryClient);
      onDone();
      await navigate({ to: `/levers/plans/${plan.id}` });
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), create.mutate(v)))}
      error={formError}
      submitLabel={t('common.actions.create')}
      pending={create.isPending}
      onCancel={onDone}
    >
      <Select
        label={t('levers.form.scope')}
        required
        searchable
        data={[
          ...(scopes.units.length
            ? [
                {
                  group: t('levers.form.units'),
                  items: scopes.units.map((u) => ({ value: `unit:${u.id}`, label: u.name })),
                },
              ]
            : []),
          ...(scopes.teams.length
            ? [
                {
                  group: t('levers.form.teams'),
                  items: scopes.teams.map((u) => ({ value: `team:${u.id}`, label: u.name })),
                },
              ]
            : []),
        ]}
        value={scope || null}
        onChange={(v) => {
          setScope(v ?? '');
          const f = scopeFields(v ?? '');
          form.setValue('unitId', f.unitId);
          form.setValue('teamId', f.teamId);
        }}
        error={errors.unitId?.message ?? errors.teamId?.message}
        comboboxProps={{ withinPortal: true }}
      />
      <PlanFields form={form as never} />
      <Controller
        control={form.control}
        name="levers"
        render={({ field }) => (
          <Checkbox.Group
            label={t('levers.form.levers')}
            description={t('levers.form.leversHint')}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.levers?.message}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
              {LEVER_KEYS.map((key) => (
                <Checkbox key={key} value={key} label={t(`levers.items.${key}.name`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
    </FormShell>
  );
}

const scopeFields = (v: string) => ({
  unitId: v.startsWith('unit:') ? v.slice(5) : undefined,
  teamId: v.startsWith('team:') ? v.slice(5) : undefined,
});

/** Edits a plan's name and period against the version shown; a stale one reloads the plan. */
export function EditPlanModal({
  plan,
  opened,
  onClose,
}: {
  plan: Plan;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('levers.form.editTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <EditPlanForm plan={plan} onDone={onClose} />}
    </Modal>
  );
}

function EditPlanForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(updatePlanInput),
    defaultValues: {
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      version: plan.version,
    },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof updatePlanInput>) =>
      patch<PlanAnswer>(`/lever-plans/${plan.id}`, input),
    onSuccess: async () => {
      notifySuccess(t('levers.form.saved'));
      await refreshLevers(queryClient);
      onDone();
    },
    onError: async (err) => {
      // Someone saved first: what this person typed stays, and the next save builds on the newest version.
      if (err instanceof ApiError && err.reason === 'stale_version') {
        const fresh = await queryClient
          .fetchQuery({ queryKey: leverKeys.plan(plan.id), queryFn: () => fetchPlan(plan.id), staleTime: 0 })
          .catch(() => null);
        if (fresh) {
          form.setValue('version', fresh.plan.version);
          setFormError(t('levers.form.stale'));
          return;
        }
      }
      setFormError(applyServerError(err, t, form.setError, FIELDS));
    },
  });
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}
      error={formError}
      submitLabel={t('common.actions.save')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <PlanFields form={form as never} autoFocus />
    </FormShell>
  );
}

type PlanFieldValues = { title: string; periodStart: string; periodEnd: string };

function PlanFields({
  form,
  autoFocus,
}: {
  form: ReturnType<typeof useForm<PlanFieldValues>>;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const { errors } = form.formState;
  return (
    <>
      <TextInput
        label={t('levers.form.title')}
        placeholder={t('levers.form.titlePlaceholder')}
        required
        data-autofocus={autoFocus ? true : undefined}
        {...form.register('title')}
        error={errors.title?.message}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('levers.form.periodStart')}
          required
          {...form.register('periodStart')}
          error={errors.periodStart?.message}
        />
        <TextInput
          type="date"
          label={t('levers.form.periodEnd')}
          required
          {...form.register('periodEnd')}
          error={errors.periodEnd?.message}
        />
      </Group>
    </>
  );
}
