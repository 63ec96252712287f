import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nProvider, useI18n } from './i18n';
import type { LoadedLanguage } from './i18n/load';
import { router } from './router';
import { useMemo, type ReactNode } from 'react';
import { buildTheme, cssVariablesResolver } from './theme';
import { ApiError } from './lib/api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      // Asked even when the browser says it is offline: the service worker answers from its cache.
      networkMode: 'offlineFirst',
    },
  },
});

export function App({ language }: { language: LoadedLanguage }) {
  return (
    <I18nProvider initial={language}>
      <ThemedApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} context={{ queryClient }} />
        </QueryClientProvider>
      </ThemedApp>
    </I18nProvider>
  );
}

function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const closeLabel = t('common.actions.close');
  const togglePassword = t('common.actions.togglePassword');
  const theme = useMemo(() => buildTheme(closeLabel, togglePassword), [closeLabel, togglePassword]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}
