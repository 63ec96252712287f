import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { del } from '../../../../web/lib/api';
import { meQueryKey } from '../../../../web/lib/session';
import type { PersonRecord } from '../../answers';
import { refreshOrg } from '../api';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';
import { compareRoles } from '../components/roles';
import { Empty } from '../../../../web/components/states';
import { RemoveButton } from '../../../../web/components/remove-button';

type Membership = PersonRecord['memberships'][number];

/** The person's units and roles; HR removes a role here. */
export function PersonMemberships({ record }: { record: PersonRecord }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Membership | null>(null);
  const collator = new Intl.Collator(locale);
  const memberships = [...record.memberships].sort(
    (a, b) => collator.compare(a.unitName, b.unitName) || compareRoles(a.role, b.role),
  );
  const remove = useMutation({
    mutationFn: (m: Membership) => del(`/people/${record.person.id}/memberships/${m.id}`),
    onSuccess: async () => {
      notifySuccess(t('org.person.roleRemoved'));
      setRemoving(null);
      await refreshOrg(queryClient);
      // Removing one's own role changes what the navigation may show.
      if (record.relation === 'self') await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
  const roleName = (m: Membership) => t(`common.roles.${m.role}`);

  if (memberships.length === 0) return <Empty>{t('org.person.noMemberships')}</Empty>;
  return (
    <>
      <Table.ScrollContainer
        minWidth={360}
        maw={720}
        tabIndex={0}
        role="region"
        aria-label={t('org.person.membershipsTable')}
      >
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('org.person.columns.unit')}</Table.Th>
              <Table.Th scope="col">{t('org.person.columns.role')}</Table.Th>
              {record.can.manageRoles && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('org.unit.columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {memberships.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/units/${m.unitId}`} size="sm">
                    {m.unitName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{roleName(m)}</Table.Td>
                {record.can.manageRoles && (
                  <Table.Td ta="right">
                    <RemoveButton
                      label={t('org.person.removeRole', { role: roleName(m), unit: m.unitName })}
                      onClick={() => setRemoving(m)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        title={t('org.person.removeRoleTitle')}
        confirmLabel={t('common.actions.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {removing
          ? t('org.person.removeRoleText', {
              role: roleName(removing),
              unit: removing.unitName,
              name: record.person.name,
            })
          : ''}
      </ConfirmModal>
    </>
  );
}
