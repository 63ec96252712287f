import { useQuery } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { PackageAnswer, TalkListAnswer } from '../answers';

export const talkKeys = {
  all: ['learning-talks'] as const,
  list: ['learning-talks', 'list'] as const,
  package: (id: string) => ['learning-talks', 'package', id] as const,
};

export const useTalks = () =>
  useQuery({ queryKey: talkKeys.list, queryFn: () => get<TalkListAnswer>('/learning-talks') });

export const usePackage = (id: string) =>
  useQuery({
    queryKey: talkKeys.package(id),
    queryFn: () => get<PackageAnswer>(`/learning-talks/${id}/package`),
  });
