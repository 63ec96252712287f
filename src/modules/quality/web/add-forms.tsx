import { Alert, Button, Card, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError, post } from '../../../web/lib/api';
import { newIdempotencyKey } from '../../../web/lib/idempotency-key';
import { errorMessage, useI18n } from '../../../web/i18n';
import { today } from '../../../shared/time';
import { refreshQuality } from './api';

/**
 * A small form opened by a button: posts `body()` to `path`, then refreshes the team's work.
 * Each opening has its own Idempotency-Key, so a double tap on save (or a resend after a dropped
 * answer) creates one record; a refusal takes a new key, as the corrected text is a new request.
 */
function AddForm(props: {
  open: string;
  path: string;
  body: () => unknown;
  children: ReactNode;
  onIssues?: (issues: { path: string; message: string }[]) => void;
  /** Opened from elsewhere (a survey result): shown open, and told when it was saved or cancelled. */
  startOpen?: boolean;
  onDone?: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // A key per opening of the form: a double tap sends one create (Idempotency-Key).
  const [key, setKey] = useState<string | null>(() => (props.startOpen ? newIdempotencyKey() : null));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (key === null)
    return (
      <Button
        variant="light"
        size="compact-sm"
        onClick={() => setKey(newIdempotencyKey())}
        style={{ alignSelf: 'flex-start' }}
      >
        {props.open}
      </Button>
    );
  async function submit(idempotencyKey: string) {
    setError(null);
    setSaving(true);
    try {
      await post(props.path, props.body(), { idempotencyKey });
      await refreshQuality(queryClient);
      setKey(null);
      props.onDone?.(true);
    } catch (err) {
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) setKey(newIdempotencyKey());
      setError(
        errorMessage(t, err) +
          (err instanceof ApiError && err.issues.length
            ? ` (${err.issues.map((i) => i.path).join(', ')})`
            : ''),
      );
    } finally {
      setSaving(false);
    }
  }
  return (
    <Card withBorder>
      <Stack gap="sm">
        {props.children}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void submit(key)} loading={saving}>
            {t('quality.team.save')}
          </Button>
          <Button variant="default" onClick={() => (setKey(null), props.onDone?.(false))}>
            {t('common.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A development point, an improvement action or a data work: a title and a few words. */
export function TitleForm(props: {
  open: string;
  path: string;
  withDescription?: boolean;
  measureIds?: string[];
  initial?: { title: string; description: string };
  startOpen?: boolean;
  onDone?: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(props.initial?.title ?? '');
  const [description, setDescription] = useState(props.initial?.description ?? '');
  return (
    <AddForm
      open={props.open}
      path={props.path}
      startOpen={props.startOpen}
      onDone={props.onDone}
      body={() => (props.measureIds ? { title, measureIds: props.measureIds } : { title, description })}
    >
      <TextInput
        label={t('quality.team.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        required
      />
      {props.withDescription !== false && !props.measureIds && (
        <Textarea
          label={t('quality.team.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
      )}
    </AddForm>
  );
}

export function TrialForm(props: { actionId: string; measures: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [startedOn, setStartedOn] = useState(today());
  // Not chosen yet (undefined) is the team's first measure, also one added after the page loaded.
  const [chosen, setMeasureId] = useState<string | null | undefined>(undefined);
  const measureId = chosen === undefined ? (props.measures[0]?.id ?? null) : chosen;
  return (
    <AddForm
      open={t('quality.team.addTrial')}
      path={`/quality/actions/${props.actionId}/trials`}
      body={() => ({ title, startedOn, measureId })}
    >
      <TextInput
        label={t('quality.team.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        required
      />
      <TextInput
        type="date"
        label={t('quality.team.startedOn')}
        value={startedOn}
        onChange={(e) => setStartedOn(e.currentTarget.value)}
      />
      <Select
        label={t('quality.team.measure')}
        data={[
          { value: '', label: t('quality.team.noMeasure') },
          ...props.measures.map((m) => ({ value: m.id, label: m.name })),
        ]}
        value={measureId ?? ''}
        onChange={(v) => setMeasureId(v || null)}
      />
    </AddForm>
  );
}

export function MeasureForm({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    name: '',
    description: '',
    kind: 'count',
    unit: '',
    frequency: 'weekly',
    recorder: '',
    direction: 'higher',
    minValue: 0 as number | string,
    maxValue: 100 as number | string,
  });
  const set = (k: keyof typeof v) => (value: unknown) => setV((s) => ({ ...s, [k]: value }));
  const m = (k: string) => t(`quality.measureForm.${k}` as never);
  return (
    <AddForm
      open={t('quality.team.addMeasure')}
      path={`/quality/teams/${teamId}/measures`}
      body={() => ({ ...v, minValue: Number(v.minValue), maxValue: Number(v.maxValue) })}
    >
      <TextInput
        label={m('name')}
        value={v.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        required
      />
      <Textarea
        label={m('description')}
        value={v.description}
        onChange={(e) => set('description')(e.currentTarget.value)}
        autosize
      />
      <Select
        label={m('kind')}
        data={['count', 'score'].map((k) => ({ value: k, label: m(k) }))}
        value={v.kind}
        onChange={set('kind')}
      />
      <TextInput
        label={m('unit')}
        value={v.unit}
        onChange={(e) => set('unit')(e.currentTarget.value)}
        required
      />
      <Select
        label={m('frequency')}
        data={['daily', 'weekly', 'monthly'].map((k) => ({ value: k, label: m(k) }))}
        value={v.frequency}
        onChange={set('frequency')}
      />
      <TextInput
        label={m('recorder')}
        value={v.recorder}
        onChange={(e) => set('recorder')(e.currentTarget.value)}
        required
      />
      <Select
        label={m('direction')}
        data={['higher', 'lower'].map((k) => ({ value: k, label: m(k) }))}
        value={v.direction}
        onChange={set('direction')}
      />
      <NumberInput label={m('minValue')} value={v.minValue} onChange={set('minValue')} />
      <NumberInput label={m('maxValue')} value={v.maxValue} onChange={set('maxValue')} />
    </AddForm>
  );
}

/** The development-point form opened from elsewhere (a weak survey result), filled in, for a team known by id. */
export function DevelopmentPointForm(props: {
  teamId: string;
  title: string;
  description: string;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <TitleForm
      key={props.teamId}
      open={t('quality.team.addPoint')}
      path={`/quality/teams/${props.teamId}/points`}
      initial={{ title: props.title, description: props.description }}
      startOpen
      onDone={props.onDone}
    />
  );
}
