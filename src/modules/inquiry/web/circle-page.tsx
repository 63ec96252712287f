import {
  Accordion,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { notifySuccess } from '../../../web/components/notify';
import { FORMS } from '../forms/index';
import type { CircleAnswer } from '../answers';
import { circleKeys, refreshCircles, saveCircleOrQueue, useCircle } from './api';
import { useMe } from '../../../web/lib/session';
import { circleVoice, fieldHelp, fieldLabel, phaseIntro, phaseTitle } from './circle-texts';
import { ConflictPanel } from './conflict-panel';
import { Collaborators, HistoryDrawer } from './circle-side';
import { useCircleDraft } from './use-circle-draft';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { useNavSection } from '../../../web/layout/nav-section';

const form = FORMS.learning_circle;

/** One learning circle: six phases filled in any order, saved explicitly, conflicts shown side by side. */
export function CirclePage({ circleId }: { circleId: string }) {
  const query = useCircle(circleId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <CircleEditor detail={query.data} />;
}

function CircleEditor({ detail }: { detail: CircleAnswer }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { circle, can, relation } = detail;
  const voice = circleVoice(circle);
  // A team's circle belongs with the team, like its goal; a person's under their own goals, and
  // one of someone the reader leads under the leader's overview.
  useNavSection(circle.team ? '/teams' : relation === 'leader' ? '/overview' : null);
  const draft = useCircleDraft(circle, circle.id);
  // Phases with restored, unsaved text open too, so a reload shows what waits to be saved.
  const [open, setOpen] = useState<string[]>(() => [
    ...new Set([
      circle.currentPhase,
      ...Object.keys(draft.draft.fields).map((k) => k.split('.')[0]!),
      ...draft.draft.conflicts.map((c) => c.phase),
    ]),
  ]);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justFinished, setJustFinished] = useState(false);

  // Once every collided field is settled and nothing is left to save, the choices are done.
  const { dirty, unresolved, dismissConflicts } = draft;
  const hasConflicts = draft.draft.conflicts.length > 0;
  useEffect(() => {
    if (hasConflicts && !dirty && !unresolved) dismissConflicts();
  }, [hasConflicts, dirty, unresolved, dismissConflicts]);

  // Leaving with unsaved text asks first; sessionStorage covers a reload.
  useEffect(() => {
    if (!draft.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft.dirty]);

  const save = useMutation({
    // Written offline, the save waits on the device and is sent (and merged field by field) later.
    networkMode: 'always',
    mutationFn: () =>
      saveCircleOrQueue(me!.person.id, circle.id, {
        baseVersion: circle.version,
        changes: draft.changes,
        done: draft.doneChanges,
        ...(draft.draft.deadline !== undefined ? { deadline: draft.draft.deadline } : {}),
      }),
    onSuccess: (outcome) => {
      if (!('sent' in outcome)) {
        draft.clear();
        setError(null);
        notifySuccess(t('offline.savedOnDevice'));
        return;
      }
      const result = outcome.sent;
      const { circle: saved, relation, can } = result;
      queryClient.setQueryData<CircleAnswer>(circleKeys.one(circle.id), { circle: saved, relation, can });
      void queryClient.invalidateQueries({ queryKey: circleKeys.history(circle.id) });
      setError(null);
      if (result.conflicts.length === 0) {
        draft.clear();
        notifySuccess(t('inquiry.circle.savedToast'));
        if (result.finished) setJustFinished(true);
      } else {
        draft.keepConflicts(result.conflicts);
        setOpen((o) => [...new Set([...o, ...result.conflicts.map((c) => c.phase)])]);
      }
    },
    onError: (e) => setError(errorMessage(t, e)),
  });

  const next = useMutation({
    mutationFn: () => post<CircleAnswer>(`/circles/${circle.id}/next`),
    onSuccess: async (r) => {
      await refreshCircles(queryClient);
      await navigate({ to: '/circles/$circleId', params: { circleId: r.circle.id } });
    },
    onError: (e) => setError(errorMessage(t, e)),
  });

  const doneCount = form.phases.filter((p) => draft.phaseDone(p.key)).length;
  const readOnly = !can.edit;
  const deadline = draft.draft.deadline !== undefined ? draft.draft.deadline : circle.deadline;
  const focusField = (phase: string, field: string) =>
    setTimeout(() => document.getElementById(`field-${phase}-${field}`)?.focus(), 50);

  return (
    <Stack gap="md" pb={80}>
      <PageHeader
        title={t('inquiry.circle.title', { n: circle.sequence })}
        crumbsLabel={t('inquiry.circle.crumbsLabel')}
        crumbs={
          circle.goal && relation !== 'collaborator'
            ? [{ label: circle.goal.title, to: `/goals/${circle.goal.id}` }]
            : []
        }
        actions={
          <>
            <Button variant="default" onClick={() => setHistoryOpen(true)}>
              {t('inquiry.circle.history')}
            </Button>
            <Button variant="default" component={Link} to={`/circles/${circle.id}/print`}>
              {t('inquiry.circle.print')}
            </Button>
          </>
        }
      >
        <Text size="sm" c="gray.7">
          {[
            circle.goal && `${t('inquiry.circle.goal')}: ${circle.goal.title}`,
            circle.person?.name,
            circle.team && `${t('inquiry.circle.team')}: ${circle.team.name}`,
            t(`inquiry.circle.status.${circle.status}` as MessageKey),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </PageHeader>

      {draft.restored && draft.dirty && <Alert color="blue">{t('inquiry.circle.restored')}</Alert>}
      {relation === 'leader' && (
        <Alert color="gray">{t('inquiry.circle.readOnlyLeader', { name: circle.person?.name ?? '' })}</Alert>
      )}
      {relation === 'shared' && <Alert color="gray">{t('inquiry.circle.readOnlyShared')}</Alert>}

      <Stack gap={4}>
        <Text size="sm" id="circle-progress">
          {t('inquiry.circle.progress', { done: doneCount, total: form.phases.length })}
        </Text>
        <Progress
          value={(doneCount / form.phases.length) * 100}
          aria-label={t('inquiry.circle.progress', { done: doneCount, total: form.phases.length })}
          color="teal"
        />
      </Stack>

      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('inquiry.circle.deadline')}
          description={[
            circle.team ? t('inquiry.circle.deadlineHelpTeam') : t('inquiry.circle.deadlineHelp'),
            circle.status === 'open' && !circle.nextMeeting ? t('inquiry.circle.noMeetingPlanned') : '',
          ]
            .filter(Boolean)
            .join(' ')}
          value={deadline ?? ''}
          readOnly={readOnly}
          onChange={(e) => draft.setDeadline(e.currentTarget.value || null)}
          style={{ maxWidth: '16rem' }}
        />
        {circle.deadline && readOnly && <Text size="sm">{formatDate(circle.deadline)}</Text>}
        {/* The hint promises the next meeting: once one is planned, one click makes it the deadline. */}
        {!readOnly && circle.nextMeeting && deadline !== circle.nextMeeting && (
          <Button variant="light" onClick={() => draft.setDeadline(circle.nextMeeting)}>
            {t(circle.team ? 'inquiry.circle.useNextMeetingTeam' : 'inquiry.circle.useNextMeeting', {
              date: formatDate(circle.nextMeeting),
            })}
          </Button>
        )}
      </Group>

      <ConflictPanel draft={draft} voice={voice} onCombine={focusField} />

      {(justFinished || (circle.status === 'done' && (can.startNext || circle.nextId))) && (
        <Alert color="teal" title={t('inquiry.circle.finishedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {circle.team ? t('inquiry.circle.finishedTextTeam') : t('inquiry.circle.finishedText')}
            </Text>
            {can.startNext && (
              <Button loading={next.isPending} onClick={() => next.mutate()}>
                {t('inquiry.circle.startNext')}
              </Button>
            )}
            {circle.nextId && (
              <Button variant="default" component={Link} to={`/circles/${circle.nextId}`}>
                {t('inquiry.circle.openNext')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      <div role="group" aria-label={t('inquiry.circle.phasesLabel')}>
        <Accordion multiple value={open} onChange={setOpen} variant="separated" chevronPosition="right">
          {form.phases.map((phase, index) => {
            const done = draft.phaseDone(phase.key);
            const current = phase.key === circle.currentPhase && !done;
            return (
              <Accordion.Item key={phase.key} value={phase.key}>
                <Accordion.Control aria-current={current ? 'step' : undefined}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>
                      {index + 1}. {t(phaseTitle(phase.key))}
                    </Text>
                    {done && (
                      <Badge color="teal" variant="light">
                        ✓ {t('inquiry.circle.phaseDone')}
                      </Badge>
                    )}
                    {current && (
                      <Badge color="blue" variant="light">
                        {t('inquiry.circle.current')}
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    <Text size="sm" c="gray.7">
                      {t(phaseIntro(voice, phase.key))}
                    </Text>
                    {phase.fields.map((f) => (
                      <Textarea
                        key={f.key}
                        id={`field-${phase.key}-${f.key}`}
                        label={t(fieldLabel(voice, phase.key, f.key))}
                        description={t(fieldHelp(voice, phase.key, f.key))}
                        value={draft.value(phase.key, f.key)}
                        onChange={(e) => draft.setField(phase.key, f.key, e.currentTarget.value)}
                        maxLength={f.maxLength}
                        autosize
                        minRows={2}
                        maxRows={14}
                        readOnly={readOnly}
                      />
                    ))}
                    {!readOnly && (
                      <Checkbox
                        label={t('inquiry.circle.markDone')}
                        checked={done}
                        onChange={(e) => draft.setPhaseDone(phase.key, e.currentTarget.checked)}
                      />
                    )}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </div>

      {circle.team ? (
        <Text size="sm" c="gray.7">
          {t('inquiry.circle.teamWorks')}
        </Text>
      ) : (
        <Collaborators detail={detail} />
      )}

      {can.edit && (
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          style={{ position: 'sticky', bottom: 8, zIndex: 5 }}
          aria-label={t('inquiry.circle.save')}
          component="section"
        >
          <Group justify="space-between" gap="xs">
            {/* Mantine's orange.9 on white is 4.29:1, below AA; the darker orange the app uses elsewhere. */}
            <Text size="sm" role="status" aria-live="polite" c={draft.dirty ? '#8a3300' : 'teal.9'} fw={500}>
              {save.isPending
                ? t('inquiry.circle.saving')
                : draft.dirty || draft.unresolved
                  ? t('inquiry.circle.unsaved')
                  : t('inquiry.circle.saved')}
            </Text>
            <Button
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={!draft.dirty || draft.unresolved}
            >
              {t('inquiry.circle.save')}
            </Button>
          </Group>
          {error && (
            <Text size="sm" c="red.8" role="alert" mt={4}>
              {error}
            </Text>
          )}
        </Paper>
      )}

      <HistoryDrawer
        circleId={circle.id}
        voice={voice}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
      />
    </Stack>
  );
}
