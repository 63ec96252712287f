import { createTheme } from '@mantine/core';

// A calm green with enough contrast for WCAG AA on white (primaryShade 8 for text on buttons).
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  colors: {},
  components: {
    Anchor: { defaultProps: { c: 'teal.9' } },
  },
});
