import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * The small red "remove" of a row. Its accessible name says what is removed (`label`), as a list
 * of rows each with a bare "Remove" would not tell a screen reader which one it is.
 */
export function RemoveButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Button size="compact-sm" variant="subtle" color="red" c="red.9" aria-label={label} onClick={onClick}>
      {children ?? t('common.actions.remove')}
    </Button>
  );
}
