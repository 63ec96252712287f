import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { Os2moRunView, Os2moSettings } from '../answers';

/** Under the organisation's key, so refreshing the organisation refreshes its sync too. */
export const os2moSettingsKey = ['organisation', 'os2mo'] as const;
export const os2moRunsKey = ['organisation', 'os2mo', 'runs'] as const;

export const useOs2moSettings = (enabled: boolean) =>
  useQuery({ queryKey: os2moSettingsKey, enabled, queryFn: () => get<Os2moSettings>('/organisation/os2mo') });

const busy = (run: Os2moRunView | undefined) => run?.status === 'fetching' || run?.status === 'applying';

/** The runs, polled every second while the latest is reading or applying. */
export const useOs2moRuns = (enabled: boolean) =>
  useQuery({
    queryKey: os2moRunsKey,
    enabled,
    queryFn: () => get<{ runs: Os2moRunView[] }>('/organisation/os2mo/runs'),
    refetchInterval: (query) => (busy(query.state.data?.runs[0]) ? 1000 : false),
  });
