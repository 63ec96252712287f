import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import type { HomeAnswer } from '../answers';

/**
 * A fresh account's guided first step, so a new person meets the method, not empty pages: with no
 * learning goal yet, what the method is and a way into the first goal; a leader with people and
 * no 1:1 yet, the first one to plan; a leader with no one to lead yet, what to do first. Each goes
 * away once it is done. `staff`: the person has a nearest leader (a goal step is theirs).
 */
export function FirstStep({ home, staff }: { home: HomeAnswer; staff: boolean }) {
  const { t } = useI18n();
  const leader = home.leader;
  if (staff && !home.hasGoals)
    return (
      <StepCard title={t('overview.first.goalTitle')} intro={t('overview.first.goalIntro')}>
        <List spacing={4}>
          <List.Item>{t('overview.first.goalOwn')}</List.Item>
          <List.Item>{t('overview.first.goalCircle')}</List.Item>
          <List.Item>{t('overview.first.goalTalks')}</List.Item>
        </List>
        <Button component={Link} to="/goals">
          {t('overview.first.goalButton')}
        </Button>
      </StepCard>
    );
  if (leader && leader.people > 0 && leader.oneToOnes === 0)
    return (
      <StepCard
        title={t('overview.first.talkTitle')}
        intro={t('overview.first.talkIntro', { count: leader.people })}
      >
        <Button
          component={Link}
          to="/conversations"
          search={(leader.firstPerson ? { plan: leader.firstPerson.id } : {}) as never}
        >
          {leader.firstPerson
            ? t('overview.first.talkButton', { name: leader.firstPerson.name })
            : t('overview.first.talkButtonAnyone')}
        </Button>
      </StepCard>
    );
  if (leader && leader.people === 0)
    return (
      <StepCard title={t('overview.first.aloneTitle')} intro={t('overview.first.aloneIntro')}>
        <Button component={Link} to="/frames">
          {t('overview.first.aloneButton')}
        </Button>
      </StepCard>
    );
  return null;
}

/** The card every first step is drawn in: its title, a line of why, and the way on. */
function StepCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="first-step" bg="blue.0">
      <Stack gap="sm" align="flex-start">
        <Title order={3} id="first-step" size="h4">
          {title}
        </Title>
        <Text>{intro}</Text>
        {children}
      </Stack>
    </Card>
  );
}
