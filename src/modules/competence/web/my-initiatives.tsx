import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { InitiativeSummary } from '../answers';
import { useInitiatives, useMyInitiatives } from './api';
import { targetLevelName } from './labels';

/**
 * The initiatives the signed-in person takes part in, with their target level and next step: for
 * the start page and the development page. Renders nothing while they take part in none.
 */
export function MyInitiatives({ heading }: { heading?: (title: string) => React.ReactNode }) {
  const { t } = useI18n();
  const query = useMyInitiatives();
  const list = query.data?.initiatives ?? [];
  if (list.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="my-initiatives">
      {heading ? (
        heading(t('competence.mine.title'))
      ) : (
        <Text fw={700} id="my-initiatives">
          {t('competence.mine.title')}
        </Text>
      )}
      {list.map((i) => (
        <Summary key={i.id} initiative={i} />
      ))}
    </Stack>
  );
}

function Summary({ initiative: i }: { initiative: InitiativeSummary }) {
  const { t, locale, formatDate } = useI18n();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {i.title}
        </Anchor>
        <Badge variant="light" size="sm" autoContrast>
          {t(`competence.status.${i.status}`)}
        </Badge>
      </Group>
      {i.mine && (
        <Text size="sm">
          {t('competence.list.target', { level: targetLevelName(i.mine.targetLevel, locale) })}
          {i.mine.proposalStatus === 'proposed' && ` · ${t('competence.proposal.proposed')}`}
        </Text>
      )}
      {i.nextStep && (
        <Text size="sm" c="gray.8">
          {i.nextStep.on
            ? t('competence.list.nextOn', { text: i.nextStep.text, date: formatDate(i.nextStep.on) })
            : t('competence.list.next', { text: i.nextStep.text })}
        </Text>
      )}
    </Stack>
  );
}

/** For the leader's overview: the state of the initiatives they own or follow, and missing follow-ups. */
export function InitiativeStates() {
  const { t } = useI18n();
  const query = useInitiatives();
  const list = (query.data?.initiatives ?? []).filter(
    (i) => i.relation !== 'participant' && i.status !== 'closed',
  );
  if (list.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="initiative-states">
      <Text fw={700} id="initiative-states" size="lg">
        {t('competence.mine.state')}
      </Text>
      {list.map((i) => (
        <Group key={i.id} gap="xs">
          <Anchor component={Link} to={`/initiatives/${i.id}`}>
            {i.title}
          </Anchor>
          <Badge variant="light" size="sm" autoContrast>
            {t(`competence.status.${i.status}`)}
          </Badge>
          <Text size="sm" c="gray.8">
            {t('competence.list.participants', { count: i.participantCount })}
          </Text>
          {i.missingFollowUps > 0 && (
            <Badge color="red" variant="light" size="sm" autoContrast>
              {t('competence.list.missingFollowUps', { count: i.missingFollowUps })}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
