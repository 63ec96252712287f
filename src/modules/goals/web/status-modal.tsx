import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { GOAL_LIMITS, statusReasonForm } from '../validation';
import type { Goal } from '../answers';
import { refreshGoals } from './api';
import { inFocusOf, PutAsideModal } from './put-aside-modal';

export type StatusTarget = 'achieved' | 'put_aside';

/** Achieve or put aside a goal (a person's or a team's), with the short reason that goes into its history. */
export function StatusModal({
  goal,
  target,
  onClose,
  team,
}: {
  goal: Goal | null;
  target: StatusTarget | null;
  onClose: () => void;
  team?: boolean;
}) {
  const { t } = useI18n();
  const opened = goal !== null && target !== null;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={opened}
      onClose={onClose}
      title={
        target === 'achieved' ? t('goals.statusDialog.achieveTitle') : t('goals.statusDialog.putAsideTitle')
      }
      centered
    >
      {opened && <StatusForm goal={goal} target={target} onDone={onClose} team={Boolean(team)} />}
    </Modal>
  );
}

function StatusForm({
  goal,
  target,
  onDone,
  team,
}: {
  goal: Goal;
  target: StatusTarget;
  onDone: () => void;
  team: boolean;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: useZodResolver(statusReasonForm), defaultValues: { reason: '' } });
  const change = useMutation({
    mutationFn: (reason: string) =>
      post(`/goals/${goal.id}/status`, { status: target, reason, version: goal.version }),
    onSuccess: async () => {
      notifySuccess(t('goals.statusDialog.changed'));
      await refreshGoals(queryClient);
      onDone();
    },
    // A stale version: the page reloads the goal, the reason stays typed, and saving again works.
    onError: () => void refreshGoals(queryClient),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => change.mutate(v.reason))}>
      <Stack>
        <Textarea
          label={t('goals.statusDialog.reasonLabel')}
          description={
            target === 'achieved'
              ? t(team ? 'goals.team.achieveReason' : 'goals.statusDialog.achieveReason')
              : t(team ? 'goals.team.putAsideReason' : 'goals.statusDialog.putAsideReason')
          }
          required
          autosize
          minRows={2}
          maxLength={GOAL_LIMITS.reason}
          data-autofocus
          {...form.register('reason')}
          error={form.formState.errors.reason?.message}
        />
        {change.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, change.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {target === 'achieved' ? t('goals.actions.achieve') : t('goals.actions.putAside')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Brings a goal back into focus; with two in focus already it asks which one to put aside and
 * sends the choice with the same request.
 */
export function useRefocus(options: { team?: { isPeerGroup?: boolean } | null } = {}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<{ goal: Goal; inFocus: { id: string; title: string }[] } | null>(null);
  const refocus = useMutation({
    mutationFn: (input: { goal: Goal; putAsideGoalId?: string; putAsideReason?: string }) =>
      post(`/goals/${input.goal.id}/status`, {
        status: 'in_focus',
        putAsideGoalId: input.putAsideGoalId,
        putAsideReason: input.putAsideReason,
      }),
    onSuccess: async () => {
      notifySuccess(t('goals.statusDialog.changed'));
      setAsking(null);
      await refreshGoals(queryClient);
    },
    onError: (err, input) => {
      const inFocus = inFocusOf(err);
      if (inFocus) setAsking({ goal: input.goal, inFocus });
    },
  });
  const dialog = (
    <PutAsideModal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      exceptGoalId={asking?.goal.id}
      inFocus={asking?.inFocus}
      team={options.team}
      onConfirm={(putAsideGoalId, putAsideReason) =>
        asking && refocus.mutate({ goal: asking.goal, putAsideGoalId, putAsideReason })
      }
      loading={refocus.isPending}
      error={
        refocus.error instanceof ApiError && refocus.error.reason === 'too_many_in_focus'
          ? null
          : refocus.error
      }
    />
  );
  return {
    refocus: (goal: Goal) => refocus.mutate({ goal }),
    pending: refocus.isPending,
    error: asking ? null : refocus.error,
    dialog,
  };
}
