import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { del } from '../../../../web/lib/api';
import { meQueryKey } from '../../../../web/lib/session';
import { refreshOrg, type PersonRecord } from '../api';
import { ConfirmModal } from '../components/confirm-modal';
import { notifySuccess } from '../components/notify';
import { compareRoles } from '../components/roles';
import { Empty } from '../components/states';

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
      <List listStyleType="none" p={0} spacing={6}>
        {memberships.map((m) => (
          <List.Item key={m.id}>
            <Group gap="xs" wrap="nowrap" justify="space-between" maw={640}>
              <Text>
                <Anchor component={Link} to={`/units/${m.unitId}`}>
                  {m.unitName}
                </Anchor>
                <Text span c="dimmed">
                  {' '}
                  · {roleName(m)}
                </Text>
              </Text>
              {record.can.manageRoles && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.8"
                  aria-label={t('org.person.removeRole', { role: roleName(m), unit: m.unitName })}
                  onClick={() => setRemoving(m)}
                >
                  {t('common.actions.remove')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
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
