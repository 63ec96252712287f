import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { Initiative, PlanLine } from '../answers';
import type { Localized } from '../content/types';
import { formatsFor } from '../content/formats';
import { GOAL_LEVELS } from '../content/types';
import { COMPETENCE_LIMITS } from '../validation';
import { useFormats } from './api';
import { say } from './labels';
import { useInitiativeAction } from './use-save';

/** The formats suggested by the levels the initiative's learning goals are written on, most suited first. */
function useSuggestedFormats(initiative: Initiative) {
  const { locale } = useI18n();
  const catalogue = useFormats().data?.formats ?? [];
  const levels = GOAL_LEVELS.filter((l) => (initiative.fields.learning_goals?.[l] ?? '').trim() !== '');
  const suits = levels.length > 1 ? (['complex', ...levels] as const) : levels;
  const suggested = [...new Set(suits.flatMap((s) => formatsFor(s).map((f) => f.id)))];
  const visible = catalogue.filter((f) => !f.hidden);
  const name = (key: string) => visible.find((f) => f.key === key)?.name[locale] ?? key;
  const options = [
    ...suggested.filter((k) => visible.some((f) => f.key === k)),
    ...visible.map((f) => f.key).filter((k) => !suggested.includes(k as never)),
  ].map((k) => ({ value: k, label: name(k) }));
  return {
    options,
    suggestedNames: suggested
      .filter((k) => visible.some((f) => f.key === k))
      .slice(0, 4)
      .map(name),
    name,
  };
}

/** The lines of one tempo of the training track or one kind of anchoring, with a form to add one. */
export function PlanPhase({
  initiative,
  kind,
  phase,
  name,
  question,
}: {
  initiative: Initiative;
  kind: 'track' | 'anchor';
  phase: string;
  name: Localized;
  question: Localized;
}) {
  const { t, locale, formatDate } = useI18n();
  const action = useInitiativeAction(initiative);
  const formats = useSuggestedFormats(initiative);
  const lines = initiative.planLines.filter((l) => l.kind === kind && l.phase === phase);
  const people = initiative.participants.map((p) => ({ value: p.person.id, label: p.person.name }));
  if (initiative.owner && !people.some((p) => p.value === initiative.owner!.id))
    people.unshift({ value: initiative.owner.id, label: initiative.owner.name });
  const headingId = `plan-${kind}-${phase}`;
  return (
    <Card withBorder padding="sm" radius="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={4} size="h5" id={headingId}>
          {say(name, locale)}
        </Title>
        <Text size="sm" c="gray.7" className="no-print">
          {say(question, locale)}
        </Text>
        {lines.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('competence.plan.empty')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {lines.map((l) => (
              <LineRow
                key={l.id}
                line={l}
                initiative={initiative}
                formatName={formats.name}
                formatDate={formatDate}
              />
            ))}
          </Stack>
        )}
        {initiative.can.edit && (
          <AddLine
            kind={kind}
            phase={phase}
            label={
              kind === 'track'
                ? t('competence.plan.addTrack', { phase: say(name, locale) })
                : t('competence.plan.addAnchor', { kind: say(name, locale) })
            }
            formats={formats}
            people={people}
            onAdd={(body) => action.mutateAsync({ method: 'POST', path: '/plan', body })}
            error={action.isError ? errorMessage(t, action.error) : null}
          />
        )}
      </Stack>
    </Card>
  );
}

function LineRow({
  line,
  initiative,
  formatName,
  formatDate,
}: {
  line: PlanLine;
  initiative: Initiative;
  formatName: (k: string) => string;
  formatDate: (d: string) => string;
}) {
  const { t } = useI18n();
  const action = useInitiativeAction(initiative);
  const dates = [line.startsOn, line.endsOn].filter(Boolean).map((d) => formatDate(d!));
  const details = [
    line.formats.map(formatName).join(', '),
    line.people,
    line.owner?.name,
    [...new Set(dates)].join(' – '),
  ].filter(Boolean);
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Checkbox
        aria-label={`${t('competence.plan.done')}: ${line.text}`}
        checked={line.done}
        disabled={!initiative.can.edit}
        onChange={(e) =>
          action.mutate({
            method: 'PATCH',
            path: `/plan/${line.id}`,
            body: { version: line.version, done: e.currentTarget.checked },
          })
        }
        mt={3}
      />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text
          size="sm"
          style={{ overflowWrap: 'anywhere', textDecoration: line.done ? 'line-through' : undefined }}
        >
          {line.text}
        </Text>
        {details.length > 0 && (
          <Text size="xs" c="gray.7">
            {details.join(' · ')}
          </Text>
        )}
      </Stack>
      {initiative.can.edit && (
        <ActionIcon
          variant="subtle"
          color="gray"
          className="no-print"
          aria-label={`${t('competence.plan.remove')}: ${line.text}`}
          onClick={() => action.mutate({ method: 'DELETE', path: `/plan/${line.id}` })}
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}

function AddLine({
  kind,
  phase,
  label,
  formats,
  people,
  onAdd,
  error,
}: {
  kind: 'track' | 'anchor';
  phase: string;
  label: string;
  formats: ReturnType<typeof useSuggestedFormats>;
  people: { value: string; label: string }[];
  onAdd: (body: unknown) => Promise<unknown>;
  error: string | null;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [who, setWho] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  if (!open)
    return (
      <Button
        size="xs"
        variant="light"
        onClick={() => setOpen(true)}
        className="no-print"
        // The anchoring kinds' names are long: on a phone the label wraps instead of running off.
        h="auto"
        py={4}
        maw="100%"
        style={{ alignSelf: 'flex-start' }}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      >
        {label}
      </Button>
    );
  return (
    <form
      className="no-print"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void onAdd({
          kind,
          phase,
          text: text.trim(),
          ...(kind === 'track' ? { formats: chosen, people: who } : { ownerId }),
          startsOn: kind === 'track' && startsOn ? startsOn : null,
          endsOn: endsOn || null,
        }).then(() => {
          setText('');
          setChosen([]);
          setWho('');
          setStartsOn('');
          setEndsOn('');
          setOpen(false);
        });
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('competence.plan.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={COMPETENCE_LIMITS.planText}
          required
        />
        {kind === 'track' ? (
          <>
            <MultiSelect
              label={t('competence.plan.formats')}
              description={
                formats.suggestedNames.length > 0
                  ? t('competence.plan.formatsHint', { names: formats.suggestedNames.join(', ') })
                  : undefined
              }
              data={formats.options}
              value={chosen}
              onChange={setChosen}
              maxValues={COMPETENCE_LIMITS.formatsPerLine}
              searchable
            />
            <TextInput
              label={t('competence.plan.people')}
              value={who}
              onChange={(e) => setWho(e.currentTarget.value)}
              maxLength={COMPETENCE_LIMITS.people}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('competence.plan.startsOn')}
                value={startsOn}
                onChange={(e) => setStartsOn(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('competence.plan.endsOn')}
                value={endsOn}
                onChange={(e) => setEndsOn(e.currentTarget.value)}
              />
            </Group>
          </>
        ) : (
          <Group grow>
            <Select
              label={t('competence.plan.owner')}
              data={people}
              value={ownerId}
              onChange={setOwnerId}
              clearable
            />
            <TextInput
              type="date"
              label={t('competence.plan.dueOn')}
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
            />
          </Group>
        )}
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button type="submit" size="xs" disabled={!text.trim()}>
            {t('competence.plan.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
