import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { CoverageAnswer } from '../answers';

export const useCoverage = (period: { from: string; to: string }) =>
  useQuery({
    queryKey: ['coverage', period.from, period.to],
    queryFn: () => get<CoverageAnswer>(`/coverage?${new URLSearchParams(period).toString()}`),
  });
