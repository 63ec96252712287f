import { Box, ActionIcon, Button, Card, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { PersonPicker } from '../../org/web/index';
import type { Initiative, Participant } from '../answers';
import { CURRENT_LEVELS, TARGET_LEVELS } from '../constants';
import { COMPETENCE_LIMITS } from '../validation';
import { currentLevelName, targetLevelName } from './labels';
import { useInitiativeAction } from './use-save';

/** Participants with their levels: all for the owners, one's own (or those one leads) for the others. */
export function Participants({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  const action = useInitiativeAction(initiative);
  const edit = initiative.can.edit;
  const levelSelect = (p: Participant, which: 'currentLevel' | 'targetLevel') => {
    const keys = which === 'currentLevel' ? CURRENT_LEVELS : TARGET_LEVELS;
    const name = which === 'currentLevel' ? currentLevelName : targetLevelName;
    if (!edit) return name(p[which], locale);
    return (
      <Select
        aria-label={`${t(which === 'currentLevel' ? 'competence.participants.current' : 'competence.participants.target')}: ${p.person.name}`}
        data={keys.map((k) => ({ value: k, label: name(k, locale) }))}
        value={p[which]}
        allowDeselect={false}
        onChange={(v) =>
          v &&
          action.mutate({
            method: 'PATCH',
            path: `/participants/${p.id}`,
            body: { version: p.version, [which]: v },
          })
        }
        size="xs"
      />
    );
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {t('competence.participants.intro')}
      </Text>
      {initiative.participants.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('competence.participants.empty')}
        </Text>
      ) : (
        <Box
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={t('competence.participants.title')}
        >
          <Table miw={500}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competence.participants.person')}</Table.Th>
                <Table.Th>{t('competence.participants.current')}</Table.Th>
                <Table.Th>{t('competence.participants.target')}</Table.Th>
                <Table.Th>{t('competence.participants.proposedGoal')}</Table.Th>
                {edit && <Table.Th className="no-print" aria-label={t('competence.participants.remove')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {initiative.participants.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.person.name}</Table.Td>
                  <Table.Td>{levelSelect(p, 'currentLevel')}</Table.Td>
                  <Table.Td>{levelSelect(p, 'targetLevel')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.proposedGoal}</Text>
                    {p.proposalStatus && (
                      <Text size="xs" c="gray.7">
                        {t(`competence.proposal.${p.proposalStatus}`)}
                      </Text>
                    )}
                  </Table.Td>
                  {edit && (
                    <Table.Td className="no-print">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('competence.participants.remove')}: ${p.person.name}`}
                        onClick={() => action.mutate({ method: 'DELETE', path: `/participants/${p.id}` })}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {!edit && initiative.participantCount > initiative.participants.length && (
        <Text size="sm" c="gray.7">
          {t('competence.participants.othersHidden', { count: initiative.participantCount })}
        </Text>
      )}
      {action.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(t, action.error)}
        </Text>
      )}
      {edit && <AddParticipant initiative={initiative} />}
    </Stack>
  );
}

function AddParticipant({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  const action = useInitiativeAction(initiative);
  const [personId, setPersonId] = useState<string | null>(null);
  const [current, setCurrent] = useState<string>('beginner');
  const [target, setTarget] = useState<string>('independently');
  const [goal, setGoal] = useState('');
  return (
    <Card withBorder padding="sm" radius="sm" className="no-print">
      <form
        aria-label={t('competence.participants.add')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!personId) return;
          action.mutate(
            {
              method: 'POST',
              path: '/participants',
              body: { personId, currentLevel: current, targetLevel: target, proposedGoal: goal },
            },
            {
              onSuccess: () => {
                setPersonId(null);
                setGoal('');
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <PersonPicker
            label={t('competence.participants.person')}
            value={personId}
            onChange={(id) => setPersonId(id)}
            excludeIds={initiative.participants.map((p) => p.person.id)}
          />
          <Group grow>
            <Select
              label={t('competence.participants.current')}
              data={CURRENT_LEVELS.map((k) => ({ value: k, label: currentLevelName(k, locale) }))}
              value={current}
              onChange={(v) => v && setCurrent(v)}
              allowDeselect={false}
            />
            <Select
              label={t('competence.participants.target')}
              data={TARGET_LEVELS.map((k) => ({ value: k, label: targetLevelName(k, locale) }))}
              value={target}
              onChange={(v) => v && setTarget(v)}
              allowDeselect={false}
            />
          </Group>
          <TextInput
            label={t('competence.participants.proposedGoal')}
            description={t('competence.participants.proposedHint')}
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            maxLength={COMPETENCE_LIMITS.proposedGoal}
          />
          {action.isError && (
            <Text size="sm" c="red.8" role="alert">
              {errorMessage(t, action.error)}
            </Text>
          )}
          <Group>
            <Button type="submit" size="xs" disabled={!personId}>
              {t('competence.participants.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
