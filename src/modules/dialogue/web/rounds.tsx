import { Alert, Badge, Button, Card, Chip, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { errorMessage, useI18n, type Translate } from '../../../web/i18n';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { applyServerError } from '../../../web/forms/server-errors';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { PROMPT_KEYS, type PromptKey, type TurnState } from '../constants';
import { openRoundInput, type OpenRoundInput } from '../validation';
import type { Frame, RoundSummary, Turn } from '../answers';
import { frameActions, useFrameMutation } from './api';

/** A suggested prompt is shown in each viewer's language; a free one as written. */
export const promptText = (t: Translate, r: Pick<RoundSummary, 'prompt' | 'promptKey'>) =>
  r.promptKey ? t(`dialogue.prompts.${r.promptKey}`) : r.prompt;

const STATE_MARK: Record<TurnState, string> = { waiting: '○', spoken: '✓', passed: '–' };

/** The state in words (never colour alone), with a mark beside it. */
export function TurnBadge({ state, size = 'md' }: { state: TurnState; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useI18n();
  const color = state === 'spoken' ? 'teal.9' : state === 'passed' ? 'gray.7' : 'gray.2';
  return (
    <Badge size={size} variant="filled" color={color} c={state === 'waiting' ? 'dark' : 'white'} tt="none">
      <span aria-hidden>{STATE_MARK[state]} </span>
      {t(`dialogue.rounds.states.${state}`)}
    </Badge>
  );
}

export function useTurnMutation(frame: Frame) {
  const id = frame.conversation.id;
  return useFrameMutation(id, frameActions(id).markTurn);
}

/** The facilitator's buttons for one person's turn. */
export function TurnButtons({
  frame,
  turn,
  size = 'xs',
}: {
  frame: Frame;
  turn: Turn;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useI18n();
  const mark = useTurnMutation(frame);
  const roundId = frame.round!.id;
  const send = (state: TurnState) => mark.mutate({ roundId, personId: turn.personId, state });
  const label = (action: string) => t('dialogue.rounds.markLabel', { action, name: turn.name });
  return (
    <Group gap={6} wrap="wrap">
      {mark.error && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(t, mark.error)}
        </Text>
      )}
      {turn.state === 'waiting' ? (
        <>
          <Button
            size={size}
            onClick={() => send('spoken')}
            aria-label={label(t('dialogue.rounds.markSpoken'))}
            loading={mark.isPending}
          >
            {t('dialogue.rounds.markSpoken')}
          </Button>
          <Button
            size={size}
            variant="default"
            onClick={() => send('passed')}
            aria-label={label(t('dialogue.rounds.markPassed'))}
          >
            {t('dialogue.rounds.markPassed')}
          </Button>
        </>
      ) : (
        <Button
          size={size}
          variant="default"
          onClick={() => send('waiting')}
          aria-label={label(t('dialogue.rounds.undo'))}
        >
          {t('dialogue.rounds.undo')}
        </Button>
      )}
    </Group>
  );
}

/** The list of turns in speaking order; who is next stands out in words and a border. */
export function TurnList({ frame, controls }: { frame: Frame; controls: boolean }) {
  const { t } = useI18n();
  const round = frame.round!;
  return (
    <Stack
      component="ol"
      gap={6}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('dialogue.rounds.order')}
    >
      {round.turns.map((turn) => {
        const next = turn.personId === round.nextPersonId;
        return (
          <Card
            key={turn.personId}
            component="li"
            withBorder
            padding="xs"
            radius="md"
            style={next ? { borderWidth: 3, borderColor: 'var(--mantine-color-teal-9)' } : undefined}
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs">
                <Text fw={next ? 700 : 500}>
                  {turn.name}
                  {turn.personId === frame.me.personId ? ` ${t('dialogue.frame.you')}` : ''}
                </Text>
                {next && (
                  <Badge variant="outline" color="teal.9" tt="none">
                    {t('dialogue.rounds.nextLabel')}
                  </Badge>
                )}
              </Group>
              <Group gap="xs">
                <TurnBadge state={turn.state} />
                {controls && <TurnButtons frame={frame} turn={turn} />}
              </Group>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}

/** A participant's own turn on their phone: big buttons, one tap. */
export function MyTurn({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const mark = useTurnMutation(frame);
  const round = frame.round;
  if (!round) return null;
  const mine = round.turns.find((x) => x.personId === frame.me.personId);
  if (!mine)
    return frame.me.takesPart ? null : <Text c="gray.7">{t('dialogue.rounds.mine.notInRound')}</Text>;
  const send = (state: TurnState) => mark.mutate({ roundId: round.id, personId: mine.personId, state });
  return (
    <Card withBorder padding="md" radius="md" bg="gray.0" component="section" aria-labelledby="my-turn">
      <Stack gap="sm">
        <Title order={3} size="h4" id="my-turn">
          {t('dialogue.rounds.mine.title')}
        </Title>
        <Text role="status" aria-live="polite" fw={500}>
          {mine.state !== 'waiting'
            ? t('dialogue.rounds.mine.done')
            : round.nextPersonId === mine.personId
              ? t('dialogue.rounds.mine.youAreNext')
              : ''}
        </Text>
        {mark.error && (
          <Alert color="red" role="alert">
            {errorMessage(t, mark.error)}
          </Alert>
        )}
        {mine.state === 'waiting' ? (
          <Group grow>
            <Button size="lg" onClick={() => send('spoken')} loading={mark.isPending}>
              {t('dialogue.rounds.mine.spoken')}
            </Button>
            <Button size="lg" variant="default" onClick={() => send('passed')}>
              {t('dialogue.rounds.mine.passed')}
            </Button>
          </Group>
        ) : (
          <Group justify="space-between">
            <TurnBadge state={mine.state} size="lg" />
            <Button variant="default" onClick={() => send('waiting')}>
              {t('dialogue.rounds.mine.undo')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Opening a round: a suggested prompt (by key, so every screen shows it in its own language) or one's own. */
export function NewRoundModal({
  frame,
  opened,
  onClose,
}: {
  frame: Frame;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = frame.conversation.id;
  const open = useFrameMutation(id, frameActions(id).openRound);
  const form = useForm<OpenRoundInput>({
    resolver: useZodResolver(openRoundInput),
    defaultValues: { prompt: '', promptKey: null },
  });
  const promptKey = form.watch('promptKey');
  const pick = (key: PromptKey) => {
    form.setValue('promptKey', key);
    form.setValue('prompt', t(`dialogue.prompts.${key}`), { shouldValidate: true });
  };
  const onSubmit = form.handleSubmit((values) =>
    open.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('dialogue.rounds.started'));
        form.reset({ prompt: '', promptKey: null });
        onClose();
      },
      onError: (err) => {
        const message = applyServerError(err, t, form.setError, ['prompt', 'promptKey']);
        if (message) form.setError('root', { message });
      },
    }),
  );
  const promptField = form.register('prompt', { onChange: () => form.setValue('promptKey', null) });
  return (
    <Modal opened={opened} onClose={onClose} title={t('dialogue.rounds.newRoundTitle')} size="lg">
      <FormShell
        onSubmit={onSubmit}
        error={form.formState.errors.root?.message}
        submitLabel={t('dialogue.rounds.start')}
        pending={open.isPending}
        onCancel={onClose}
      >
        {frame.round && <Text size="sm">{t('dialogue.rounds.replaceNote')}</Text>}
        <Stack gap={6} role="group" aria-label={t('dialogue.rounds.suggestionsLabel')}>
          <Text size="sm" fw={500}>
            {t('dialogue.rounds.suggestions')}
          </Text>
          <Group gap={6}>
            {PROMPT_KEYS.map((key) => (
              <Chip
                key={key}
                checked={promptKey === key}
                onChange={() => pick(key)}
                variant="outline"
                size="sm"
              >
                {t(`dialogue.prompts.${key}`).split(':')[0]}
              </Chip>
            ))}
          </Group>
        </Stack>
        <Textarea
          label={t('dialogue.rounds.prompt')}
          description={t('dialogue.rounds.promptHelp')}
          autosize
          minRows={2}
          {...promptField}
          error={form.formState.errors.prompt?.message}
          data-autofocus
        />
      </FormShell>
    </Modal>
  );
}

export function CloseRoundButton({ frame, size = 'sm' }: { frame: Frame; size?: 'sm' | 'md' }) {
  const { t } = useI18n();
  const id = frame.conversation.id;
  const close = useFrameMutation(id, frameActions(id).closeRound);
  if (!frame.round) return null;
  const roundId = frame.round.id;
  return (
    <Button
      size={size}
      variant="default"
      onClick={() => close.mutate(roundId, { onSuccess: () => notifySuccess(t('dialogue.rounds.closed')) })}
      loading={close.isPending}
    >
      {t('dialogue.rounds.close')}
    </Button>
  );
}

export function RoundHistory({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('dialogue.rounds.history')}</Title>
      {frame.history.length === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dialogue.rounds.historyEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {frame.history.map((r) => (
            <Stack key={r.id} component="li" gap={0}>
              <Text size="sm" fw={600}>
                {t('dialogue.rounds.round', { n: r.number })}: {promptText(t, r)}
              </Text>
              <Text size="sm" c="gray.7">
                {t('dialogue.rounds.historyLine', r.counts)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
