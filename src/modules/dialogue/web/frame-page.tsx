import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { Frame } from '../answers';
import { useFrame } from './api';
import { Agenda, People, Purpose } from './stage';
import { CloseRoundButton, MyTurn, NewRoundModal, RoundHistory, TurnList, promptText } from './rounds';
import { Guidelines, GuidelinesEditor } from './guidelines';

function Part({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} id={id}>
            {title}
          </Title>
          <Text size="sm" c="gray.7">
            {intro}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * /conversations/$conversationId/frame: the meeting frame on a phone or laptop — everyone follows
 * the round and marks their own turn; the one leading the meeting also runs it from here.
 */
export function FramePage({ conversationId }: { conversationId: string }) {
  const { t, formatDate } = useI18n();
  const query = useFrame(conversationId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const frame = query.data;
  const c = frame.conversation;
  return (
    <Stack gap="lg">
      <PageHeader
        title={frame.team ? `${t('dialogue.frame.title')}: ${frame.team.name}` : t('dialogue.frame.title')}
        crumbs={[
          // A team's conversations live on its development page, a 1:1 in the conversations list.
          frame.team
            ? {
                label: t('teamsDev.page.title', { team: frame.team.name }),
                to: `/team-development/${frame.team.id}`,
              }
            : { label: t('dialogue.frame.conversations'), to: '/conversations' },
          { label: t('dialogue.frame.conversation'), to: `/conversations/${c.id}` },
        ]}
        crumbsLabel={t('dialogue.frame.crumbs')}
        actions={
          <Button component={Link} to={`/conversations/${c.id}/screen`}>
            {t('dialogue.frame.openScreen')}
          </Button>
        }
      >
        <Text c="gray.7">
          {t('dialogue.frame.when', { when: formatDate(c.startsAt, 'dateTime'), minutes: c.durationMinutes })}
        </Text>
        <Text size="sm" c="gray.7">
          {t('dialogue.frame.live')}
        </Text>
      </PageHeader>
      {c.status === 'cancelled' && <Alert color="gray">{t('dialogue.frame.cancelled')}</Alert>}
      <MyTurn frame={frame} />
      <RoundsPart frame={frame} />
      <Part id="part-stage" title={t('dialogue.stage.title')} intro={t('dialogue.stage.intro')}>
        <Purpose frame={frame} />
        <Agenda frame={frame} />
        <People frame={frame} />
      </Part>
      <GuidelinesPart frame={frame} />
    </Stack>
  );
}

function RoundsPart({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const [opening, setOpening] = useState(false);
  const round = frame.round;
  const done = round ? round.counts.spoken + round.counts.passed : 0;
  return (
    <Part id="part-rounds" title={t('dialogue.rounds.title')} intro={t('dialogue.rounds.intro')}>
      {round ? (
        <Stack gap="sm">
          <Text fw={700} size="lg">
            {t('dialogue.rounds.round', { n: round.number })}: {promptText(t, round)}
          </Text>
          <Text size="sm" role="status" aria-live="polite">
            {round.nextPersonId
              ? t('dialogue.rounds.next', {
                  name: round.turns.find((x) => x.personId === round.nextPersonId)?.name ?? '',
                })
              : t('dialogue.rounds.allDone')}{' '}
            · {t('dialogue.rounds.progress', { done, total: round.turns.length })}
          </Text>
          <TurnList frame={frame} controls={frame.can.facilitate} />
        </Stack>
      ) : (
        <Text c="gray.7">{t('dialogue.rounds.none')}</Text>
      )}
      {frame.can.facilitate && (
        <Group gap="xs">
          {frame.can.openRound && (
            <Button onClick={() => setOpening(true)}>{t('dialogue.rounds.newRound')}</Button>
          )}
          <CloseRoundButton frame={frame} />
        </Group>
      )}
      <RoundHistory frame={frame} />
      {frame.can.openRound && (
        <NewRoundModal frame={frame} opened={opening} onClose={() => setOpening(false)} />
      )}
    </Part>
  );
}

function GuidelinesPart({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  // The list as it was when editing began: polling must not swap it under the person's hands.
  const [editing, setEditing] = useState<Frame | null>(null);
  const empty = (frame.guidelines?.items.length ?? 0) === 0;
  return (
    <Part id="part-guidelines" title={t('dialogue.guidelines.title')} intro={t('dialogue.guidelines.intro')}>
      <Guidelines frame={frame} pointable={frame.can.facilitate} />
      {frame.can.editGuidelines && frame.guidelines && (
        <Group>
          <Button variant="default" onClick={() => setEditing(frame)}>
            {empty ? t('dialogue.guidelines.write') : t('dialogue.guidelines.edit')}
          </Button>
        </Group>
      )}
      {editing && <GuidelinesEditor frame={editing} opened onClose={() => setEditing(null)} />}
    </Part>
  );
}
