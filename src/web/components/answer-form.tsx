import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { errorMessage, useI18n } from '../i18n';
import { PageHeader } from './page-header';

/** One question: its label (numbered by the form) and whether it may be left blank. */
export interface AnswerItem {
  key: string;
  label: string;
  optional: boolean;
}

export interface AnswerTexts {
  intro: string;
  /** The scale in words, shown once above the questions. */
  scale: string;
  /** Added to an optional question's label. */
  optional: string;
  /** Under a required question left blank, and above the form. */
  missing: string;
  missingAll: string;
  submit: string;
  thanks: string;
  thanksText: string;
  /** The answer waits on the device (no connection) and goes when the connection returns. */
  queued: string;
  answered: string;
  closed: string;
  comment?: { label: string; help: string; maxLength: number };
}

export type AnswerSent = 'sent' | 'queued';

/**
 * The anonymous answer on a phone — a meeting evaluation, a safety check, a survey: one question
 * under the other, big targets, one button. The pages around it say where the answer goes (a
 * signed-in round, a personal link, HR's token) and in which words.
 */
export function AnswerForm({
  title,
  subtitle,
  status,
  items,
  values,
  valueLabel,
  texts,
  send,
}: {
  title: string;
  subtitle?: ReactNode;
  status: 'open' | 'closed' | 'answered';
  items: AnswerItem[];
  /** The scale's points, lowest first. */
  values: number[];
  /** A point's name, read out with its number where the scale names it. */
  valueLabel?: (value: number) => string | undefined;
  texts: AnswerTexts;
  send: (answer: { scores: (number | null)[]; comment: string | undefined }) => Promise<AnswerSent>;
}) {
  const { t } = useI18n();
  const [scores, setScores] = useState<(string | null)[]>(() => items.map(() => null));
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = useMutation({
    // Written without a connection, the answer waits on the device (the page's `send` decides).
    networkMode: 'always',
    mutationFn: () =>
      send({
        scores: scores.map((s) => (s === null ? null : Number(s))),
        comment: texts.comment && comment.trim() ? comment : undefined,
      }),
  });

  if (submit.isSuccess || status !== 'open') {
    const done = submit.data;
    const text =
      done === 'sent'
        ? texts.thanksText
        : done === 'queued'
          ? texts.queued
          : status === 'answered'
            ? texts.answered
            : texts.closed;
    return (
      <Stack gap="lg" maw={640}>
        <PageHeader title={title} />
        <Alert
          color={done || status === 'answered' ? 'teal' : 'gray'}
          title={done ? texts.thanks : undefined}
          role="status"
        >
          {text}
        </Alert>
      </Stack>
    );
  }

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (scores.some((s, i) => s === null && !items[i]!.optional)) return setMissing(true);
    setMissing(false);
    submit.mutate();
  };

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={title}>{subtitle}</PageHeader>
      <Text size="sm">{texts.intro}</Text>
      <form noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          {missing && (
            <Alert color="red" role="alert">
              {texts.missingAll}
            </Alert>
          )}
          {submit.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, submit.error)}
            </Alert>
          )}
          <Text size="xs" c="gray.7">
            {texts.scale}
          </Text>
          {items.map((item, i) => (
            <Radio.Group
              key={item.key}
              name={`item-${i}`}
              label={`${i + 1}. ${item.label}${item.optional ? ` ${texts.optional}` : ''}`}
              value={scores[i] ?? null}
              onChange={(v) => setScores((prev) => prev.map((s, j) => (j === i ? v : s)))}
              required={!item.optional}
              error={missing && scores[i] === null && !item.optional ? texts.missing : undefined}
            >
              <Group gap="lg" mt={6}>
                {values.map((v) => {
                  const name = valueLabel?.(v);
                  return (
                    <Radio
                      key={v}
                      value={String(v)}
                      label={String(v)}
                      aria-label={name ? `${v} – ${name}` : undefined}
                      styles={{ radio: { width: 28, height: 28 }, label: { fontSize: 18 } }}
                    />
                  );
                })}
              </Group>
            </Radio.Group>
          ))}
          {texts.comment && (
            <Textarea
              label={texts.comment.label}
              description={texts.comment.help}
              autosize
              minRows={2}
              maxLength={texts.comment.maxLength}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
          )}
          <Button type="submit" size="md" loading={submit.isPending}>
            {texts.submit}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
