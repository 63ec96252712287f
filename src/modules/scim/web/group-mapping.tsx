import { Alert, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage, useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import type { ScimSettings } from '../answers';
import type { GroupTargetInput } from '../validation';
import { scimSettingsKey } from './api';

type Target = GroupTargetInput | null;

const NONE = 'none';

function valueOf(target: Target): string {
  if (!target) return NONE;
  return target.kind === 'unit' ? `unit:${target.role}:${target.unitId}` : `team:${target.teamId}`;
}

function targetOf(value: string | null): Target {
  if (!value || value === NONE) return null;
  const [kind, a, b] = value.split(':');
  if (kind === 'team') return { kind: 'team', teamId: a! };
  return { kind: 'unit', role: a as 'employee' | 'leader', unitId: b! };
}

/** Each group the directory sent, and what it gives its members: a unit with a role, a team, or nothing. */
export function GroupMapping({ settings }: { settings: ScimSettings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: ({ id, target }: { id: string; name: string; target: Target }) =>
      put<ScimSettings>(`/organisation/scim/groups/${id}`, { target }),
    onSuccess: (data, { name }) => {
      queryClient.setQueryData(scimSettingsKey, data);
      notifications.show({ message: t('scim.groups.saved', { name }), color: 'teal', withBorder: true });
    },
  });
  const options = [
    { value: NONE, label: t('scim.groups.notMapped') },
    {
      group: t('scim.groups.asEmployee'),
      items: settings.units.map((u) => ({ value: `unit:employee:${u.id}`, label: u.name })),
    },
    {
      group: t('scim.groups.asLeader'),
      items: settings.units.map((u) => ({ value: `unit:leader:${u.id}`, label: u.name })),
    },
    {
      group: t('scim.groups.team'),
      items: settings.teams.map((team) => ({ value: `team:${team.id}`, label: team.name })),
    },
  ];

  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('scim.groups.heading')}
      </Title>
      <Text size="sm">{t('scim.groups.intro')}</Text>
      {save.error && (
        <Alert color="red" role="alert">
          {errorMessage(t, save.error)}
        </Alert>
      )}
      {settings.groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scim.groups.none')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {settings.groups.map((group) => (
              <Table.Tr key={group.id}>
                <Table.Td>
                  <Text fw={500}>{group.displayName}</Text>
                  <Text size="xs" c="dimmed">
                    {t('scim.groups.members', { count: group.members })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group>
                    <Select
                      label={t('scim.groups.target')}
                      aria-label={t('scim.groups.targetFor', { name: group.displayName })}
                      data={options}
                      value={valueOf(group.target)}
                      searchable
                      allowDeselect={false}
                      disabled={save.isPending}
                      onChange={(value) =>
                        save.mutate({
                          id: group.id,
                          name: group.displayName,
                          target: targetOf(value === null ? null : String(value)),
                        })
                      }
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
