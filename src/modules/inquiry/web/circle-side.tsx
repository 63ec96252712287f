import { ActionIcon, Button, Drawer, Group, List, Stack, Text, Timeline } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { PersonPicker } from '../../org/web/index';
import { notifySuccess } from '../../../web/components/notify';
import { Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { CircleAnswer, CollaboratorsAnswer } from '../answers';
import type { Ref } from '../../../shared/answers';
import { circleKeys, useCircleHistory } from './api';
import { fieldLabel, phaseTitle, type CircleVoice } from './circle-texts';

/** Who works on the circle with its owner; the owner invites and removes colleagues. */
export function Collaborators({ detail }: { detail: CircleAnswer }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { circle, can } = detail;
  const [personId, setPersonId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const update = (collaborators: Ref[]) =>
    queryClient.setQueryData<CircleAnswer>(circleKeys.one(circle.id), (d) =>
      d ? { ...d, circle: { ...d.circle, collaborators } } : d,
    );
  const add = useMutation({
    mutationFn: () => post<CollaboratorsAnswer>(`/circles/${circle.id}/collaborators`, { personId }),
    onSuccess: (r) => {
      update(r.collaborators);
      notifySuccess(t('inquiry.collaborators.added', { name: picked }));
      setPersonId(null);
      setError(null);
    },
    onError: (e) => setError(errorMessage(t, e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => del<CollaboratorsAnswer>(`/circles/${circle.id}/collaborators/${id}`),
    onSuccess: (r) => update(r.collaborators),
    onError: (e) => setError(errorMessage(t, e)),
  });
  const exclude = [...circle.collaborators.map((c) => c.id), ...(circle.person ? [circle.person.id] : [])];
  return (
    <Section title={t('inquiry.collaborators.title')} id="circle-collaborators">
      {circle.collaborators.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('inquiry.collaborators.none')}
        </Text>
      ) : (
        <List listStyleType="none" spacing={4}>
          {circle.collaborators.map((c) => (
            <List.Item key={c.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{c.name}</Text>
                {can.manageCollaborators && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('inquiry.collaborators.remove', { name: c.name })}
                    onClick={() => remove.mutate(c.id)}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {can.manageCollaborators && (
        <Group align="flex-end" gap="xs">
          <div style={{ flex: '1 1 14rem' }}>
            <PersonPicker
              label={t('inquiry.collaborators.picker')}
              value={personId}
              excludeIds={exclude}
              error={error ?? undefined}
              onChange={(id, p) => {
                setPersonId(id);
                setPicked(p?.name ?? '');
              }}
            />
          </div>
          <Button variant="default" disabled={!personId} loading={add.isPending} onClick={() => add.mutate()}>
            {t('inquiry.collaborators.invite')}
          </Button>
        </Group>
      )}
    </Section>
  );
}

/** Every save of the circle, newest first: who, when, which fields and what they said. */
export function HistoryDrawer({
  circleId,
  voice,
  opened,
  onClose,
}: {
  circleId: string;
  voice: CircleVoice;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, formatDate } = useI18n();
  const history = useCircleHistory(circleId, opened);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={t('inquiry.historyDrawer.title')}
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.revisions.length === 0 ? (
        <Text c="gray.7">{t('inquiry.historyDrawer.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {history.data.revisions.map((r) => (
            <Timeline.Item
              key={r.version}
              title={`${t('inquiry.historyDrawer.version', { n: r.version })} · ${formatDate(r.at, 'dateTime')}`}
            >
              <Stack gap={4}>
                <Text size="xs" c="gray.7">
                  {t('inquiry.historyDrawer.by', {
                    name: r.actor?.name ?? t('inquiry.historyDrawer.unknown'),
                  })}
                </Text>
                {r.version === 1 && <Text size="sm">{t('inquiry.historyDrawer.started')}</Text>}
                {r.fields.map((f) => (
                  <Stack key={`${f.phase}.${f.field}`} gap={0}>
                    <Text size="sm" fw={600}>
                      {t(phaseTitle(f.phase))} · {t(fieldLabel(voice, f.phase, f.field))}
                    </Text>
                    <Text
                      size="sm"
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                      lineClamp={6}
                    >
                      {f.to || '—'}
                    </Text>
                  </Stack>
                ))}
                {r.done.map((d) => (
                  <Text key={d.phase} size="sm">
                    {t(d.done ? 'inquiry.historyDrawer.markedDone' : 'inquiry.historyDrawer.markedOpen', {
                      phase: t(phaseTitle(d.phase)),
                    })}
                  </Text>
                ))}
                {r.deadline && r.version > 1 && (
                  <Text size="sm">
                    {t('inquiry.historyDrawer.deadlineMoved', {
                      from: r.deadline.from ? formatDate(r.deadline.from) : t('inquiry.circle.noDeadline'),
                      to: r.deadline.to ? formatDate(r.deadline.to) : t('inquiry.circle.noDeadline'),
                    })}
                  </Text>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
