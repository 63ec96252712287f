import type { CSSProperties } from 'react';

/**
 * Mantine's default dimmed (gray 6) and error (red 6) colours fall below the WCAG AA contrast of
 * 4.5:1 on white and light gray; inside this module's pages they resolve to darker shades.
 */
export const readableColors = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-color-error': 'var(--mantine-color-red-8)',
} as CSSProperties;
