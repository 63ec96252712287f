import { Alert, Button, NumberInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { writeOrQueue } from '../../../web/offline/write';
import { errorMessage, useI18n } from '../../../web/i18n';
import { notifySuccess } from '../../../web/components/notify';
import { today } from '../../../shared/time';
import type { Measure, PointAnswer } from '../answers';
import { refreshQuality } from './api';

const newKey = () => crypto.randomUUID();

/**
 * Recording a value in seconds on a phone: today's date, a big number field, one button. The
 * entry's key is made once and kept until it is saved, so a double tap or a retry lands once.
 */
export function RecordPoint({ measure }: { measure: Measure }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(today());
  const [value, setValue] = useState<number | string>('');
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<{ on?: string; value?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const { data: me } = useMe();

  function fieldErrors(err: unknown) {
    if (!(err instanceof ApiError)) return { form: errorMessage(t, err) };
    if (err.status === 409) return { on: t('quality.measure.dayTaken') };
    const paths = err.issues.map((i) => i.path);
    if (paths.includes('on'))
      return { on: on > today() ? t('quality.measure.future') : errorMessage(t, err) };
    if (paths.includes('value'))
      return {
        value:
          measure.kind === 'count' && !Number.isInteger(Number(value))
            ? t('quality.measure.wholeNumber')
            : t('quality.measure.outOfRange', { min: measure.minValue, max: measure.maxValue }),
      };
    return { form: errorMessage(t, err) };
  }

  async function submit() {
    setErrors({});
    setBusy(true);
    try {
      // Recorded where it happens, also without a connection: it then waits on the device.
      const result = await writeOrQueue<PointAnswer>({
        personId: me!.person.id,
        kind: 'dataPoint',
        method: 'POST',
        path: `/quality/measures/${measure.id}/points`,
        body: { on, value: value === '' ? null : Number(value), clientKey: key },
        text: `${measure.name}: ${value} ${measure.unit} (${on})`,
      });
      if ('queued' in result) notifySuccess(t('offline.savedOnDevice'));
      else
        notifySuccess(
          result.sent.duplicate ? t('quality.measure.alreadyRecorded') : t('quality.measure.recorded'),
        );
      setValue('');
      setKey(newKey());
      if ('sent' in result) await refreshQuality(queryClient);
    } catch (err) {
      setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm" maw={420}>
        <TextInput
          type="date"
          size="lg"
          label={t('quality.measure.date')}
          value={on}
          max={today()}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={errors.on}
        />
        <NumberInput
          size="xl"
          label={t('quality.measure.value', { unit: measure.unit })}
          value={value}
          onChange={setValue}
          inputMode={measure.kind === 'count' ? 'numeric' : 'decimal'}
          decimalSeparator=","
          allowDecimal={measure.kind !== 'count'}
          error={errors.value}
        />
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Button type="submit" size="xl" loading={busy} fullWidth>
          {t('quality.measure.recordButton')}
        </Button>
      </Stack>
    </form>
  );
}
