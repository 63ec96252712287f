import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, get } from '../../../web/lib/api';
import { NotFoundPage } from '../../../web/pages/not-found';
import { readableColors } from '../../auth/web/index';
import type { OutboxAnswer } from '../answers';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g;

/** A mail's plain text with its web addresses as links (sign-in links were taken out by the server). */
function MailText({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <Anchor key={i} href={part}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </Text>
  );
}

/** What MUP would have mailed in the organisation, for its admins, in the demo and development. */
export function OutboxPage() {
  const { t, formatDate } = useI18n();
  const outbox = useQuery({
    queryKey: ['outbox'],
    queryFn: () => get<OutboxAnswer>('/outbox'),
    staleTime: 0,
  });

  if (outbox.error instanceof ApiError && outbox.error.status === 404) return <NotFoundPage />;

  return (
    <Stack gap="md" maw={820} style={readableColors}>
      <Stack gap={4}>
        <Title order={2}>{t('mail.outbox.title')}</Title>
        <Text c="gray.7">{t('mail.outbox.intro')}</Text>
      </Stack>
      {outbox.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader size="sm" mr="sm" />
          <Text c="gray.7">{t('common.states.loading')}</Text>
        </Center>
      ) : outbox.error ? (
        <Alert color="red" role="alert" title={t('common.states.errorTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(t, outbox.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void outbox.refetch()}>
              {t('common.actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : outbox.data.mails.length === 0 ? (
        <Text c="gray.7">{t('mail.outbox.empty')}</Text>
      ) : (
        <Accordion variant="separated" chevronPosition="right" aria-label={t('mail.outbox.listLabel')}>
          {outbox.data.mails.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {mail.subject}
                  </Text>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {t('mail.outbox.to', { to: mail.to })}
                    </Text>
                    <Text size="sm" c="gray.7">
                      {formatDate(mail.createdAt, 'dateTime')}
                    </Text>
                    <Badge size="sm" variant="filled" color={mail.sentAt ? 'teal.9' : 'gray.7'}>
                      {mail.sentAt ? t('mail.outbox.sent') : t('mail.outbox.queued')}
                    </Badge>
                    {mail.hasCalendar && (
                      <Badge size="sm" variant="filled" color="blue.9">
                        {t('mail.outbox.calendar')}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  {mail.linkRemoved && (
                    <Text size="sm" c="gray.7">
                      {t('mail.outbox.linkRemoved')}
                    </Text>
                  )}
                  <MailText text={mail.text} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
