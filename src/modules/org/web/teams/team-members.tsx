import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../../web/i18n';
import { del, post } from '../../../../web/lib/api';
import type { TeamDetail } from '../../answers';
import { refreshOrg } from '../api';
import { addTeamMemberInput } from '../../validation';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';
import { PersonPicker } from '../components/person-picker';
import { Empty } from '../../../../web/components/states';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { FormShell } from '../../../../web/forms/form-shell';
import { MembersTable } from '../components/members-table';

type Member = TeamDetail['members'][number];

/** The team's members; those who manage the team add and remove them. */
export function TeamMembers({ detail }: { detail: TeamDetail }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const canManage = detail.can.manageMembers;
  const collator = new Intl.Collator(locale);
  const members = [...detail.members].sort((a, b) => collator.compare(a.name, b.name));
  const remove = useMutation({
    mutationFn: (m: Member) => del(`/teams/${detail.team.id}/members/${m.personId}`),
    onSuccess: async (_data, m) => {
      notifySuccess(t('org.team.memberRemoved', { name: m.name }));
      setRemoving(null);
      await refreshOrg(queryClient);
    },
  });

  return (
    <Stack gap="sm">
      {canManage && (
        <Group>
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('org.team.addMember')}
          </Button>
        </Group>
      )}
      {members.length === 0 ? (
        <Empty>{t('org.team.noMembers')}</Empty>
      ) : (
        <MembersTable
          label={t('org.team.membersTable', { name: detail.team.name })}
          minWidth={360}
          maw={720}
          columns={[t('org.unit.columns.name'), t('org.unit.columns.jobTitle')]}
          members={members}
          rowKey={(m) => m.personId}
          cells={(m) => [m.name, m.jobTitle]}
          remove={
            canManage
              ? { label: (m) => t('org.team.removeMember', { name: m.name }), onClick: setRemoving }
              : undefined
          }
        />
      )}

      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('org.team.addMemberTitle', { name: detail.team.name })}
        centered
      >
        {adding && <AddMemberForm detail={detail} onDone={() => setAdding(false)} />}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        title={t('org.team.removeMemberTitle')}
        confirmLabel={t('common.actions.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {removing ? t('org.team.removeMemberText', { name: removing.name, team: detail.team.name }) : ''}
      </ConfirmModal>
    </Stack>
  );
}

function AddMemberForm({ detail, onDone }: { detail: TeamDetail; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const form = useForm({ resolver: useZodResolver(addTeamMemberInput), defaultValues: { personId: '' } });
  const add = useMutation({
    mutationFn: (input: z.output<typeof addTeamMemberInput>) =>
      post(`/teams/${detail.team.id}/members`, input),
    onSuccess: async () => {
      notifySuccess(t('org.team.memberAdded', { name }));
      await refreshOrg(queryClient);
      onDone();
    },
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((values) => add.mutate(values))}
      error={add.isError ? errorMessage(t, add.error) : null}
      submitLabel={t('common.actions.add')}
      pending={add.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="personId"
        render={({ field, fieldState }) => (
          <PersonPicker
            value={field.value || null}
            onChange={(id, entry) => {
              field.onChange(id ?? '');
              setName(entry?.name ?? '');
            }}
            excludeIds={detail.members.map((m) => m.personId)}
            error={fieldState.error?.message}
            autoFocus
          />
        )}
      />
    </FormShell>
  );
}
