import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import type { ApiErrorBody } from '../../../shared/errors';
import { Loading } from '../../../web/components/states';
import { GOAL_LIMITS } from '../validation';
import { useGoals } from './api';
import { groupGoalText } from './team-messages';

type InFocus = NonNullable<ApiErrorBody['error']['inFocus']>;

/** The two goals in focus the API named when it refused a third (409 too_many_in_focus). */
export function inFocusOf(err: unknown): InFocus | undefined {
  if (!(err instanceof ApiError) || err.reason !== 'too_many_in_focus') return undefined;
  const list = err.details.inFocus;
  return Array.isArray(list) ? (list as InFocus) : undefined;
}

/**
 * "Which one to put aside?" — shown when a third goal would come into focus, for a person or a
 * team. The choice and its reason go back with the original request, so the swap happens in one
 * step on the server.
 */
export function PutAsideModal(props: {
  opened: boolean;
  onClose: () => void;
  /** The goal coming into focus, when it already exists (refocusing). */
  exceptGoalId?: string;
  /** The goals in focus as the server named them; without them, the signed-in person's own. */
  inFocus?: InFocus;
  /** A team's goals: the dialog speaks of the team (or of a peer group). */
  team?: { isPeerGroup?: boolean } | null | undefined;
  onConfirm: (goalId: string, reason: string) => void;
  loading?: boolean;
  error?: unknown;
}) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={props.team ? t(groupGoalText(props.team, 'putAsideTitle')) : t('goals.putAsideDialog.title')}
      centered
    >
      {props.opened &&
        (props.inFocus ? (
          <PutAsideForm {...props} goals={props.inFocus} />
        ) : (
          <MyGoalsPutAsideForm {...props} />
        ))}
    </Modal>
  );
}

type FormProps = Parameters<typeof PutAsideModal>[0];

function MyGoalsPutAsideForm(props: FormProps) {
  const goals = useGoals();
  if (goals.isPending) return <Loading />;
  return <PutAsideForm {...props} goals={(goals.data?.goals ?? []).filter((g) => g.status === 'in_focus')} />;
}

function PutAsideForm({
  onClose,
  exceptGoalId,
  onConfirm,
  loading,
  error,
  team,
  goals,
}: FormProps & { goals: InFocus }) {
  const { t } = useI18n();
  const inFocus = goals.filter((g) => g.id !== exceptGoalId);
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = !choice || !reason.trim();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!missing) onConfirm(choice, reason.trim());
      }}
    >
      <Stack>
        <Text>{team ? t(groupGoalText(team, 'putAsideText')) : t('goals.putAsideDialog.text')}</Text>
        <Radio.Group
          label={t('goals.putAsideDialog.choose')}
          value={choice}
          onChange={setChoice}
          required
          error={touched && !choice ? t('common.form.choose') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {inFocus.map((g) => (
              <Radio key={g.id} value={g.id} label={g.title} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={team ? t('goals.team.putAsideReasonLabel') : t('goals.putAsideDialog.reason')}
          required
          autosize
          minRows={2}
          maxLength={GOAL_LIMITS.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={touched && !reason.trim() ? t('common.form.required') : undefined}
        />
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('goals.putAsideDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
