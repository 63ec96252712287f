import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, get, patch, put } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { CONVERSATION_LIMITS } from '../validation';
import type { ConversationCore, ConversationDetail, PrivateNoteAnswer } from '../answers';
import { isTeamView } from './api';
import { useSetDetail } from './agenda';

type Stored = ConversationCore & { sharedNotes: string; summary: string };

/**
 * A shared text (the notes or the summary) saved against the version read. When the other person
 * saved meanwhile, their text is shown beside mine and nothing typed is lost.
 */
export function SharedText({
  detail,
  field,
  label,
  help,
  saveLabel,
  savedLabel,
}: {
  detail: ConversationDetail;
  field: 'sharedNotes' | 'summary';
  label: string;
  help: string;
  saveLabel: string;
  savedLabel: string;
}) {
  const { t } = useI18n();
  const id = detail.conversation.id;
  const setDetail = useSetDetail(id);
  const [text, setText] = useState(detail.conversation[field]);
  // The stored text and version my editing started from; another field's save does not make it stale.
  const [startedFrom, setStartedFrom] = useState(detail.conversation[field]);
  const [base, setBase] = useState(detail.conversation.version);
  const version =
    detail.conversation[field] === startedFrom ? Math.max(base, detail.conversation.version) : base;
  const [theirs, setTheirs] = useState<Stored | null>(null);
  const max = field === 'summary' ? CONVERSATION_LIMITS.summary : CONVERSATION_LIMITS.notes;
  const save = useMutation({
    mutationFn: () => patch<ConversationDetail>(`/conversations/${id}`, { version, [field]: text }),
    onSuccess: (d) => {
      setDetail(d);
      setBase(d.conversation.version);
      setStartedFrom(d.conversation[field]);
      setTheirs(null);
      notifySuccess(savedLabel);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'stale_version') void loadTheirs();
    },
  });
  // ApiError keeps only the common fields of the 409, so the stored text is read again.
  async function loadTheirs() {
    const fresh = await get<ConversationDetail>(`/conversations/${id}`);
    setDetail(fresh);
    setTheirs(fresh.conversation);
    setBase(fresh.conversation.version);
    setStartedFrom(fresh.conversation[field]);
  }
  if (!detail.can.edit) {
    return (
      <Stack gap={4}>
        <Text fw={600}>{label}</Text>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {detail.conversation[field] || '–'}
        </Text>
      </Stack>
    );
  }
  const stale = theirs !== null;
  return (
    <Stack gap="xs">
      {stale && (
        <Alert
          color="yellow"
          title={
            isTeamView(detail) ? t('conversations.team.staleTitle') : t('conversations.during.staleTitle')
          }
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">{t('conversations.during.staleText')}</Text>
            <Paper withBorder p="xs">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {theirs[field]}
              </Text>
            </Paper>
            <Button
              size="xs"
              variant="default"
              onClick={() => setText(`${theirs[field]}\n\n${text}`.slice(0, max))}
            >
              {t('conversations.during.useBoth')}
            </Button>
          </Stack>
        </Alert>
      )}
      {save.error && !stale ? (
        <Alert color="red" role="alert">
          {errorMessage(t, save.error)}
        </Alert>
      ) : null}
      <Textarea
        label={label}
        description={help}
        styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={4}
        maxLength={max}
      />
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!stale && text === startedFrom}
        >
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** My private note: only its author ever sees it. */
export function PrivateNote({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  const id = detail.conversation.id;
  const [text, setText] = useState(detail.privateNote?.text ?? '');
  const [saved, setSaved] = useState(detail.privateNote?.text ?? '');
  const save = useMutation({
    mutationFn: () => put<PrivateNoteAnswer>(`/conversations/${id}/private-note`, { text }),
    onSuccess: (r) => {
      setSaved(r.privateNote.text);
      notifySuccess(t('conversations.during.privateSaved'));
    },
  });
  if (!detail.privateNote) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="yellow.0"
      component="section"
      aria-labelledby="private-note-title"
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={4} id="private-note-title">
            {t('conversations.during.privateTitle')}
          </Title>
          <Badge color="grape.9" variant="filled">
            {t('conversations.during.privateBadge')}
          </Badge>
        </Group>
        {save.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, save.error)}
          </Alert>
        ) : null}
        <Textarea
          aria-labelledby="private-note-title"
          styles={{ description: { color: 'var(--mantine-color-gray-9)' } }}
          description={
            isTeamView(detail) ? t('conversations.team.privateHelp') : t('conversations.during.privateHelp')
          }
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={CONVERSATION_LIMITS.privateNote}
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={text === saved}
          >
            {t('conversations.during.savePrivate')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
