import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage, useI18n } from '../i18n';
import { ApiError } from '../lib/api';
import { notifySuccess } from '../components/notify';
import { flushSoon, keepFlushing, onSent } from './flush';
import { onQueueChange, queuedWrites, removeWrite, type QueuedWrite } from './queue';
import { INSTALL_DECLINED_KEY, setAppStatus, useAppStatus, useOnline } from './status';

/** A person's queued writes, kept current as they are added, sent or refused (in any tab). */
export function useQueuedWrites(personId: string): QueuedWrite[] {
  const [writes, setWrites] = useState<QueuedWrite[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void queuedWrites(personId).then((w) => live && setWrites(w));
    load();
    const stop = onQueueChange(load);
    return () => {
      live = false;
      stop();
    };
  }, [personId]);
  return writes;
}

/**
 * Above every signed-in page: that the device is offline, what waits to be sent, a new version
 * ready to load, the offer to install. Also sends the person's queue whenever it can.
 */
export function OfflinePanel({ personId }: { personId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const queryClient = useQueryClient();
  const writes = useQueuedWrites(personId);

  useEffect(() => {
    const stopSent = onSent(() => {
      notifySuccess(t('offline.queue.sent'));
      void queryClient.invalidateQueries();
    });
    const stop = keepFlushing(personId);
    return () => {
      stop();
      stopSent();
    };
  }, [personId, queryClient, t]);

  return (
    <Stack gap="sm" mb={writes.length > 0 || !online ? 'md' : 0} className="no-print">
      {!online && (
        <Alert color="yellow" variant="light" role="status" title={t('offline.banner.title')}>
          {t('offline.banner.body')}
        </Alert>
      )}
      <UpdateAndInstall />
      {writes.length > 0 && <QueuedList writes={writes} online={online} personId={personId} />}
    </Stack>
  );
}

function UpdateAndInstall() {
  const { t } = useI18n();
  const { update, install } = useAppStatus();
  const declineInstall = useCallback(() => {
    localStorage.setItem(INSTALL_DECLINED_KEY, String(Date.now()));
    setAppStatus({ install: null });
  }, []);
  return (
    <>
      {update && (
        <Alert color="blue" variant="light" role="status">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('offline.update.text')}</Text>
            <Button size="xs" onClick={update}>
              {t('offline.update.action')}
            </Button>
          </Group>
        </Alert>
      )}
      {install && (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm" style={{ flex: '1 1 16rem' }}>
              {t('offline.install.text')}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={declineInstall}>
                {t('offline.install.later')}
              </Button>
              <Button
                size="xs"
                onClick={() => {
                  void install.prompt();
                  void install.userChoice.then(({ outcome }) => {
                    // Declined in the browser's own dialog is a "not now" too.
                    if (outcome === 'dismissed') declineInstall();
                    else setAppStatus({ install: null });
                  });
                }}
              >
                {t('offline.install.action')}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </>
  );
}

function QueuedList({
  writes,
  online,
  personId,
}: {
  writes: QueuedWrite[];
  online: boolean;
  personId: string;
}) {
  const { t, formatDate } = useI18n();
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="offline-queue-title">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="offline-queue-title">
            {t('offline.queue.title')} ({writes.length})
          </Title>
          {online && writes.some((w) => !w.refused) && (
            <Button size="xs" variant="default" onClick={() => flushSoon(personId)}>
              {t('offline.queue.sendNow')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          {t('offline.queue.intro')}
        </Text>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {writes.map((w) => (
            <Paper
              component="li"
              key={w.seq}
              withBorder
              p="xs"
              radius="sm"
              aria-label={t(`offline.kinds.${w.kind}`)}
            >
              <Stack gap={4}>
                <Group gap="xs" justify="space-between">
                  <Text size="sm" fw={600}>
                    {t(`offline.kinds.${w.kind}`)}
                  </Text>
                  <Badge color={w.refused ? 'red' : 'gray'} variant="light" autoContrast tt="none">
                    {w.refused ? t('offline.queue.refused') : t('offline.queue.waiting')}
                  </Badge>
                </Group>
                {w.refused && (
                  <Text size="sm" c="red.9" role="alert">
                    {errorMessage(
                      t,
                      new ApiError(w.refused.status, w.refused.code, w.refused.reason, w.refused.message),
                    )}{' '}
                    {t('offline.queue.refusedIntro')}
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {w.text}
                </Text>
                <Group gap="xs" justify="space-between">
                  <Text size="xs" c="gray.7">
                    {t('offline.queue.writtenAt', { when: formatDate(w.createdAt, 'dateTime') })}
                  </Text>
                  {w.refused && <RefusedActions write={w} />}
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function RefusedActions({ write }: { write: QueuedWrite }) {
  const { t } = useI18n();
  return (
    <Group gap="xs">
      <Anchor size="sm" component={Link} to={write.from}>
        {t('offline.queue.open')}
      </Anchor>
      <Button
        size="xs"
        variant="default"
        onClick={() =>
          void navigator.clipboard?.writeText(write.text).then(() => notifySuccess(t('offline.queue.copied')))
        }
      >
        {t('offline.queue.copy')}
      </Button>
      <Button size="xs" variant="default" onClick={() => void removeWrite(write.seq!)}>
        {t('offline.queue.remove')}
      </Button>
    </Group>
  );
}
