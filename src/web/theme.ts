import {
  CloseButton,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  Modal,
  PasswordInput,
  Notification,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * How much darker a filled button or badge gets under the pointer. Mantine's own hover for shade 9
 * is the lighter shade 8, which takes white text below 4.5:1 (teal 3.95:1, red 4.51:1): a darker
 * hover keeps at least the contrast of the resting colour.
 */
export const FILLED_HOVER_DARKEN = 0.12;

/** Mantine's colours per variant, with the filled variant's hover made darker, never lighter. */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'filled') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  return parsed.isThemeColor ? { ...colors, hover: darken(parsed.value, FILLED_HOVER_DARKEN) } : colors;
};

/**
 * A calm green; shade 9 keeps white text on buttons and teal links above WCAG AA's 4.5:1.
 * `closeLabel` names every close button (notifications, dialogs) in the person's language.
 * Dialogs and menus open without motion for people who ask their system for reduced motion.
 */
export function buildTheme(closeLabel: string, togglePasswordLabel = closeLabel) {
  return createTheme({
    primaryColor: 'teal',
    primaryShade: 9,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'md',
    respectReducedMotion: true,
    variantColorResolver,
    components: {
      Anchor: { defaultProps: { c: 'teal.9' } },
      CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': closeLabel } as never }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      // A wide table's container scrolls itself (natively) rather than through an inner ScrollArea
      // viewport: the container is what takes focus (tabIndex, role region, a name), so the arrow
      // keys then scroll the table on a phone; with the viewport inside, they scrolled nothing.
      // (A plain entry, not Table.ScrollContainer.extend: that would pull Table into the first load.)
      TableScrollContainer: { defaultProps: { type: 'native' } },
      // Mantine names the eye button in English ("Toggle password visibility") otherwise.
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': togglePasswordLabel } },
      }),
    },
  });
}

/**
 * Mantine's default dimmed grey, error red and light-variant text (alert titles, light badges) fall
 * below 4.5:1 on their backgrounds; these shades keep them, and a teal link inside a yellow alert,
 * above WCAG AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    // The filled hover of every colour (buttons, badges, the primary colour) darker than shade 9, as above.
    ...Object.fromEntries(
      Object.entries(theme.colors).map(([name, shades]) => [
        `--mantine-color-${name}-filled-hover`,
        darken(shades[9], FILLED_HOVER_DARKEN),
      ]),
    ),
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-red-text': '#c92a2a',
    '--mantine-primary-color-light-color': '#065f46',
    '--mantine-color-teal-light-color': '#065f46',
    '--mantine-color-yellow-light': '#fff9db',
    '--mantine-color-yellow-light-color': '#7a4b00',
    '--mantine-color-orange-light-color': '#a33a00',
    '--mantine-color-blue-light-color': '#1864ab',
    '--mantine-color-red-light-color': '#c92a2a',
    '--mantine-color-gray-light-color': '#343a40',
    '--mantine-color-grape-light-color': '#862e9c',
  },
  dark: {},
});
