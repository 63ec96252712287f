import { Modal, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../../web/i18n';
import { get, patch, post } from '../../../../web/lib/api';
import { useMe } from '../../../../web/lib/session';
import { TEAM_KINDS, type TeamKind } from '../../../../shared/roles';
import type { TeamAnswer, TeamDetail } from '../../answers';
import { orgKeys, refreshOrg, useUnits } from '../api';
import { createTeamInput, updateTeamInput } from '../../validation';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { buildUnitTree, unitAndDescendants } from '../unit-tree-model';
import { FormShell } from '../../../../web/forms/form-shell';
import { recoverStaleVersion } from '../../../../web/forms/stale-version';

/** The units a leader may create teams in: those they lead and everything below them. */
function useLedUnits(): Set<string> {
  const { data: me } = useMe();
  const units = useUnits();
  return useMemo(() => {
    const tree = buildUnitTree(units.data ?? []);
    const led = new Set<string>();
    for (const m of me?.memberships ?? []) {
      if (m.role === 'leader') for (const id of unitAndDescendants(tree, m.unitId)) led.add(id);
    }
    return led;
  }, [me, units.data]);
}

function KindSelect({
  control,
  error,
}: {
  control: Control<{ kind: TeamKind }>;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Controller
      control={control}
      name="kind"
      render={({ field }) => (
        <Select
          label={t('org.teams.fields.kind')}
          data={TEAM_KINDS.map((k) => ({ value: k, label: t(`common.teamKinds.${k}`) }))}
          value={field.value}
          onChange={(v) => field.onChange(v)}
          allowDeselect={false}
          required
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

/** Creates a team in a unit, or across units (admins only). */
export function CreateTeamModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('org.teams.createTitle')} size="lg" centered>
      {opened && <CreateTeamForm onDone={onClose} />}
    </Modal>
  );
}

function CreateTeamForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const isAdmin = me?.abilities.administer ?? false;
  const led = useLedUnits();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(createTeamInput),
    defaultValues: { name: '', kind: 'subject' as TeamKind, unitId: isAdmin ? null : '', description: '' },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: z.output<typeof createTeamInput>) => post<TeamAnswer>('/teams', input),
    onSuccess: async ({ team }) => {
      notifySuccess(t('org.teams.created', { name: team.name }));
      await refreshOrg(queryClient);
      onDone();
      await navigate({ to: `/teams/${team.id}` });
    },
    onError: (err) =>
      setFormError(applyServerError(err, t, form.setError, ['name', 'kind', 'unitId', 'description'])),
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate(values);
      })}
      error={formError}
      submitLabel={t('common.actions.create')}
      pending={create.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.teams.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <KindSelect control={form.control as never} error={errors.kind?.message} />
      <Controller
        control={form.control}
        name="unitId"
        render={({ field }) => (
          <UnitSelect
            label={t('org.teams.fields.unit')}
            description={isAdmin ? t('org.teams.fields.unitHelp') : undefined}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? (isAdmin ? null : ''))}
            allowTopLevel={isAdmin}
            topLevelLabel={t('org.teams.crossUnit')}
            only={isAdmin ? undefined : led}
            required={!isAdmin}
            error={errors.unitId?.message}
          />
        )}
      />
      <Textarea
        label={t('org.teams.fields.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.register('description')}
        error={errors.description?.message}
      />
    </FormShell>
  );
}

/** Renames a team, changes its kind or description; its unit stays. */
export function EditTeamModal({
  team,
  opened,
  onClose,
}: {
  team: TeamDetail['team'];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('org.teams.editTitle', { name: team.name })}
      size="lg"
      centered
    >
      {opened && <EditTeamForm team={team} onDone={onClose} />}
    </Modal>
  );
}

function EditTeamForm({ team, onDone }: { team: TeamDetail['team']; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(updateTeamInput),
    defaultValues: {
      name: team.name,
      kind: team.kind,
      description: team.description ?? '',
      version: team.version,
    },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: z.output<typeof updateTeamInput>) => patch(`/teams/${team.id}`, input),
    onSuccess: async () => {
      notifySuccess(t('org.teams.saved'));
      await refreshOrg(queryClient);
      onDone();
    },
    onError: async (err) => {
      const stale = await recoverStaleVersion(
        err,
        t,
        queryClient,
        {
          queryKey: orgKeys.team(team.id),
          queryFn: () => get<TeamDetail>(`/teams/${team.id}`),
          versionOf: (fresh) => fresh.team.version,
        },
        (version) => form.setValue('version', version),
      );
      if (stale) {
        setFormError(stale);
        return;
      }
      setFormError(applyServerError(err, t, form.setError, ['name', 'kind', 'description']));
    },
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate(values);
      })}
      error={formError}
      submitLabel={t('common.actions.save')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.teams.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <KindSelect control={form.control as never} error={errors.kind?.message} />
      <Text size="sm">
        {t('org.teams.fields.unit')}: {team.unitName ?? t('org.teams.crossUnit')}
      </Text>
      <Textarea
        label={t('org.teams.fields.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.register('description')}
        error={errors.description?.message}
      />
    </FormShell>
  );
}
