import { Checkbox, Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver, type DescribeOverride } from '../../../web/forms/zod-resolver';
import { notifySuccess } from '../../../web/components/notify';
import { refreshGoals } from '../../goals/web/index';
import { bringGoalInput } from '../validation';
import type { TeamConversationDetail } from '../answers';
import { useSetDetail } from './agenda';

const FIELDS = ['goalId', 'circleId', 'confirmShare'] as const;
const WHOLE_GOAL = '';

/** The API's input, with '' standing for "the goal itself" in the form. */
const bringGoalForm = bringGoalInput.extend({ circleId: z.union([z.literal(WHOLE_GOAL), z.uuid()]) });
type Values = z.output<typeof bringGoalForm>;
const EMPTY = { goalId: '', circleId: WHOLE_GOAL, confirmShare: false as unknown as true };

const override: DescribeOverride = (t, issue) =>
  issue.path[0] === 'confirmShare' ? t('conversations.team.bring.confirmRequired') : undefined;

/**
 * A participant brings their own learning goal, or a finished circle on it, into the team
 * conversation. That shares the goal with the team, so they confirm it first; what is on the
 * agenda already is not offered again.
 */
export function BringGoal({ detail }: { detail: TeamConversationDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const id = detail.conversation.id;
  const setDetail = useSetDetail(id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: useZodResolver(bringGoalForm, override), defaultValues: EMPTY });
  const { errors } = form.formState;
  const goalId = useWatch({ control: form.control, name: 'goalId' });

  const onAgenda = new Set(
    detail.agenda.filter((a) => a.goalId).map((a) => `${a.goalId}:${a.circleId ?? ''}`),
  );
  const choices = detail.myGoals
    .map((g) => ({
      ...g,
      options: [
        ...(onAgenda.has(`${g.id}:`)
          ? []
          : [{ value: WHOLE_GOAL, label: t('conversations.team.bring.wholeGoal') }]),
        ...g.finishedCircles
          .filter((c) => !onAgenda.has(`${g.id}:${c.id}`))
          .map((c) => ({ value: c.id, label: t('conversations.team.bring.circle', { n: c.sequence }) })),
      ],
    }))
    .filter((g) => g.options.length > 0);
  const chosen = choices.find((g) => g.id === goalId);

  const bring = useMutation({
    mutationFn: (v: Values) =>
      post<TeamConversationDetail>(`/conversations/${id}/bring-goal`, {
        goalId: v.goalId,
        circleId: v.circleId || undefined,
        confirmShare: v.confirmShare,
      }),
    onSuccess: async (d) => {
      setDetail(d);
      form.reset(EMPTY);
      notifySuccess(t('conversations.team.bring.brought'));
      await refreshGoals(queryClient);
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });

  if (detail.myGoals.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('conversations.team.bring.none')}
      </Text>
    );
  if (choices.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('conversations.team.bring.allBrought')}
      </Text>
    );
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), bring.mutate(v)))}
      error={formError}
      submitLabel={t('conversations.team.bring.submit')}
      pending={bring.isPending}
    >
      <Text size="sm" c="gray.7">
        {t('conversations.team.bring.intro')}
      </Text>
      <Controller
        control={form.control}
        name="goalId"
        render={({ field }) => (
          <Select
            label={t('conversations.team.bring.goal')}
            placeholder={t('conversations.team.bring.goalPlaceholder')}
            required
            data={choices.map((g) => ({ value: g.id, label: g.title }))}
            value={field.value || null}
            onChange={(v) => {
              field.onChange(v ?? '');
              const next = choices.find((g) => g.id === v);
              form.setValue('circleId', next?.options[0]?.value ?? WHOLE_GOAL);
            }}
            error={errors.goalId?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      {chosen && chosen.options.length > 1 && (
        <Controller
          control={form.control}
          name="circleId"
          render={({ field }) => (
            <Select
              label={t('conversations.team.bring.what')}
              data={chosen.options}
              value={field.value}
              onChange={(v) => field.onChange(v ?? WHOLE_GOAL)}
              allowDeselect={false}
              error={errors.circleId?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="confirmShare"
        render={({ field }) => (
          <Checkbox
            label={t('conversations.team.bring.confirm')}
            description={chosen?.sharedWithTeam ? t('conversations.team.bring.alreadyShared') : undefined}
            checked={Boolean(field.value)}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            error={errors.confirmShare?.message}
          />
        )}
      />
    </FormShell>
  );
}
