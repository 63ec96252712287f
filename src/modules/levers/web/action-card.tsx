import { Badge, Button, Card, Group, Menu, Stack, Text, Textarea, Modal, ActionIcon } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, del, patch } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { LEVER_LIMITS } from '../validation';
import type { LeverAction, ListedAction } from '../answers';
import { refreshLevers } from './api';

/**
 * One action: what, who, by when, and how it went. The owner and the plan's editors follow up
 * (done with a short note, or reopen); the editors also edit and remove it.
 */
export function ActionCard({
  action,
  onEdit,
  showPlan,
}: {
  action: LeverAction | ListedAction;
  onEdit?: () => void;
  showPlan?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [followingUp, setFollowingUp] = useState(false);
  const [removing, setRemoving] = useState(false);
  const reopen = useMutation({
    mutationFn: () => patch(`/lever-actions/${action.id}`, { status: 'open', version: action.version }),
    onSuccess: async () => {
      notifySuccess(t('levers.action.reopened'));
      await refreshLevers(queryClient);
    },
    onError: () => void refreshLevers(queryClient),
  });
  const remove = useMutation({
    mutationFn: () => del(`/lever-actions/${action.id}`),
    onSuccess: async () => {
      notifySuccess(t('levers.action.removed'));
      setRemoving(false);
      await refreshLevers(queryClient);
    },
  });
  const plan = 'plan' in action && showPlan ? action.plan : null;
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={action.text}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {action.text}
          </Text>
          {action.can.edit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('levers.action.menu')}>
                  <span aria-hidden>⋯</span>
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={onEdit}>{t('levers.action.edit')}</Menu.Item>
                <Menu.Item color="red.9" onClick={() => setRemoving(true)}>
                  {t('levers.action.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {plan && (
          <Text size="sm" c="gray.8">
            {t('levers.page.inPlan', { title: plan.title, scope: plan.scopeName })} ·{' '}
            {t(`levers.items.${action.lever}.name`)}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Badge color={action.status === 'done' ? 'teal' : 'blue'} variant="light" autoContrast>
            {t(`levers.action.${action.status}`)}
          </Badge>
          {action.overdue && (
            <Badge color="red" variant="light" autoContrast>
              {t('levers.action.overdue')}
            </Badge>
          )}
          <Text size="sm" c="gray.8">
            {t('levers.action.ownerName', { name: action.owner.name })}
          </Text>
          <Text size="sm" c="gray.8">
            {action.status === 'done' && action.doneOn
              ? t('levers.action.doneOn', { date: formatDate(action.doneOn) })
              : t('levers.action.due', { date: formatDate(action.dueDate) })}
          </Text>
        </Group>
        {action.followUp && (
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {t('levers.action.followUp', { text: action.followUp })}
          </Text>
        )}
        {action.can.followUp && (
          <Group gap="xs">
            {action.status === 'open' ? (
              <Button size="compact-sm" variant="light" onClick={() => setFollowingUp(true)}>
                {t('levers.action.markDone')}
              </Button>
            ) : (
              <>
                <Button size="compact-sm" variant="subtle" onClick={() => setFollowingUp(true)}>
                  {t('levers.action.followUpSave')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => reopen.mutate()}
                  loading={reopen.isPending}
                >
                  {t('levers.action.reopen')}
                </Button>
              </>
            )}
          </Group>
        )}
        {reopen.isError && (
          <Text size="sm" c="red.9" role="alert">
            {errorMessage(t, reopen.error)}
          </Text>
        )}
      </Stack>
      <FollowUpModal action={action} opened={followingUp} onClose={() => setFollowingUp(false)} />
      <ConfirmModal
        opened={removing}
        onClose={() => setRemoving(false)}
        title={t('levers.action.removeTitle')}
        confirmLabel={t('levers.action.remove')}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        {t('levers.action.removeText')}
      </ConfirmModal>
    </Card>
  );
}

/** Marks an open action done (or rewords the note of a done one), with a short follow-up. */
function FollowUpModal({
  action,
  opened,
  onClose,
}: {
  action: LeverAction;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(action.followUp ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      patch(`/lever-actions/${action.id}`, { status: 'done', followUp: note, version: action.version }),
    onSuccess: async () => {
      notifySuccess(t('levers.action.markedDone'));
      onClose();
      await refreshLevers(queryClient);
    },
    onError: async (err) => {
      const stale = err instanceof ApiError && err.reason === 'stale_version';
      setError(stale ? t('levers.action.stale') : errorMessage(t, err));
      if (stale) await refreshLevers(queryClient);
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('levers.action.followUpTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          save.mutate();
        }}
      >
        <Stack>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {action.text}
          </Text>
          <Textarea
            label={t('levers.action.followUpLabel')}
            placeholder={t('levers.action.followUpPlaceholder')}
            autosize
            minRows={2}
            maxLength={LEVER_LIMITS.followUp}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {action.status === 'open' ? t('levers.action.markDone') : t('levers.action.followUpSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
