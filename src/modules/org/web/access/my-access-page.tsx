import { Stack, Table, Text, Title } from '@mantine/core';
import { useI18n, type Translate } from '../../../../web/i18n';
import { useAccessLog } from '../api';
import { ACTION_TEXT } from './action-texts';
import { Empty, LoadError, Loading } from '../../../../web/components/states';

function actionText(t: Translate, action: string): string {
  const key = ACTION_TEXT[action as keyof typeof ACTION_TEXT];
  return key ? t(key) : t('org.access.actions.other', { action });
}

/** "Who has viewed my record": reads of my record by others, a line per reader, kind and day, newest first. */
export function MyAccessPage() {
  const { t, formatDate } = useI18n();
  const log = useAccessLog();

  return (
    <Stack>
      <Stack gap={4}>
        <Title order={2}>{t('org.access.title')}</Title>
        <Text c="gray.7" maw={720}>
          {t('org.access.intro')}
        </Text>
      </Stack>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.length === 0 ? (
        <Empty>{t('org.access.empty')}</Empty>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('org.access.columns.at')}</Table.Th>
              <Table.Th scope="col">{t('org.access.columns.actor')}</Table.Th>
              <Table.Th scope="col">{t('org.access.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('org.access.columns.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((event, i) => (
              <Table.Tr key={`${event.at}-${i}`}>
                <Table.Td>
                  <time dateTime={event.at}>{formatDate(event.at, 'dateTime')}</time>
                </Table.Td>
                <Table.Td>{event.actor?.name || t('org.access.unknownActor')}</Table.Td>
                <Table.Td>{actionText(t, event.action)}</Table.Td>
                <Table.Td>{event.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
