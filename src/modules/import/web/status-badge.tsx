import { Badge } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { ImportView } from '../answers';

// Dark shades under white text keep the badge readable (WCAG AA).
const COLORS = { previewed: 'blue.9', running: 'indigo.9', done: 'teal.9', failed: 'red.9' } as const;

/** The import's state in a word; a preview with errors says so. */
export function StatusBadge({ imp }: { imp: Pick<ImportView, 'status' | 'errorCount'> }) {
  const { t } = useI18n();
  const hasErrors = imp.status === 'previewed' && imp.errorCount > 0;
  return (
    <Badge
      color={hasErrors ? 'red.9' : COLORS[imp.status]}
      variant="filled"
      size="lg"
      style={{ flexShrink: 0 }}
    >
      {hasErrors ? t('import.status.previewedErrors') : t(`import.status.${imp.status}`)}
    </Badge>
  );
}
