import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { post } from '../../../web/lib/api';
import { LoadError, Loading } from '../../../web/components/states';
import type { CircleAnswer } from '../answers';
import { refreshCircles, useGoalCircles } from './api';
import { phaseTitle } from './circle-texts';

/** The circles of one goal, shown on the goal's page, with a way for the owner to start one. */
export function GoalCirclesPanel({ goalId, canEdit }: { goalId: string; canEdit: boolean }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const circles = useGoalCircles(goalId);
  const [error, setError] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => post<CircleAnswer>('/circles', { goalId }),
    onSuccess: async (r) => {
      await refreshCircles(queryClient);
      await navigate({ to: '/circles/$circleId', params: { circleId: r.circle.id } });
    },
    onError: (e) => setError(errorMessage(t, e)),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="goal-circles">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h4" id="goal-circles">
          {t('inquiry.panel.title')}
        </Title>
        {canEdit && circles.data?.can.start && (
          <Button size="sm" loading={start.isPending} onClick={() => start.mutate()}>
            {t('inquiry.panel.start')}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      {circles.isPending ? (
        <Loading />
      ) : circles.isError ? (
        <LoadError error={circles.error} onRetry={() => void circles.refetch()} />
      ) : circles.data.circles.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('inquiry.panel.empty')}
        </Text>
      ) : (
        circles.data.circles.map((c) => (
          <Paper key={c.id} withBorder p="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={`/circles/${c.id}`} fw={600}>
                  {t('inquiry.panel.circle', { n: c.sequence })}
                </Anchor>
                <Badge color={c.status === 'done' ? 'teal' : 'blue'} variant="light">
                  {t(`inquiry.circle.status.${c.status}` as MessageKey)}
                </Badge>
              </Group>
              <Text size="sm">
                {[
                  c.status === 'open'
                    ? t('inquiry.panel.phase', { phase: t(phaseTitle(c.currentPhase)) })
                    : null,
                  c.deadline ? `${t('inquiry.circle.deadline')}: ${formatDate(c.deadline)}` : null,
                  c.finishedAt ? `${t('inquiry.circle.finished')}: ${formatDate(c.finishedAt)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Progress
                value={c.progress * 100}
                color="teal"
                size="sm"
                aria-label={t('inquiry.circle.progress', { done: Math.round(c.progress * 6), total: 6 })}
              />
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
