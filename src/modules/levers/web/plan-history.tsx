import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { LoadError, Loading } from '../../../web/components/states';
import { useHistory } from './api';

/** Who changed the plan and when, loaded when asked for. */
export function PlanHistory({ planId }: { planId: string }) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState(false);
  const history = useHistory(planId, open);
  return (
    <Stack gap="xs" component="section" aria-labelledby="lever-plan-history">
      <Title order={3} size="h4" id="lever-plan-history">
        {t('levers.plan.history')}
      </Title>
      <Button
        variant="subtle"
        size="compact-sm"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
      >
        {open ? t('levers.plan.hideHistory') : t('levers.plan.showHistory')}
      </Button>
      {open &&
        (history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <LoadError error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.events.length === 0 ? (
          <Text c="gray.7">{t('levers.plan.historyEmpty')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {history.data.events.map((e, i) => (
              <List.Item key={`${e.at}-${i}`}>
                <time dateTime={e.at}>{formatDate(e.at, 'dateTime')}</time> ·{' '}
                {e.actor?.name ?? t('levers.history.someone')}{' '}
                {t(`levers.history.${e.action.replace('.', '_')}` as MessageKey)}
                {e.lever ? `: ${t(`levers.items.${e.lever}.name`)}` : ''}
              </List.Item>
            ))}
          </List>
        ))}
    </Stack>
  );
}
