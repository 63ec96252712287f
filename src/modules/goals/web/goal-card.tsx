import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { Ref } from '../../../shared/answers';
import type { Goal } from '../answers';

export interface GoalActions {
  edit: (goal: Goal) => void;
  setStatus: (goal: Goal, target: 'achieved' | 'put_aside') => void;
  refocus: (goal: Goal) => void;
}

/** One goal in a list: its title (a link to the goal), frame item, source and, for the owner, actions. */
export function GoalCard({
  goal,
  actions,
  owner,
}: {
  goal: Goal;
  actions?: GoalActions | undefined;
  owner?: Ref | null;
}) {
  const { t } = useI18n();
  const headingId = `goal-${goal.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={`/goals/${goal.id}`}
          fw={600}
          size="lg"
          id={headingId}
          style={{ overflowWrap: 'anywhere' }}
        >
          {goal.title}
        </Anchor>
        <Group gap="xs">
          {goal.frameItem && (
            <Badge variant="outline" color="teal.9" style={{ textTransform: 'none' }}>
              {goal.frameItem.title}
            </Badge>
          )}
          <Badge variant="outline" color="gray.7" style={{ textTransform: 'none' }}>
            {t(`goals.sources.${goal.source}`)}
          </Badge>
          {owner && (
            <Text size="sm" c="gray.7">
              {t('goals.page.sharedBy', { name: owner.name })}
            </Text>
          )}
        </Group>
        {goal.statusReason && goal.status !== 'in_focus' && (
          <Text size="sm" c="gray.7">
            {t('goals.detail.reason', { reason: goal.statusReason })}
          </Text>
        )}
        {actions && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => actions.edit(goal)}>
              {t('goals.actions.edit')}
            </Button>
            {goal.status === 'in_focus' ? (
              <>
                <Button size="xs" variant="outline" onClick={() => actions.setStatus(goal, 'achieved')}>
                  {t('goals.actions.achieve')}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => actions.setStatus(goal, 'put_aside')}>
                  {t('goals.actions.putAside')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="outline" onClick={() => actions.refocus(goal)}>
                {t('goals.actions.refocus')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
