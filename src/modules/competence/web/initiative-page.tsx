import { Alert, Badge, Box, Button, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { errorMessage, useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { Initiative } from '../answers';
import { STATUS_MOVES } from '../constants';
import { ANCHORING_TEXTS } from '../content/anchoring';
import { GOAL_LEVEL_TEXTS } from '../content/learning-goal-levels';
import { TEMPO_TEXTS, TRAINING_TRACK_NOTE } from '../content/training-track';
import { useFrameItemChoices, useInitiative } from './api';
import { Courses } from './courses';
import { FieldCard } from './field-card';
import { InitiativeLicences } from '../../licences/web/index';
import { History } from './history';
import { ImpactMap } from './impact-map';
import { say } from './labels';
import { MyProposal } from './my-proposal';
import { Participants } from './participants';
import { PlanPhase } from './plan-lines';
import { RenameInitiative } from './rename';
import { TaskTests } from './task-tests';
import { InitiativeTextField } from './text-field';
import { useInitiativeAction } from './use-save';

/** /initiatives/$initiativeId: the five fields with prompts, participants, courses, impact map, history. */
export function InitiativePage() {
  const { initiativeId } = useParams({ strict: false }) as { initiativeId: string };
  const { t } = useI18n();
  const { data: me } = useMe();
  const query = useInitiative(initiativeId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { initiative } = query.data;
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={initiative.title}
        crumbsLabel={t('competence.page.crumbs')}
        crumbs={[{ label: t('competence.nav'), to: '/initiatives' }]}
        actions={
          <>
            {initiative.can.edit && <RenameInitiative initiative={initiative} />}
            <Button component={Link} to={`/initiatives/${initiative.id}/print`} variant="default">
              {t('competence.page.print')}
            </Button>
          </>
        }
      >
        <Group gap="xs">
          <Badge variant="light" autoContrast>
            {t(`competence.status.${initiative.status}`)}
          </Badge>
          <Text size="sm" c="gray.8">
            {initiative.unit.name}
            {initiative.owner ? ` · ${initiative.owner.name}` : ''} ·{' '}
            {t(`competence.relation.${initiative.relation}`)}
          </Text>
        </Group>
      </PageHeader>
      {me && <MyProposal initiative={initiative} personId={me.person.id} />}
      {initiative.can.edit ? (
        <StatusMoves initiative={initiative} />
      ) : (
        <Text c="gray.7">{t('competence.page.readOnly')}</Text>
      )}
      <Fields initiative={initiative} />
      <Section title={t('competence.participants.title')} id="participants">
        <Participants initiative={initiative} />
      </Section>
      <Section title={t('competence.courses.title')} id="courses">
        <Courses initiative={initiative} />
      </Section>
      <InitiativeLicences
        initiative={{ id: initiative.id, unitId: initiative.unit.id, title: initiative.title }}
        canDefine={initiative.can.edit}
      />
      <Section title={t('competence.impact.title')} id="impact">
        <Text size="sm" c="gray.7">
          {t('competence.impact.intro')}
        </Text>
        {/* On a phone the picture keeps a readable size and scrolls sideways in its own region. */}
        <Box
          role="region"
          aria-label={t('competence.impact.title')}
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <Box miw={{ base: 720, sm: 0 }}>
            <ImpactMap initiative={initiative} />
          </Box>
        </Box>
        <Stack gap="sm" maw={700}>
          <InitiativeTextField
            initiative={initiative}
            phase="impact"
            field="sub_results"
            label={t('competence.fields.sub_results')}
          />
          <InitiativeTextField
            initiative={initiative}
            phase="impact"
            field="changed_practice"
            label={t('competence.fields.changed_practice')}
          />
        </Stack>
      </Section>
      <Section title={t('competence.history.title')} id="history">
        <History id={initiative.id} />
      </Section>
    </Stack>
  );
}

function StatusMoves({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const action = useInitiativeAction(initiative);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {STATUS_MOVES[initiative.status].map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'draft' || to === 'closed' ? 'default' : 'filled'}
            onClick={() => action.mutate({ method: 'POST', path: '/status', body: { to } })}
          >
            {t(`competence.statusMove.${to}`)}
          </Button>
        ))}
      </Group>
      {action.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(t, action.error)}
        </Text>
      )}
    </Stack>
  );
}

