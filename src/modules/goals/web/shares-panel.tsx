import { ActionIcon, Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { PersonPicker } from '../../org/web/index';
import { notifySuccess } from '../../../web/components/notify';
import type { GoalDetailAnswer } from '../answers';
import { refreshGoals } from './api';

/** Who the goal is shared with; the owner adds a colleague or one of their teams, or stops a share. */
export function SharesPanel({ detail }: { detail: GoalDetailAnswer }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const goalId = detail.goal.id;
  const share = useMutation({
    mutationFn: (target: { personId: string } | { teamId: string }) =>
      post(`/goals/${goalId}/shares`, target),
    onSuccess: async () => {
      notifySuccess(t('goals.shares.shared'));
      setPersonId(null);
      setTeamId(null);
      await refreshGoals(queryClient);
    },
  });
  const remove = useMutation({
    mutationFn: (shareId: string) => del(`/goals/${goalId}/shares/${shareId}`),
    onSuccess: async () => {
      notifySuccess(t('goals.shares.removed'));
      await refreshGoals(queryClient);
    },
  });
  const sharedPeople = detail.shares.flatMap((s) => (s.person ? [s.person.id] : []));
  const sharedTeams = new Set(detail.shares.flatMap((s) => (s.team ? [s.team.id] : [])));
  const teams = detail.shareTeams.filter((team) => !sharedTeams.has(team.id));
  const error = share.error ?? remove.error;

  return (
    <Stack gap="sm">
      {detail.can.share && (
        <Text size="sm" c="gray.7">
          {t('goals.shares.intro')}
        </Text>
      )}
      {detail.shares.length === 0 ? (
        <Text c="gray.7">{t('goals.shares.empty')}</Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {detail.shares.map((s) => {
            const name = s.person?.name ?? s.team?.name ?? '';
            return (
              <Group key={s.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
                <Text>
                  {name}{' '}
                  <Text span size="sm" c="gray.7">
                    ({s.person ? t('goals.shares.person') : t('goals.shares.team')})
                  </Text>
                </Text>
                {detail.can.share && (
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    aria-label={t('goals.shares.remove', { name })}
                    onClick={() => remove.mutate(s.id)}
                    loading={remove.isPending && remove.variables === s.id}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      ) : null}
      {detail.can.share && (
        <Stack gap="sm">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <div style={{ flex: '1 1 14rem' }}>
              <PersonPicker
                value={personId}
                onChange={(id) => setPersonId(id)}
                excludeIds={[...sharedPeople, ...(detail.owner ? [detail.owner.id] : [])]}
                label={t('goals.shares.person')}
              />
            </div>
            <Button
              variant="outline"
              disabled={!personId}
              loading={share.isPending && share.variables && 'personId' in share.variables}
              onClick={() => personId && share.mutate({ personId })}
            >
              {t('goals.shares.shareWithPerson')}
            </Button>
          </Group>
          {teams.length > 0 && (
            <Group align="flex-end" gap="xs" wrap="wrap">
              <Select
                style={{ flex: '1 1 14rem' }}
                label={t('goals.shares.team')}
                placeholder={t('goals.shares.teamPlaceholder')}
                data={teams.map((team) => ({ value: team.id, label: team.name }))}
                value={teamId}
                onChange={setTeamId}
                comboboxProps={{ withinPortal: true }}
              />
              <Button variant="outline" disabled={!teamId} onClick={() => teamId && share.mutate({ teamId })}>
                {t('goals.shares.shareWithTeam')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
