import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { ExportAnswer, RetentionAnswer } from '../answers';

export const useMyData = () =>
  useQuery({ queryKey: ['privacy', 'export'], queryFn: () => get<ExportAnswer>('/privacy/export') });
export const RETENTION_KEY = ['privacy', 'retention'] as const;
export const useRetention = () =>
  useQuery({ queryKey: RETENTION_KEY, queryFn: () => get<RetentionAnswer>('/privacy/retention') });
