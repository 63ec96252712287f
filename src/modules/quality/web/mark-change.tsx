import { Alert, Button, Card, Checkbox, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, post } from '../../../web/lib/api';
import { newIdempotencyKey } from '../../../web/lib/idempotency-key';
import { errorMessage, useI18n } from '../../../web/i18n';
import { today } from '../../../shared/time';
import { refreshQuality } from './api';

/**
 * Marks a change on the chart (it may start a new phase). The form has one Idempotency-Key until
 * a mark is saved, as the team page's forms have per opening: a double tap on save, or a resend
 * after a dropped answer, makes one mark. A saved mark or a refusal takes a new key — the next
 * save is a new mark, or the corrected one.
 */
export function MarkChange({ path }: { path: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(today());
  const [label, setLabel] = useState('');
  const [startsPhase, setStartsPhase] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    setError(null);
    setSaving(true);
    try {
      await post(`${path}/changes`, { on, label, startsPhase }, { idempotencyKey: key });
      setKey(newIdempotencyKey());
      setLabel('');
      setStartsPhase(false);
      await refreshQuality(queryClient);
    } catch (err) {
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) setKey(newIdempotencyKey());
      setError(errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="change-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="change-title">
          {t('quality.measure.addChange')}
        </Title>
        <TextInput
          type="date"
          label={t('quality.measure.date')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
        />
        <TextInput
          label={t('quality.measure.changeLabel')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
        />
        <Checkbox
          label={t('quality.measure.startsPhase')}
          checked={startsPhase}
          onChange={(e) => setStartsPhase(e.currentTarget.checked)}
        />
        <Button style={{ alignSelf: 'flex-start' }} loading={saving} onClick={() => void save()}>
          {t('quality.team.save')}
        </Button>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
