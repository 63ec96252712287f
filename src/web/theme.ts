import { CloseButton, createTheme, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

/**
 * A calm green; shade 9 keeps white text on buttons and teal links above WCAG AA's 4.5:1.
 * `closeLabel` names every close button (notifications, dialogs) in the person's language.
 */
export function buildTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'teal',
    primaryShade: 9,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'md',
    components: {
      Anchor: { defaultProps: { c: 'teal.9' } },
      CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': closeLabel } as never }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
    },
  });
}

/** Mantine's default dimmed grey, error red and light-variant text fall below 4.5:1 on their backgrounds. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-red-text': '#c92a2a',
    '--mantine-primary-color-light-color': '#065f46',
    '--mantine-color-teal-light-color': '#065f46',
  },
  dark: {},
});