function Fields({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  const field = (phase: string, key: string, type: 'text' | 'date' = 'text') => (
    <InitiativeTextField
      key={`${phase}.${key}`}
      initiative={initiative}
      phase={phase}
      field={key}
      type={type}
      label={t(`competence.fields.${key}` as 'competence.fields.notes')}
    />
  );
  return (
    <Stack gap="md">
      <FieldCard field="task">
        {field('task', 'situation')}
        {field('task', 'responsibility')}
        {field('task', 'why_now')}
        <TaskTests initiative={initiative} />
      </FieldCard>
      <FieldCard field="perspective">
        {field('perspective', 'core_task')}
        {field('perspective', 'workplace')}
        <FrameLinks initiative={initiative} />
      </FieldCard>
      <FieldCard field="learning_goals">
        {GOAL_LEVEL_TEXTS.map((level) => (
          <Stack key={level.key} gap={2}>
            <InitiativeTextField
              initiative={initiative}
              phase="learning_goals"
              field={level.key}
              label={say(level.name, locale)}
            />
            <Text size="xs" c="gray.7" className="no-print">
              {say(level.covers, locale)} — {say(level.example, locale)}
            </Text>
          </Stack>
        ))}
      </FieldCard>
      <FieldCard field="training_track">
        <Text size="sm" c="gray.7" className="no-print">
          {say(TRAINING_TRACK_NOTE, locale)}
        </Text>
        {TEMPO_TEXTS.map((tempo) => (
          <PlanPhase
            key={tempo.key}
            initiative={initiative}
            kind="track"
            phase={tempo.key}
            name={tempo.name}
            question={tempo.explanation}
          />
        ))}
        <Group grow align="flex-start">
          {field('training_track', 'starts_on', 'date')}
          {field('training_track', 'ends_on', 'date')}
        </Group>
        {field('training_track', 'notes')}
      </FieldCard>
      <FieldCard field="everyday">
        {ANCHORING_TEXTS.map((kind) => (
          <PlanPhase
            key={kind.key}
            initiative={initiative}
            kind="anchor"
            phase={kind.key}
            name={kind.name}
            question={kind.question}
          />
        ))}
        {field('everyday', 'responsibility_from', 'date')}
        {field('everyday', 'notes')}
      </FieldCard>
    </Stack>
  );
}

function FrameLinks({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const choices = useFrameItemChoices(initiative.id, initiative.can.edit);
  const action = useInitiativeAction(initiative);
  if (!initiative.can.edit)
    return initiative.frameItems.length ? (
      <Stack gap={2}>
        <Title order={4} size="h6">
          {t('competence.fields.frameItems')}
        </Title>
        {initiative.frameItems.map((f) => (
          <Text key={f.id} size="sm">
            {f.title}
          </Text>
        ))}
      </Stack>
    ) : null;
  const items = choices.data?.items ?? [];
  if (choices.isSuccess && items.length === 0)
    return (
      <Alert color="gray" title={t('competence.fields.frameItems')}>
        {t('competence.fields.frameItemsNone')}
      </Alert>
    );
  return (
    <MultiSelect
      label={t('competence.fields.frameItems')}
      data={items.map((i) => ({ value: i.id, label: `${i.title} (${i.frameTitle})` }))}
      value={initiative.frameItems.map((f) => f.id)}
      onChange={(ids) => action.mutate({ method: 'PUT', path: '/frame-items', body: { frameItemIds: ids } })}
      searchable
    />
  );
}
