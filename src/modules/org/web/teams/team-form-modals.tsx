import { Modal, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../../web/i18n';
import { post } from '../../../../web/lib/api';
import { useMe } from '../../../../web/lib/session';
import type { TeamKind } from '../../../../shared/roles';
import type { TeamAnswer, TeamDetail } from '../../answers';
import { orgKeys, refreshOrg, useUnits } from '../api';
import { createTeamInput, updateTeamInput } from '../../validation';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { buildUnitTree, unitAndDescendants } from '../unit-tree-model';
import { FormShell } from '../../../../web/forms/form-shell';
import { KindSelect } from '../components/kind-select';
import { useEditSave } from '../components/edit-save';

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
      <KindSelect of="team" control={form.control as never} error={errors.kind?.message} />
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
  const save = useEditSave({
    url: `/teams/${team.id}`,
    queryKey: orgKeys.team(team.id),
    versionOf: (fresh: TeamDetail) => fresh.team.version,
    setVersion: (version) => form.setValue('version', version),
    setError: form.setError,
    fields: ['name', 'kind', 'description'],
    savedText: t('org.teams.saved'),
    onDone,
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit(save.submit)}
      error={save.formError}
      submitLabel={t('common.actions.save')}
      pending={save.pending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.teams.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <KindSelect of="team" control={form.control as never} error={errors.kind?.message} />
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
