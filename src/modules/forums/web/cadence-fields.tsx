import { Alert, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../../../web/i18n';
import type { DescribeOverride } from '../../../web/forms/zod-resolver';
import { CADENCE_MAX, DURATION_MINUTES } from '../constants';
import type { createForumInput } from '../validation';
import type { Forum } from '../answers';

type Values = z.input<typeof createForumInput>;

/** Numbers out of range get words that name the range, not "check the field". */
export const cadenceIssue: DescribeOverride = (t: Translate, issue) => {
  const field = String(issue.path.at(-1) ?? '');
  if (field === 'cadenceEvery' && issue.code !== 'custom')
    return t('forumStructure.errors.cadenceEvery', {
      max: issue.code === 'too_big' ? Number(issue.maximum) : CADENCE_MAX.week,
    });
  if (field === 'durationMinutes') return t('forumStructure.errors.durationMinutes', DURATION_MINUTES);
  if (field === 'meetingTime') return t('forumStructure.errors.meetingTime');
  return undefined;
};

const numberOrNull = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

/** How often and how long a forum meets, from when, at what time; and the old free text until it is carried over. */
export function CadenceFields({ form, forum }: { form: UseFormReturn<Values>; forum?: Forum }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const note = forum && (forum.cadenceNote || forum.durationNote);
  return (
    <>
      {note && (
        <Alert color="yellow" title={t('forumStructure.note.title')}>
          {t('forumStructure.note.text', {
            cadence: forum.cadenceNote ?? t('forumStructure.note.none'),
            duration: forum.durationNote ?? t('forumStructure.note.none'),
          })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, xs: 3 }}>
        <Controller
          control={form.control}
          name="cadenceEvery"
          render={({ field }) => (
            <NumberInput
              label={t('forumStructure.fields.cadenceEvery')}
              description={t('forumStructure.fields.cadenceEveryHelp')}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(numberOrNull(v))}
              error={errors.cadenceEvery?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="cadenceUnit"
          render={({ field }) => (
            <Select
              label={t('forumStructure.fields.cadenceUnit')}
              data={[
                { value: 'week', label: t('forumStructure.fields.unitWeek') },
                { value: 'month', label: t('forumStructure.fields.unitMonth') },
              ]}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? null)}
              error={errors.cadenceUnit?.message}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="durationMinutes"
          render={({ field }) => (
            <NumberInput
              label={t('forumStructure.fields.durationMinutes')}
              allowDecimal={false}
              allowNegative={false}
              step={15}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(numberOrNull(v))}
              error={errors.durationMinutes?.message}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Controller
          control={form.control}
          name="firstMeetingOn"
          render={({ field }) => (
            <TextInput
              type="date"
              label={t('forumStructure.fields.firstMeetingOn')}
              description={t('forumStructure.fields.firstMeetingOnHelp')}
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.currentTarget.value || null)}
              error={errors.firstMeetingOn?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="meetingTime"
          render={({ field }) => (
            <TextInput
              type="time"
              label={t('forumStructure.fields.meetingTime')}
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.currentTarget.value || null)}
              error={errors.meetingTime?.message}
            />
          )}
        />
      </SimpleGrid>
    </>
  );
}
