import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import { post, put } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { CONVERSATION_LIMITS, scheduleFormInput, type ScheduleFormInput } from '../validation';
import { applyConversationError, timeFieldOverride } from './form-errors';
import { WhenFields } from './when-fields';
import type { Ref } from '../../../shared/answers';
import type { ConversationDetail } from '../answers';
import { conversationKeys, fromLocalInput, refreshConversations, toLocalInput, useCadence } from './api';

const FIELDS = ['personId', 'startsAtLocal', 'durationMinutes', 'location'] as const;

/**
 * Plans a 1:1: a leader with someone they lead ('schedule'), or a person with their leader
 * ('propose'). The date is prefilled from the pair's cadence.
 */
export function ScheduleModal(props: {
  opened: boolean;
  onClose: () => void;
  mode: 'schedule' | 'propose';
  people: Ref[];
  /** Preselects the other person (scheduling the next 1:1 from a held one). */
  personId?: string;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.mode === 'schedule'
          ? t('conversations.schedule.title')
          : t('conversations.schedule.proposeTitle')
      }
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {props.opened && <ScheduleForm {...props} />}
    </Modal>
  );
}

function ScheduleForm({
  onClose,
  mode,
  people,
  personId,
}: {
  onClose: () => void;
  mode: 'schedule' | 'propose';
  people: Ref[];
  personId?: string;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const initialPerson = personId ?? (people.length === 1 ? people[0]!.id : '');
  const form = useForm({
    resolver: useZodResolver(scheduleFormInput, timeFieldOverride),
    defaultValues: {
      personId: initialPerson,
      startsAtLocal: '',
      durationMinutes: 45,
      location: '',
    } as ScheduleFormInput,
  });
  const { errors } = form.formState;
  const chosen = useWatch({ control: form.control, name: 'personId' });
  const cadence = useCadence(chosen || null);
  const proposed = cadence.data?.proposedStartsAt;
  // What the proposal says about other conversations holds only while the proposal stands.
  const typedTime = form.getFieldState('startsAtLocal', form.formState).isDirty;
  // Prefill the proposed date whenever another person is chosen — but never over a time the
  // leader has typed (the rhythm may load after they started typing).
  useEffect(() => {
    if (proposed && !form.getFieldState('startsAtLocal').isDirty)
      form.setValue('startsAtLocal', toLocalInput(proposed), { shouldValidate: false });
  }, [proposed, form]);

  const create = useMutation({
    mutationFn: (v: ScheduleFormInput) =>
      post<ConversationDetail>('/conversations', {
        kind: 'one_to_one',
        personId: v.personId,
        startsAt: fromLocalInput(v.startsAtLocal),
        durationMinutes: v.durationMinutes,
        location: v.location || null,
      }),
    onSuccess: async (detail) => {
      notifySuccess(t('conversations.schedule.created'));
      await refreshConversations(queryClient);
      onClose();
      void navigate({
        to: '/conversations/$conversationId',
        params: { conversationId: detail.conversation.id } as never,
      });
    },
    onError: (err) => setFormError(applyConversationError(err, t, form.setError, FIELDS)),
  });

  if (people.length === 0) {
    return (
      <Stack>
        <Text>{t('conversations.schedule.noPeople')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), create.mutate(v)))}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="personId"
          render={({ field }) => (
            <Select
              label={
                mode === 'schedule' ? t('conversations.schedule.person') : t('conversations.schedule.leader')
              }
              placeholder={mode === 'schedule' ? t('conversations.schedule.personPlaceholder') : undefined}
              required
              searchable
              data={people.map((p) => ({ value: p.id, label: p.name }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={errors.personId?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <WhenFields
          form={form}
          startsAtHelp={
            cadence.data
              ? [
                  t('conversations.schedule.startsAtHelp', { weeks: cadence.data.cadence.intervalWeeks }),
                  cadence.data.proposal === 'moved' && !typedTime
                    ? t('conversations.schedule.proposalMoved')
                    : '',
                ].join(' ')
              : undefined
          }
        />
        {cadence.data?.proposal === 'busy' && !typedTime && (
          <Alert color="yellow" role="status">
            {t('conversations.schedule.proposalBusy')}
          </Alert>
        )}
        {mode === 'schedule' && cadence.data?.can.edit && (
          <CadenceField personId={chosen} weeks={cadence.data.cadence.intervalWeeks} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('conversations.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The leader's rhythm with this person; changing it re-proposes the date. */
function CadenceField({ personId, weeks }: { personId: string; weeks: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number>(weeks);
  const save = useMutation({
    mutationFn: () => put(`/cadences/${personId}`, { intervalWeeks: value }),
    onSuccess: async () => {
      notifySuccess(t('conversations.schedule.cadenceSaved'));
      await queryClient.invalidateQueries({ queryKey: conversationKeys.cadence(personId) });
    },
  });
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput
        label={t('conversations.schedule.cadenceEdit')}
        min={CONVERSATION_LIMITS.intervalWeeksMin}
        max={CONVERSATION_LIMITS.intervalWeeksMax}
        value={value}
        onChange={(v) => setValue(typeof v === 'number' ? v : Number(v))}
        w={200}
      />
      <Button
        variant="default"
        onClick={() => save.mutate()}
        loading={save.isPending}
        disabled={value === weeks || !Number.isInteger(value)}
      >
        {t('common.actions.save')}
      </Button>
    </Group>
  );
}
