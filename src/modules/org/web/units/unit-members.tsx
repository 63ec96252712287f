import { Anchor, Badge, Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage, useI18n } from '../../../../web/i18n';
import { del, post } from '../../../../web/lib/api';
import type { Role } from '../../../../shared/roles';
import type { UnitDetail } from '../../answers';
import { refreshOrg } from '../api';
import { membershipInput } from '../../validation';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';
import { PersonPicker } from '../components/person-picker';
import { compareRoles } from '../components/roles';
import { Empty } from '../../../../web/components/states';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { RoleSelect } from '../components/role-select';
import { FormShell } from '../../../../web/forms/form-shell';
import { MembersTable } from '../components/members-table';

type Member = UnitDetail['members'][number];

/** The people of a unit with their roles; HR adds and removes roles here. */
export function UnitMembers({
  detail,
  canManage,
  linkPeople,
}: {
  detail: UnitDetail;
  canManage: boolean;
  linkPeople: boolean;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const collator = new Intl.Collator(locale);
  const members = [...detail.members].sort(
    (a, b) => compareRoles(a.role, b.role) || collator.compare(a.name, b.name),
  );
  const remove = useMutation({
    mutationFn: (m: Member) => del(`/people/${m.personId}/memberships/${m.membershipId}`),
    onSuccess: async () => {
      notifySuccess(t('org.unit.memberRemoved'));
      setRemoving(null);
      await refreshOrg(queryClient);
    },
  });
  const roleName = (role: Role) => t(`common.roles.${role}`);

  return (
    <Stack gap="sm">
      {canManage && (
        <Group>
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('org.unit.addMember')}
          </Button>
        </Group>
      )}
      {members.length === 0 ? (
        <Empty>{t('org.unit.noMembers')}</Empty>
      ) : (
        <MembersTable
          label={t('org.unit.membersTable', { name: detail.unit.name })}
          minWidth={480}
          columns={[t('org.unit.columns.name'), t('org.unit.columns.jobTitle'), t('org.unit.columns.role')]}
          members={members}
          rowKey={(m) => m.membershipId}
          cells={(m) => [
            <>
              {linkPeople ? (
                <Anchor component={Link} to={`/people/${m.personId}`} size="sm">
                  {m.name}
                </Anchor>
              ) : (
                m.name
              )}
              {!m.active && (
                <Badge ml="xs" size="sm" variant="outline" color="gray">
                  {t('org.people.inactive')}
                </Badge>
              )}
            </>,
            m.jobTitle ?? '',
            roleName(m.role),
          ]}
          remove={
            canManage
              ? {
                  label: (m) => t('org.unit.removeFor', { name: m.name, role: roleName(m.role) }),
                  onClick: setRemoving,
                }
              : undefined
          }
        />
      )}

      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('org.unit.addMemberTitle', { unit: detail.unit.name })}
        centered
      >
        {adding && <AddMemberForm unitId={detail.unit.id} onDone={() => setAdding(false)} />}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        title={t('org.unit.removeMemberTitle')}
        confirmLabel={t('common.actions.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {removing
          ? t('org.unit.removeMemberText', {
              name: removing.name,
              role: roleName(removing.role),
              unit: detail.unit.name,
            })
          : ''}
      </ConfirmModal>
    </Stack>
  );
}

// The API takes the person in the path and the unit and role in the body; the form picks all three.
const addMemberForm = membershipInput.extend({ personId: z.uuid() });

function AddMemberForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [personName, setPersonName] = useState('');
  const form = useForm({
    resolver: useZodResolver(addMemberForm),
    defaultValues: { personId: '', unitId, role: 'employee' as Role },
  });
  const { errors } = form.formState;
  const add = useMutation({
    mutationFn: ({ personId, ...body }: z.output<typeof addMemberForm>) =>
      post(`/people/${personId}/memberships`, body),
    onSuccess: async () => {
      notifySuccess(t('org.unit.memberAdded', { name: personName }));
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
        render={({ field }) => (
          <PersonPicker
            value={field.value || null}
            onChange={(id, entry) => {
              field.onChange(id ?? '');
              setPersonName(entry?.name ?? '');
            }}
            error={errors.personId?.message}
            autoFocus
          />
        )}
      />
      <Controller
        control={form.control}
        name="role"
        render={({ field }) => (
          <RoleSelect
            label={t('org.unit.role')}
            value={field.value}
            onChange={field.onChange}
            error={errors.role?.message}
          />
        )}
      />
    </FormShell>
  );
}
