import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { Section } from '../../../web/components/page-header';
import { notifySuccess } from '../../../web/components/notify';
import type { FeedAnswer, WheelAnswer } from '../answers';
import { refreshWheel } from './api';

/** The person's own secret calendar address of the unit's wheel: made (shown once), renewed, stopped. */
export function FeedSection({ wheel }: { wheel: WheelAnswer }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: () => post<FeedAnswer>(`/units/${wheel.unit.id}/year-wheel/feed`),
    onSuccess: async (answer) => {
      setUrl(answer.feed.url);
      await refreshWheel(queryClient);
    },
  });
  const stop = useMutation({
    mutationFn: () => del(`/units/${wheel.unit.id}/year-wheel/feed`),
    onSuccess: async () => {
      setUrl(null);
      notifySuccess(t('yearWheel.feed.revoked'));
      await refreshWheel(queryClient);
    },
  });
  const error = make.error ?? stop.error;
  return (
    <Section title={t('yearWheel.feed.title')} id="year-wheel-feed">
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('yearWheel.feed.intro')}
        </Text>
        {url ? (
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                label={t('yearWheel.feed.url')}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'filled'} onClick={copy}>
                    {copied ? t('yearWheel.feed.copied') : t('yearWheel.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('yearWheel.feed.once')}</Text>
          </Stack>
        ) : (
          <Text size="sm">
            {wheel.feed
              ? t('yearWheel.feed.active', { date: formatDate(wheel.feed.createdAt) })
              : t('yearWheel.feed.none')}
          </Text>
        )}
        <Group gap="sm">
          <Button
            variant={wheel.feed ? 'default' : 'filled'}
            onClick={() => make.mutate()}
            loading={make.isPending}
          >
            {wheel.feed ? t('yearWheel.feed.renew') : t('yearWheel.feed.create')}
          </Button>
          {wheel.feed && (
            <Button variant="subtle" color="red" onClick={() => stop.mutate()} loading={stop.isPending}>
              {t('yearWheel.feed.revoke')}
            </Button>
          )}
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
