import { Badge } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { Level } from '../constants';

/** A level never told by colour alone: a shape and the word go with it. */
export const LEVEL_MARK: Record<Level, string> = { red: '●', yellow: '▲', green: '■' };
const COLOR: Record<Level, string> = { red: 'red', yellow: 'yellow', green: 'green' };

export function LevelBadge({ level }: { level: Level }) {
  const { t } = useI18n();
  return (
    <Badge
      color={COLOR[level]}
      variant="light"
      autoContrast
      leftSection={<span aria-hidden>{LEVEL_MARK[level]}</span>}
    >
      {t(`progression.levels.${level}`)}
    </Badge>
  );
}
