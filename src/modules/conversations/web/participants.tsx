import { ActionIcon, Alert, Badge, Button, Group, Menu, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import type { Ref } from '../../../shared/answers';
import type { TeamConversationDetail } from '../answers';
import { useSetDetail } from './agenda';

/**
 * Who takes part in a team or peer-group conversation, and who leads it. The facilitator, a
 * leader or the one who planned it invites more people from the team, hands the lead to someone
 * else or takes someone off the list (their calendar event is cancelled).
 */
export function Participants({ detail }: { detail: TeamConversationDetail }) {
  const { t } = useI18n();
  const me = useMe().data?.person.id;
  const id = detail.conversation.id;
  const setDetail = useSetDetail(id);
  const [personId, setPersonId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Ref | null>(null);
  const manage = detail.can.manageParticipants && detail.conversation.status === 'planned';
  const taking = new Set(detail.participants.map((p) => p.id));
  const invitable = [...detail.people.members, ...detail.people.leaders].filter((p) => !taking.has(p.id));
  const hasFacilitator = detail.participants.some((p) => p.role === 'facilitator');
  // A team conversation is led by a leader or a resource person; a peer group by any of its members.
  const facilitates = new Set(
    [...detail.people.members, ...detail.people.leaders].filter((x) => x.facilitates).map((x) => x.id),
  );
  const mayLead = (p: { id: string; role: string }) =>
    detail.conversation.kind === 'peer_group' || p.role === 'leader' || facilitates.has(p.id);
  const nameOf = (pid: string) =>
    detail.participants.find((p) => p.id === pid)?.name ?? invitable.find((p) => p.id === pid)?.name ?? '';

  const add = useMutation({
    mutationFn: (v: { personId: string; role: 'participant' | 'facilitator' }) =>
      post<TeamConversationDetail>(`/conversations/${id}/participants`, v),
    onSuccess: (d, v) => {
      setDetail(d);
      setPersonId(null);
      notifySuccess(
        v.role === 'facilitator'
          ? t('conversations.team.participants.madeFacilitator', { name: nameOf(v.personId) })
          : t('conversations.team.participants.added', { name: nameOf(v.personId) }),
      );
    },
  });
  const remove = useMutation({
    mutationFn: (person: Ref) =>
      del<TeamConversationDetail>(`/conversations/${id}/participants/${person.id}`),
    onSuccess: (d, person) => {
      setDetail(d);
      setRemoving(null);
      notifySuccess(t('conversations.team.participants.removed', { name: person.name }));
    },
  });

  return (
    <Stack gap="xs">
      {add.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, add.error)}
        </Alert>
      ) : null}
      <Stack
        gap={4}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('conversations.team.participants.title')}
      >
        {detail.participants.map((p) => (
          <Group key={p.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
            <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
              <Text style={{ overflowWrap: 'anywhere' }}>
                {p.name}
                {p.id === me ? (
                  <Text span c="gray.7">{` (${t('conversations.team.participants.you')})`}</Text>
                ) : null}
              </Text>
              {p.role === 'facilitator' && (
                <Badge variant="light" color="blue" c="blue.9">
                  {t('conversations.team.participants.facilitator')}
                </Badge>
              )}
              {p.role === 'leader' && (
                <Badge variant="light" color="gray" c="gray.9">
                  {t('conversations.team.participants.leader')}
                </Badge>
              )}
            </Group>
            {manage && (p.role !== 'facilitator' || detail.participants.length > 1) && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('conversations.team.participants.actionsFor', { name: p.name })}
                    loading={add.isPending && add.variables.personId === p.id}
                  >
                    <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true">
                      <circle cx="3" cy="8" r="1.5" fill="currentColor" />
                      <circle cx="8" cy="8" r="1.5" fill="currentColor" />
                      <circle cx="13" cy="8" r="1.5" fill="currentColor" />
                    </svg>
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {p.role !== 'facilitator' && mayLead(p) && (
                    <Menu.Item onClick={() => add.mutate({ personId: p.id, role: 'facilitator' })}>
                      {t('conversations.team.participants.makeFacilitator')}
                    </Menu.Item>
                  )}
                  {detail.participants.length > 1 && (
                    <Menu.Item color="red" c="red.9" onClick={() => setRemoving(p)}>
                      {t('conversations.team.participants.removeItem')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        ))}
      </Stack>
      {!hasFacilitator && (
        <Text size="sm" c="gray.7">
          {t('conversations.team.participants.noFacilitator')}
        </Text>
      )}
      {manage &&
        (invitable.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('conversations.team.participants.allInvited')}
          </Text>
        ) : (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('conversations.team.participants.add')}
              placeholder={t('conversations.team.participants.person')}
              data={invitable.map((p) => ({ value: p.id, label: p.name }))}
              value={personId}
              onChange={setPersonId}
              searchable
              style={{ flex: '1 1 14rem' }}
              comboboxProps={{ withinPortal: true }}
            />
            <Button
              variant="default"
              disabled={!personId}
              loading={add.isPending && add.variables.role === 'participant'}
              onClick={() => personId && add.mutate({ personId, role: 'participant' })}
            >
              {t('conversations.team.participants.addButton')}
            </Button>
          </Group>
        ))}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => (setRemoving(null), remove.reset())}
        title={t('conversations.team.participants.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('conversations.team.participants.removeConfirm')}
        onConfirm={() => removing && remove.mutate(removing)}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        <Text>{t('conversations.team.participants.removeText', { name: removing?.name ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
