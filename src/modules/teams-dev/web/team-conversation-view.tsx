import { Alert, Anchor, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { get, post, put } from '../../../web/lib/api';
import { PageHeader, Section } from '../../org/web/components/page-header';
import { LoadError, Loading } from '../../org/web/components/states';

interface TeamConversation {
  conversation: { id: string; startsAt: string; status: string; summary: string; version: number };
  team: { id: string; name: string };
  participants: { id: string; name: string; role: string }[];
  agenda: { id: string; text: string; goalId: string | null; author: { name: string } | null }[];
  privateNote: { text: string } | null;
  myGoals: { id: string; title: string; sharedWithTeam: boolean }[];
  can: { edit: boolean; hold: boolean; bringGoal: boolean };
}

/** A team or peer-group conversation: participants, agenda (own goals brought in), summary, private note. */
export function TeamConversationView({ conversationId }: { conversationId: string }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const key = ['team-conversation', conversationId];
  const query = useQuery({ queryKey: key, queryFn: () => get<TeamConversation>(`/conversations/${conversationId}`) });
  const [point, setPoint] = useState('');
  const [goalId, setGoalId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const addPoint = useMutation({ mutationFn: () => post(`/conversations/${conversationId}/agenda`, { section: 'big_and_small', text: point }), onSuccess: () => (setPoint(''), refresh()) });
  const bring = useMutation({ mutationFn: () => post(`/conversations/${conversationId}/bring-goal`, { goalId, confirmShare: confirm }), onSuccess: () => (setGoalId(null), setConfirm(false), refresh()) });
  const hold = useMutation({ mutationFn: (version: number) => post(`/conversations/${conversationId}/hold`, { version, summary: summary ?? '' }), onSuccess: refresh });
  const saveNote = useMutation({ mutationFn: () => put(`/conversations/${conversationId}/private-note`, { text: note ?? '' }), onSuccess: refresh });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const error = [addPoint, bring, hold, saveNote].find((m) => m.isError)?.error;
  return (
    <Stack gap="lg">
      <PageHeader title={t('teamsDev.conversation.title', { team: d.team.name })} crumbsLabel={t('teamsDev.page.crumbs')} crumbs={[{ label: d.team.name, to: `/team-development/${d.team.id}` }]}>
        <Group gap="xs">
          <Text c="gray.7">{formatDate(d.conversation.startsAt, 'dateTime')}</Text>
          {d.conversation.status === 'held' && <Badge color="green" variant="light">{t('teamsDev.conversation.held')}</Badge>}
        </Group>
      </PageHeader>
      {error && <Alert color="red">{errorMessage(t, error)}</Alert>}
      <Section title={t('teamsDev.conversation.participants')} id="tc-participants">
        <Text>{d.participants.map((p) => (p.role === 'facilitator' ? `${p.name} (${t('teamsDev.conversation.facilitator')})` : p.name)).join(', ')}</Text>
      </Section>
      <Section title={t('teamsDev.conversation.agenda')} id="tc-agenda">
        {d.agenda.length === 0 && <Text c="gray.7">{t('teamsDev.conversation.agendaEmpty')}</Text>}
        {d.agenda.map((a) => (
          <Text key={a.id} style={{ overflowWrap: 'anywhere' }}>
            {a.goalId ? <Anchor component={Link} to={`/goals/${a.goalId}`}>{a.text}</Anchor> : a.text}
            {a.author ? ` – ${a.author.name}` : ''}
          </Text>
        ))}
        {d.can.edit && (
          <Group align="end" wrap="wrap">
            <TextInput label={t('teamsDev.conversation.addPoint')} value={point} onChange={(e) => setPoint(e.currentTarget.value)} maxLength={500} />
            <Button onClick={() => addPoint.mutate()} disabled={!point.trim()} loading={addPoint.isPending}>{t('teamsDev.conversation.add')}</Button>
          </Group>
        )}
        {d.can.bringGoal && d.myGoals.length > 0 && (
          <Stack gap="xs">
            <Select label={t('teamsDev.conversation.bringGoal')} data={d.myGoals.map((g) => ({ value: g.id, label: g.title }))} value={goalId} onChange={setGoalId} />
            <Checkbox label={t('teamsDev.conversation.confirm')} checked={confirm} onChange={(e) => setConfirm(e.currentTarget.checked)} />
            <Group>
              <Button onClick={() => bring.mutate()} disabled={!goalId || !confirm} loading={bring.isPending}>{t('teamsDev.conversation.bringButton')}</Button>
            </Group>
          </Stack>
        )}
      </Section>
      <Section title={t('teamsDev.conversation.summary')} id="tc-summary">
        <Textarea label={t('teamsDev.conversation.summary')} value={summary ?? d.conversation.summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={3} maxLength={4000} readOnly={!d.can.hold} />
        {d.can.hold && (
          <Group>
            <Button onClick={() => hold.mutate(d.conversation.version)} loading={hold.isPending}>{t('teamsDev.conversation.hold')}</Button>
          </Group>
        )}
      </Section>
      {d.privateNote && (
        <Section title={t('teamsDev.conversation.privateNote')} id="tc-note">
          <Textarea label={t('teamsDev.conversation.privateNote')} value={note ?? d.privateNote.text} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={20000} />
          <Group>
            <Button variant="default" onClick={() => saveNote.mutate()} loading={saveNote.isPending}>{t('teamsDev.conversation.saveNote')}</Button>
          </Group>
        </Section>
      )}
    </Stack>
  );
}
