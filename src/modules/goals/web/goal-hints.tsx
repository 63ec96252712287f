import { Alert, List } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { GoalHintCode } from '../hints';

/** The gentle questions for a goal as written so far; announced politely, never blocking. */
export function GoalHints({ hints }: { hints: readonly GoalHintCode[] }) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {hints.length > 0 && (
        <Alert color="blue" variant="light" title={t('goals.form.hintsTitle')}>
          <List size="sm" spacing={4}>
            {hints.map((code) => (
              <List.Item key={code}>{t(`goals.hints.${code}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
