import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { get, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { recoverStaleVersion } from '../../../web/forms/stale-version';
import { notifySuccess } from '../../../web/components/notify';
import { FormModal } from '../../../web/components/form-modal';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { useCurrentFrames } from '../../framing/web/index';
import { GOAL_SOURCES } from '../constants';
import { goalHints } from '../hints';
import { goalFields } from '../validation';
import type { Goal, GoalAnswer, GoalDetailAnswer } from '../answers';
import { goalKeys, refreshGoals } from './api';
import { groupGoalText } from './team-messages';
import { GoalHints } from './goal-hints';
import { inFocusOf, PutAsideModal } from './put-aside-modal';

type Values = z.output<typeof goalFields>;
const FIELDS = ['title', 'why', 'progressSigns', 'source', 'frameItemId'] as const;

/** The team a goal belongs to, when it is a team's goal. */
export interface GoalTeam {
  id: string;
  name: string;
  /** A leaders' peer group: the dialog speaks of the group. */
  isPeerGroup?: boolean;
}

/**
 * Writes a new goal or edits one. A person's goal: the frame's items to pick from and hints as
 * they type. A team's goal (`team`): the same fields in the team's words, outside personal frames.
 */
export function GoalFormModal({
  opened,
  onClose,
  goal,
  team,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  goal?: Goal;
  team?: GoalTeam;
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const title = team
    ? goal
      ? t(groupGoalText(team, 'editTitle'))
      : t(groupGoalText(team, 'createTitle'))
    : goal
      ? t('goals.form.editTitle')
      : t('goals.form.createTitle');
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size="lg">
      <GoalForm goal={goal} team={team} onDone={onClose} onSaved={onSaved} />
    </FormModal>
  );
}

function GoalForm({
  goal,
  team,
  onDone,
  onSaved,
}: {
  goal?: Goal | undefined;
  team?: GoalTeam | undefined;
  onDone: () => void;
  onSaved?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const frames = useCurrentFrames();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<{
    input: Values;
    inFocus: { id: string; title: string }[] | undefined;
  } | null>(null);
  const [version, setVersion] = useState(goal?.version);
  const form = useForm({
    resolver: useZodResolver(goalFields),
    defaultValues: {
      title: goal?.title ?? '',
      why: goal?.why ?? '',
      progressSigns: goal?.progressSigns ?? '',
      source: goal?.source ?? (team ? 'team_goal' : 'practice'),
      frameItemId: goal?.frameItem?.id ?? null,
    },
  });
  const { errors } = form.formState;
  const [title, why, progressSigns] = useWatch({
    control: form.control,
    name: ['title', 'why', 'progressSigns'],
  });
  const hints = goalHints(title ?? '', why, progressSigns);

  const save = useMutation({
    mutationFn: (input: Values & { putAsideGoalId?: string; putAsideReason?: string }) => {
      // A team's goal is the team's source and stands outside personal frames.
      const body = team ? { ...input, source: undefined, frameItemId: undefined } : input;
      return goal
        ? patch<GoalAnswer>(`/goals/${goal.id}`, { ...body, version })
        : post<GoalAnswer>('/goals', { ...body, teamId: team?.id });
    },
    onSuccess: async () => {
      notifySuccess(
        goal ? t('goals.form.saved') : team ? t(groupGoalText(team, 'created')) : t('goals.form.created'),
      );
      setPending(null);
      await refreshGoals(queryClient);
      onSaved?.();
      onDone();
    },
    onError: async (err, input) => {
      const inFocus = inFocusOf(err);
      if (inFocus) {
        setPending({ input, inFocus });
        return;
      }
      setPending(null);
      // Someone saved the goal meanwhile: the newest version becomes the base, the typed text stays.
      const stale = goal
        ? await recoverStaleVersion(
            err,
            t,
            queryClient,
            {
              queryKey: goalKeys.detail(goal.id),
              queryFn: () => get<GoalDetailAnswer>(`/goals/${goal.id}`),
              versionOf: (fresh) => fresh.goal.version,
            },
            setVersion,
          )
        : undefined;
      setFormError(
        stale ?? applyServerError(err, t, form.setError, FIELDS, { frame_item_unavailable: 'frameItemId' }),
      );
    },
  });

  const frameList = frames.data?.frames ?? [];
  const options = frameList
    .filter((f) => f.items.length > 0)
    .map((f) => ({
      group: `${f.title} (${f.unitName})`,
      items: f.items.map((i) => ({ value: i.id, label: i.title })),
    }));
  const known = new Set(options.flatMap((o) => o.items.map((i) => i.value)));
  if (goal?.frameItem && !known.has(goal.frameItem.id))
    options.unshift({
      group: t('goals.fields.frameItem'),
      items: [{ value: goal.frameItem.id, label: goal.frameItem.title }],
    });

  return (
    <>
      <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
        <Stack>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          {team ? null : frames.isSuccess && options.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('goals.fields.noFrame')}
            </Text>
          ) : (
            <Controller
              control={form.control}
              name="frameItemId"
              render={({ field }) => (
                <Select
                  label={t('goals.fields.frameItem')}
                  description={t('goals.fields.frameItemDescription')}
                  placeholder={t('goals.fields.frameItemNone')}
                  data={options}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v)}
                  clearable
                  searchable
                  error={errors.frameItemId?.message}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          )}
          <Textarea
            label={team ? t(groupGoalText(team, 'title')) : t('goals.fields.title')}
            description={team ? t('goals.team.titleDescription') : t('goals.fields.titleDescription')}
            placeholder={team ? t('goals.team.titlePlaceholder') : t('goals.fields.titlePlaceholder')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.register('title')}
            error={errors.title?.message}
          />
          <Textarea
            label={team ? t('goals.team.why') : t('goals.fields.why')}
            description={team ? t(groupGoalText(team, 'whyDescription')) : t('goals.fields.whyDescription')}
            autosize
            minRows={2}
            {...form.register('why')}
            error={errors.why?.message}
          />
          <Textarea
            label={team ? t('goals.team.progressSigns') : t('goals.fields.progressSigns')}
            description={
              team ? t('goals.team.progressSignsDescription') : t('goals.fields.progressSignsDescription')
            }
            autosize
            minRows={2}
            {...form.register('progressSigns')}
            error={errors.progressSigns?.message}
          />
          {!team && <GoalHints hints={hints} />}
          {!team && (
            <Controller
              control={form.control}
              name="source"
              render={({ field }) => (
                <Select
                  label={t('goals.fields.source')}
                  required
                  allowDeselect={false}
                  data={GOAL_SOURCES.map((s) => ({ value: s, label: t(`goals.sources.${s}`) }))}
                  value={field.value}
                  onChange={(v) => v && field.onChange(v)}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <PutAsideModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        inFocus={pending?.inFocus}
        team={team}
        onConfirm={(putAsideGoalId, putAsideReason) =>
          pending && save.mutate({ ...pending.input, putAsideGoalId, putAsideReason })
        }
        loading={save.isPending}
      />
    </>
  );
}
