import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { CultureTrendAnswer } from '../answers';

export type CultureSubjectPick = { kind: 'person' | 'team'; id: string } | null;

const pathOf = (pick: CultureSubjectPick) =>
  !pick
    ? '/learning-culture'
    : `/learning-culture?${pick.kind === 'team' ? 'teamId' : 'personId'}=${pick.id}`;

export const cultureKeys = { all: ['learning-culture'] as const };

export const useCultureTrend = (pick: CultureSubjectPick) =>
  useQuery({
    queryKey: [...cultureKeys.all, pick?.kind ?? 'me', pick?.id ?? ''],
    queryFn: () => get<CultureTrendAnswer>(pathOf(pick)),
  });
