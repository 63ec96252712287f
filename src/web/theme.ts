import { createTheme } from '@mantine/core';

// A calm green; shade 9 keeps white text on buttons and teal links above WCAG AA's 4.5:1.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  colors: {},
  components: {
    Anchor: { defaultProps: { c: 'teal.9' } },
  },
});
