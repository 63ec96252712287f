import { Anchor, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../../web/lib/api';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { Initiative } from '../answers';
import { COMPETENCE_LIMITS } from '../validation';
import { targetLevelName } from './labels';
import { useInitiativeAction } from './use-save';

/** The participant's own answer to the goal the initiative proposes for their MUP (fits a phone). */
export function MyProposal({ initiative, personId }: { initiative: Initiative; personId: string }) {
  const { t, locale } = useI18n();
  const action = useInitiativeAction(initiative);
  const me = initiative.participants.find((p) => p.person.id === personId);
  const [rewriting, setRewriting] = useState(false);
  const [title, setTitle] = useState('');
  const [putAside, setPutAside] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<{ decision: string; title?: string } | null>(null);
  if (!me || !me.proposedGoal) return null;
  const inFocus =
    action.error instanceof ApiError && action.error.reason === 'too_many_in_focus'
      ? ((action.error.details.inFocus as { id: string; title: string }[] | undefined) ?? [])
      : [];
  const answer = (body: { decision: string; title?: string }) => {
    setPending(body);
    action.mutate({
      method: 'POST',
      path: '/proposal',
      body: putAside ? { ...body, putAsideGoalId: putAside, putAsideReason: reason } : body,
    });
  };
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="my-proposal">
      <Stack gap="sm">
        <Title order={3} size="h4" id="my-proposal">
          {t('competence.myProposal.title')}
        </Title>
        <Text size="sm">
          {t('competence.list.target', { level: targetLevelName(me.targetLevel, locale) })}
        </Text>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {me.proposedGoal}
        </Text>
        {me.proposalStatus !== 'proposed' ? (
          <Group gap="xs">
            <Text size="sm">{t(`competence.proposal.${me.proposalStatus ?? 'proposed'}`)}</Text>
            {me.goalId && (
              <Anchor component={Link} to={`/goals/${me.goalId}`} size="sm">
                {t('competence.myProposal.goal')}
              </Anchor>
            )}
          </Group>
        ) : (
          <>
            <Text size="sm" c="gray.7">
              {t('competence.myProposal.intro')}
            </Text>
            {inFocus.length > 0 && (
              <Stack gap="xs">
                <Radio.Group
                  label={t('competence.myProposal.putAside')}
                  value={putAside}
                  onChange={setPutAside}
                >
                  <Stack gap={4} mt={4}>
                    {inFocus.map((g) => (
                      <Radio key={g.id} value={g.id} label={g.title} />
                    ))}
                  </Stack>
                </Radio.Group>
                <TextInput
                  label={t('competence.myProposal.putAsideReason')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  maxLength={500}
                />
                <Button
                  disabled={!putAside || !reason.trim()}
                  onClick={() => pending && answer(pending)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('competence.myProposal.save')}
                </Button>
              </Stack>
            )}
            {rewriting ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  answer({ decision: 'rewrite', title: title.trim() });
                }}
              >
                <Stack gap="xs">
                  <TextInput
                    label={t('competence.myProposal.rewriteLabel')}
                    value={title}
                    onChange={(e) => setTitle(e.currentTarget.value)}
                    maxLength={COMPETENCE_LIMITS.proposedGoal}
                    required
                  />
                  <Button type="submit" disabled={!title.trim()} style={{ alignSelf: 'flex-start' }}>
                    {t('competence.myProposal.save')}
                  </Button>
                </Stack>
              </form>
            ) : (
              inFocus.length === 0 && (
                <Group gap="xs">
                  <Button onClick={() => answer({ decision: 'accept' })} loading={action.isPending}>
                    {t('competence.myProposal.accept')}
                  </Button>
                  <Button
                    variant="default"
                    onClick={() => {
                      setTitle(me.proposedGoal ?? '');
                      setRewriting(true);
                    }}
                  >
                    {t('competence.myProposal.rewrite')}
                  </Button>
                  <Button variant="subtle" color="gray" onClick={() => answer({ decision: 'decline' })}>
                    {t('competence.myProposal.decline')}
                  </Button>
                </Group>
              )
            )}
            {action.isError && (
              <Text size="sm" c={inFocus.length ? 'gray.8' : 'red.8'} role="alert">
                {errorMessage(t, action.error)}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
