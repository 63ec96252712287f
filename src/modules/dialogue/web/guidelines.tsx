import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { DIALOGUE_LIMITS, SUGGESTED_GUIDELINE_KEYS } from '../constants';
import { guidelinesInput, type GuidelinesInput } from '../validation';
import type { Frame, GuidelineList } from '../answers';
import { frameActions, frameKey, saveGuidelines, useFrameMutation } from './api';

/** The team's guidelines in order; the one leading the meeting can point to one (or stop pointing). */
export function Guidelines({ frame, pointable }: { frame: Frame; pointable: boolean }) {
  const { t } = useI18n();
  const id = frame.conversation.id;
  const highlight = useFrameMutation(id, frameActions(id).highlight);
  if (!frame.team || !frame.guidelines) return <Text c="gray.7">{t('dialogue.guidelines.noTeam')}</Text>;
  if (frame.guidelines.items.length === 0) return <Text c="gray.7">{t('dialogue.guidelines.none')}</Text>;
  const current = frame.highlight?.guidelineId ?? null;
  return (
    <Stack gap="xs">
      {highlight.error && (
        <Alert color="red" role="alert">
          {errorMessage(t, highlight.error)}
        </Alert>
      )}
      <List type="ordered" spacing={6}>
        {frame.guidelines.items.map((g) => {
          const on = g.id === current;
          return (
            <List.Item key={g.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={on ? 700 : 400}>{g.text}</Text>
                {on && (
                  <Badge color="yellow.4" c="dark" tt="none">
                    {t('dialogue.guidelines.pointed')}
                  </Badge>
                )}
                {pointable &&
                  (on ? (
                    <Button size="compact-sm" variant="default" onClick={() => highlight.mutate(null)}>
                      {t('dialogue.guidelines.unpoint')}
                    </Button>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => highlight.mutate(g.id)}
                      aria-label={t('dialogue.guidelines.pointLabel', { text: g.text })}
                    >
                      {t('dialogue.guidelines.point')}
                    </Button>
                  ))}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

const toForm = (list: GuidelineList): GuidelinesInput => ({
  version: list.version,
  items: list.items.map((i) => ({ id: i.id, text: i.text })),
});

/** Writing the team's list together: reorder, reword, add from suggestions; saved against the version read. */
export function GuidelinesEditor({
  frame,
  opened,
  onClose,
}: {
  frame: Frame;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const list = frame.guidelines!;
  const teamId = frame.team!.id;
  const form = useForm<GuidelinesInput>({
    resolver: useZodResolver(guidelinesInput),
    defaultValues: toForm(list),
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const [theirs, setTheirs] = useState<GuidelineList | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const full = items.fields.length >= DIALOGUE_LIMITS.guidelines;
  const texts = form.watch('items').map((i) => i.text.trim());

  const onSubmit = form.handleSubmit(async (values) => {
    setPending(true);
    setError(null);
    try {
      await saveGuidelines(teamId, values);
      await queryClient.invalidateQueries({ queryKey: frameKey(frame.conversation.id) });
      notifySuccess(t('dialogue.guidelines.saved'));
      setTheirs(null);
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'stale_version') {
        // Someone saved first: show their list; starting again from it keeps nothing silently.
        const fresh = await queryClient.fetchQuery({
          queryKey: frameKey(frame.conversation.id),
          staleTime: 0,
        });
        setTheirs((fresh as Frame).guidelines);
      } else setError(errorMessage(t, err));
    } finally {
      setPending(false);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('dialogue.guidelines.editTitle')} size="lg">
      <FormShell
        onSubmit={onSubmit}
        error={error}
        submitLabel={t('dialogue.guidelines.save')}
        pending={pending}
        onCancel={onClose}
      >
        <Text size="sm">{t('dialogue.guidelines.editIntro')}</Text>
        {theirs && (
          <Alert color="yellow" role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('dialogue.guidelines.conflict')}</Text>
              <List type="ordered" size="sm">
                {theirs.items.map((i) => (
                  <List.Item key={i.id}>{i.text}</List.Item>
                ))}
              </List>
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => (form.reset(toForm(theirs)), setTheirs(null))}
                >
                  {t('dialogue.guidelines.useCurrent')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Stack gap="xs">
          {items.fields.map((field, n) => (
            <Group key={field.id} gap={6} align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('dialogue.guidelines.item', { n: n + 1 })}
                {...form.register(`items.${n}.text`)}
                error={form.formState.errors.items?.[n]?.text?.message}
              />
              <Group gap={2} mt={24} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={n === 0}
                  onClick={() => items.move(n, n - 1)}
                  aria-label={t('dialogue.guidelines.moveUp', { n: n + 1 })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={n === items.fields.length - 1}
                  onClick={() => items.move(n, n + 1)}
                  aria-label={t('dialogue.guidelines.moveDown', { n: n + 1 })}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  onClick={() => items.remove(n)}
                  aria-label={t('dialogue.guidelines.remove', { n: n + 1 })}
                >
                  ×
                </ActionIcon>
              </Group>
            </Group>
          ))}
          <Group>
            <Button variant="default" size="sm" disabled={full} onClick={() => items.append({ text: '' })}>
              {t('dialogue.guidelines.add')}
            </Button>
            {full && (
              <Text size="sm">{t('dialogue.guidelines.max', { max: DIALOGUE_LIMITS.guidelines })}</Text>
            )}
          </Group>
        </Stack>
        <Card withBorder padding="sm" bg="gray.0">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('dialogue.guidelines.suggestions')}
            </Text>
            {SUGGESTED_GUIDELINE_KEYS.map((key) => {
              const text = t(`dialogue.suggestedGuidelines.${key}`);
              if (texts.includes(text)) return null;
              return (
                <Button
                  key={key}
                  size="compact-sm"
                  variant="subtle"
                  justify="flex-start"
                  disabled={full}
                  onClick={() => items.append({ text })}
                  aria-label={t('dialogue.guidelines.addSuggestion', { text })}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  h="auto"
                  py={4}
                >
                  + {text}
                </Button>
              );
            })}
          </Stack>
        </Card>
      </FormShell>
    </Modal>
  );
}
