import { List, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { useHistory } from './api';

/** Who changed what and when: field names and status steps, not the texts. */
export function History({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const history = useHistory(id, true);
  const events = history.data?.events ?? [];
  if (events.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('competence.history.empty')}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {[...events].reverse().map((e) => (
        <List.Item key={e.version}>
          {formatDate(e.at, 'dateTime')} · {e.actor?.name ?? '–'} ·{' '}
          {e.status
            ? t('competence.history.status', {
                from: t(`competence.status.${e.status.from as 'draft'}`),
                to: t(`competence.status.${e.status.to as 'draft'}`),
              })
            : [
                e.title ? t('competence.history.titleChanged') : null,
                e.fields.length ? t('competence.history.fields', { count: e.fields.length }) : null,
              ]
                .filter(Boolean)
                .join(', ')}
        </List.Item>
      ))}
    </List>
  );
}
