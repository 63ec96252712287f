import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import type { Frame } from '../answers';
import { useFrame } from './api';
import { CloseRoundButton, NewRoundModal, TurnBadge, TurnButtons, promptText } from './rounds';
import { useFrameMutation, frameActions } from './api';

// Sized from the viewport so one layout reads from the back of a room on a projector (1920×1080)
// and still fits a 1280 laptop; near-black on white for contrast.
const INK = '#111';
const fluid = (min: number, vw: number, max: number) => `clamp(${min}px, ${vw}vw, ${max}px)`;
const BODY = fluid(18, 1.5, 34);
const BIG = fluid(26, 2.4, 54);

function Panel({
  title,
  id,
  children,
  style,
}: {
  title: string;
  id: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <Box
      component="section"
      aria-labelledby={id}
      style={{ border: `2px solid ${INK}`, borderRadius: 12, padding: '0.8em 1em', ...style }}
    >
      <Title
        order={3}
        id={id}
        style={{
          fontSize: '0.8em',
          textTransform: 'uppercase',
          letterSpacing: '0.06em',
          marginBottom: '0.4em',
          color: INK,
        }}
      >
        {title}
      </Title>
      {children}
    </Box>
  );
}

/**
 * /conversations/$conversationId/screen: the shared screen. Purpose, agenda, the round (who has
 * spoken, who is next) and the team's guidelines with the one pointed to; never any notes. The one
 * leading the meeting gets a small control bar they can hide.
 */
export function ScreenPage({ conversationId }: { conversationId: string }) {
  const { t } = useI18n();
  const query = useFrame(conversationId);
  const [controls, setControls] = useState(true);
  if (query.isPending || query.isError) {
    return (
      <Box p="xl" component="main">
        <Title order={1} size="h3">
          {t('common.appName')}
        </Title>
        {query.isPending ? (
          <Loading />
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Box>
    );
  }
  const frame = query.data;
  const showControls = frame.can.facilitate && controls;
  return (
    <Box
      component="main"
      id="main"
      style={{
        minHeight: '100vh',
        background: '#fff',
        color: INK,
        fontSize: BODY,
        padding: '1.2em 1.6em',
        display: 'flex',
        flexDirection: 'column',
        gap: '0.8em',
      }}
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" align="baseline">
          <Title order={1} style={{ fontSize: '0.8em', color: '#065f46' }}>
            {t('common.appName')}
          </Title>
          <Title order={2} style={{ fontSize: '1.3em' }}>
            {frame.team ? `${t('dialogue.frame.title')}: ${frame.team.name}` : t('dialogue.frame.title')}
          </Title>
        </Group>
        <Group gap="xs" className="no-print">
          {frame.can.facilitate && (
            <Button
              variant="default"
              size="xs"
              onClick={() => setControls(!controls)}
              aria-expanded={controls}
              aria-controls="screen-controls"
            >
              {controls ? t('dialogue.screen.hideControls') : t('dialogue.screen.showControls')}
            </Button>
          )}
          <Anchor component={Link} to={`/conversations/${conversationId}/frame`} size="sm" c="teal.9">
            {t('dialogue.screen.exit')}
          </Anchor>
        </Group>
      </Group>
      <Highlight frame={frame} />
      <Box
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26em), 1fr))',
          gap: '0.8em',
          alignItems: 'start',
          flex: 1,
        }}
      >
        <RoundPanel frame={frame} controls={showControls} />
        <Stack gap="0.8em">
          <Panel title={t('dialogue.screen.purpose')} id="screen-purpose">
            <Text style={{ fontSize: '1em', whiteSpace: 'pre-wrap' }}>
              {frame.purpose || t('dialogue.stage.purposeEmpty')}
            </Text>
          </Panel>
          <Panel title={t('dialogue.screen.agenda')} id="screen-agenda">
            {frame.agenda.length === 0 ? (
              <Text style={{ fontSize: '1em' }}>{t('dialogue.stage.agendaEmpty')}</Text>
            ) : (
              <ol style={{ margin: 0, paddingLeft: '1.2em' }}>
                {frame.agenda.map((a) => (
                  <li key={a.id} style={a.done ? { textDecoration: 'line-through' } : undefined}>
                    {a.text}
                  </li>
                ))}
              </ol>
            )}
          </Panel>
          {frame.guidelines && <GuidelinesPanel frame={frame} controls={showControls} />}
        </Stack>
      </Box>
      {showControls && <ControlBar frame={frame} />}
    </Box>
  );
}

