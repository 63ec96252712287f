import { Alert, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { Section } from '../../../web/components/page-header';
import { PlanConversationForTeam } from '../../teams-dev/web/index';
import { DevelopmentPointForm } from '../../quality/web/index';
import { WEAK_POINTS } from '../constants';
import type { UnitResultAnswer } from '../answers';

type Weak = UnitResultAnswer['weak'][number];
type Work = 'conversation' | 'point';

/**
 * The unit's weak results, each with what its leader may start from it in one click: a team
 * conversation or a development point (in a dialog on this page, filled in with the result) or a
 * lever plan for the unit. Shown to the unit's own leader; others read the list only.
 */
export function WeakResults({ r, nameOf }: { r: UnitResultAnswer; nameOf: (w: Weak) => string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ work: Work; weak: Weak } | null>(null);
  const leverPlan = (w: Weak) =>
    `/levers?newPlan=${encodeURIComponent(`unit:${r.unit.id}`)}&title=${encodeURIComponent(
      t('surveys.unit.planTitle', { name: nameOf(w) }),
    )}`;
  const kind = (w: Weak) => (w.kind === 'index' ? t('surveys.act.index') : t('surveys.act.item'));
  return (
    <Section title={t('surveys.unit.weak')} id="weak-results">
      <Text size="sm">{t('surveys.unit.weakIntro', { points: WEAK_POINTS })}</Text>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.act.result')}</Table.Th>
            <Table.Th scope="col">{t('surveys.act.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.weak.slice(0, 5).map((w) => (
            <Table.Tr key={`${w.kind}-${w.key}`}>
              <Table.Th scope="row" style={{ fontWeight: 400 }}>
                {nameOf(w)}{' '}
                <Text span size="sm" c="gray.7">
                  ({kind(w)})
                </Text>
                {/* Below the result rather than in a column of its own: a phone keeps it readable. */}
                {r.can.act && (
                  <Group gap="xs" mt={6}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('surveys.act.conversationFor', { name: nameOf(w) })}
                      onClick={() => setOpen({ work: 'conversation', weak: w })}
                    >
                      {t('surveys.act.conversation')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('surveys.act.pointFor', { name: nameOf(w) })}
                      onClick={() => setOpen({ work: 'point', weak: w })}
                    >
                      {t('surveys.act.point')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      component={Link}
                      to={leverPlan(w)}
                      aria-label={t('surveys.act.leverPlanFor', { name: nameOf(w) })}
                    >
                      {t('surveys.act.leverPlan')}
                    </Button>
                  </Group>
                )}
              </Table.Th>
              <Table.Td style={{ verticalAlign: 'top' }}>{w.points}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.work === 'point' ? t('surveys.act.pointTitle') : t('surveys.act.conversationTitle')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        {open && (
          <StartWork
            r={r}
            work={open.work}
            name={nameOf(open.weak)}
            reason={t('surveys.act.reason', {
              round: r.round.title,
              name: nameOf(open.weak),
              kind: kind(open.weak),
              points: open.weak.points,
              limit: WEAK_POINTS,
            })}
            leverPlan={leverPlan(open.weak)}
            onDone={() => setOpen(null)}
          />
        )}
      </Modal>
    </Section>
  );
}

/** Which team (the only one, or the leader's choice), then that module's own form, filled in. */
function StartWork(props: {
  r: UnitResultAnswer;
  work: Work;
  name: string;
  reason: string;
  leverPlan: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // Any of the unit's teams holds a team conversation; a development point belongs to a quality team.
  const teams = props.r.teams.filter((x) => props.work === 'conversation' || x.kind === 'quality');
  const [teamId, setTeamId] = useState<string | null>(teams.length === 1 ? teams[0]!.id : null);
  const unit = props.r.unit.name;
  if (teams.length === 0)
    return (
      <Stack>
        <Alert color="blue">
          {props.work === 'point'
            ? t('surveys.act.noQualityTeam', { unit })
            : t('surveys.act.noTeam', { unit })}
        </Alert>
        <Text size="sm">{props.reason}</Text>
        <Group>
          <Button component={Link} to={props.leverPlan}>
            {t('surveys.act.leverPlan')}
          </Button>
          <Button variant="default" onClick={props.onDone}>
            {t('common.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack>
      {teams.length === 1 ? (
        <Text size="sm">{t('surveys.act.team', { team: teams[0]!.name })}</Text>
      ) : (
        <Select
          label={t('surveys.act.chooseTeam')}
          description={t('surveys.act.chooseTeamHelp', { unit })}
          styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
          placeholder={t('surveys.act.chooseTeamPlaceholder')}
          data={teams.map((x) => ({ value: x.id, label: x.name }))}
          value={teamId}
          onChange={setTeamId}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {teamId &&
        (props.work === 'conversation' ? (
          <PlanConversationForTeam teamId={teamId} agenda={props.reason} onDone={props.onDone} />
        ) : (
          <DevelopmentPointForm
            teamId={teamId}
            title={t('surveys.unit.planTitle', { name: props.name })}
            description={props.reason}
            onDone={(saved) => {
              props.onDone();
              if (saved) void navigate({ to: '/quality/teams/$teamId', params: { teamId } as never });
            }}
          />
        ))}
    </Stack>
  );
}
