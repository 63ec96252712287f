import { Alert, Badge, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, get } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { DIALOGUE_LIMITS } from '../constants';
import type { Frame } from '../answers';
import { frameActions, frameKey, useFrameMutation } from './api';

/** The purpose; the one leading the meeting writes it, against the version they started from. */
export function Purpose({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const id = frame.conversation.id;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const [theirs, setTheirs] = useState<{ purpose: string; version: number } | null>(null);
  const save = useFrameMutation(id, frameActions(id).savePurpose);

  const submit = (version: number) => {
    if (!draft) return;
    save.mutate(
      { purpose: draft.text, version },
      {
        onSuccess: () => {
          setDraft(null);
          setTheirs(null);
          notifySuccess(t('dialogue.stage.purposeSaved'));
        },
        onError: async (err) => {
          // The 409 names the purpose as it stands; ApiError keeps only the common fields, so read it again.
          if (err instanceof ApiError && err.reason === 'stale_version') {
            const fresh = await get<Frame>(`/conversations/${id}/dialogue`);
            queryClient.setQueryData(frameKey(id), fresh);
            setTheirs({ purpose: fresh.purpose, version: fresh.version });
          }
        },
      },
    );
  };

  if (!draft) {
    return (
      <Stack gap="xs">
        <Title order={4}>{t('dialogue.stage.purpose')}</Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} c={frame.purpose ? undefined : 'gray.7'}>
          {frame.purpose || t('dialogue.stage.purposeEmpty')}
        </Text>
        {frame.can.editPurpose && (
          <Group>
            <Button variant="default" onClick={() => setDraft({ text: frame.purpose, base: frame.version })}>
              {t('dialogue.stage.editPurpose')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }
  const tooLong = draft.text.length > DIALOGUE_LIMITS.purpose;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('dialogue.stage.purpose')}
        description={t('dialogue.stage.purposeHelp')}
        autosize
        minRows={3}
        value={draft.text}
        onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
        error={tooLong ? t('common.form.tooLong', { max: DIALOGUE_LIMITS.purpose }) : undefined}
      />
      {theirs ? (
        <Alert color="yellow" role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('dialogue.stage.conflict')}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} fw={500}>
              {theirs.purpose || t('dialogue.stage.purposeEmpty')}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => (setDraft(null), setTheirs(null))}>
                {t('dialogue.stage.useCurrent')}
              </Button>
              <Button size="xs" onClick={() => submit(theirs.version)} loading={save.isPending}>
                {t('dialogue.stage.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        save.error && (
          <Alert color="red" role="alert">
            {errorMessage(t, save.error)}
          </Alert>
        )
      )}
      {!theirs && (
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setDraft(null)}>
            {t('common.actions.cancel')}
          </Button>
          <Button onClick={() => submit(draft.base)} loading={save.isPending} disabled={tooLong}>
            {t('dialogue.stage.savePurpose')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function Agenda({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('dialogue.stage.agenda')}</Title>
      {frame.agenda.length === 0 ? (
        <Text c="gray.7">{t('dialogue.stage.agendaEmpty')}</Text>
      ) : (
        <List type="ordered" spacing={4}>
          {frame.agenda.map((a) => (
            <List.Item key={a.id} style={a.done ? { textDecoration: 'line-through' } : undefined}>
              {a.text}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function People({ frame }: { frame: Frame }) {
  const { t } = useI18n();
  const you = (id: string) => (id === frame.me.personId ? ` ${t('dialogue.frame.you')}` : '');
  const others = frame.participants.filter((p) => !frame.facilitators.some((f) => f.id === p.id));
  return (
    <Stack gap="xs">
      <Title order={4}>{t('dialogue.stage.facilitator')}</Title>
      <Group gap="xs">
        {frame.facilitators.map((f) => (
          <Badge key={f.id} size="lg" variant="filled" color="teal.9" tt="none">
            {f.name}
            {you(f.id)}
          </Badge>
        ))}
      </Group>
      <Title order={4}>{t('dialogue.stage.participants')}</Title>
      <Group gap="xs">
        {others.map((p) => (
          <Badge key={p.id} size="lg" variant="outline" color="dark" tt="none">
            {p.name}
            {you(p.id)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