/** The guideline pointed to, large and on top, so a reminder needs no words from anyone. */
function Highlight({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const g = frame.highlight && frame.guidelines?.items.find((x) => x.id === frame.highlight!.guidelineId);
  return (
    <div role="status" aria-live="polite">
      {g && (
        <Box
          style={{
            background: '#ffe066',
            border: `3px solid ${INK}`,
            borderRadius: 12,
            padding: '0.5em 1em',
          }}
        >
          <Text style={{ fontSize: '0.8em', fontWeight: 700, textTransform: 'uppercase' }}>
            {t('dialogue.screen.remember')}
          </Text>
          <Text style={{ fontSize: BIG, fontWeight: 700, lineHeight: 1.25 }}>{g.text}</Text>
        </Box>
      )}
    </div>
  );
}

function RoundPanel({ frame, controls }: { frame: Frame; controls: boolean }) {
  const { t } = useI18n();
  const round = frame.round;
  const title = round ? t('dialogue.rounds.round', { n: round.number }) : t('dialogue.rounds.title');
  return (
    <Panel title={title} id="screen-round">
      {!round ? (
        <Text style={{ fontSize: BIG }}>{t('dialogue.screen.waiting')}</Text>
      ) : (
        <Stack gap="0.5em">
          <Text style={{ fontSize: BIG, fontWeight: 700, lineHeight: 1.25 }}>{promptText(t, round)}</Text>
          <Text role="status" aria-live="polite" style={{ fontSize: '1em', fontWeight: 600 }}>
            {round.nextPersonId
              ? t('dialogue.rounds.next', {
                  name: round.turns.find((x) => x.personId === round.nextPersonId)?.name ?? '',
                })
              : t('dialogue.rounds.allDone')}
          </Text>
          <ol
            aria-label={t('dialogue.rounds.order')}
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'flex',
              flexDirection: 'column',
              gap: '0.3em',
            }}
          >
            {round.turns.map((turn) => {
              const next = turn.personId === round.nextPersonId;
              return (
                <li
                  key={turn.personId}
                  data-state={turn.state}
                  style={{
                    display: 'flex',
                    flexWrap: 'wrap',
                    justifyContent: 'space-between',
                    alignItems: 'center',
                    gap: '0.4em',
                    padding: '0.25em 0.5em',
                    borderRadius: 8,
                    border: next ? '4px solid #065f46' : '1px solid #adb5bd',
                    fontWeight: next ? 700 : 400,
                  }}
                >
                  <span>
                    {turn.name}
                    {next ? ` · ${t('dialogue.rounds.nextLabel')}` : ''}
                  </span>
                  <Group gap="xs">
                    <TurnBadge state={turn.state} size="xl" />
                    {controls && <TurnButtons frame={frame} turn={turn} size="sm" />}
                  </Group>
                </li>
              );
            })}
          </ol>
        </Stack>
      )}
    </Panel>
  );
}

function GuidelinesPanel({ frame, controls }: { frame: Frame; controls: boolean }) {
  const { t } = useI18n();
  const id = frame.conversation.id;
  const highlight = useFrameMutation(id, frameActions(id).highlight);
  const items = frame.guidelines!.items;
  return (
    <Panel title={t('dialogue.guidelines.title')} id="screen-guidelines">
      {items.length === 0 ? (
        <Text style={{ fontSize: '1em' }}>{t('dialogue.screen.noGuidelines')}</Text>
      ) : (
        <ol
          style={{ margin: 0, paddingLeft: '1.2em', display: 'flex', flexDirection: 'column', gap: '0.2em' }}
        >
          {items.map((g) => {
            const on = frame.highlight?.guidelineId === g.id;
            return (
              <li key={g.id} style={{ fontWeight: on ? 700 : 400 }}>
                {g.text}
                {controls && (
                  <Button
                    size="compact-sm"
                    ml="xs"
                    variant={on ? 'filled' : 'default'}
                    onClick={() => highlight.mutate(on ? null : g.id)}
                    aria-pressed={on}
                    aria-label={t('dialogue.guidelines.pointLabel', { text: g.text })}
                  >
                    {t('dialogue.guidelines.point')}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {highlight.error && (
        <Alert color="red" role="alert">
          {errorMessage(t, highlight.error)}
        </Alert>
      )}
    </Panel>
  );
}

function ControlBar({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const [opening, setOpening] = useState(false);
  return (
    <Group
      id="screen-controls"
      component="nav"
      aria-label={t('dialogue.screen.controls')}
      gap="xs"
      className="no-print"
      style={{ borderTop: '1px solid #adb5bd', paddingTop: '0.5em' }}
    >
      {frame.can.openRound && (
        <Button size="sm" onClick={() => setOpening(true)}>
          {t('dialogue.rounds.newRound')}
        </Button>
      )}
      <CloseRoundButton frame={frame} />
      {frame.can.openRound && (
        <NewRoundModal frame={frame} opened={opening} onClose={() => setOpening(false)} />
      )}
    </Group>
  );
}
