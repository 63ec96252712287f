import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { AttachmentsAnswer, PackageAnswer, PackageListAnswer, SearchAnswer } from '../answers';

export const libraryKeys = {
  all: ['library'] as const,
  list: ['library', 'list'] as const,
  search: (q: string) => ['library', 'search', q] as const,
  own: (id: string) => ['library', 'own', id] as const,
  builtIn: (key: string) => ['library', 'built-in', key] as const,
  attachments: (kind: string, id: string) => ['library', 'attachments', kind, id] as const,
};

export const usePackages = () =>
  useQuery({ queryKey: libraryKeys.list, queryFn: () => get<PackageListAnswer>('/library/packages') });

export const useSearch = (q: string) =>
  useQuery({
    queryKey: libraryKeys.search(q),
    queryFn: () => get<SearchAnswer>(`/library/search?q=${encodeURIComponent(q)}`),
    enabled: q.trim() !== '',
  });

export const useOwnPackage = (id: string) =>
  useQuery({ queryKey: libraryKeys.own(id), queryFn: () => get<PackageAnswer>(`/library/packages/${id}`) });

export const useBuiltInPackage = (key: string) =>
  useQuery({
    queryKey: libraryKeys.builtIn(key),
    queryFn: () => get<PackageAnswer>(`/library/built-in/${encodeURIComponent(key)}`),
  });

export const useAttachments = (entityKind: string, entityId: string) =>
  useQuery({
    queryKey: libraryKeys.attachments(entityKind, entityId),
    queryFn: () =>
      get<AttachmentsAnswer>(
        `/library/attachments?entityKind=${encodeURIComponent(entityKind)}&entityId=${encodeURIComponent(entityId)}`,
      ),
  });

export const refreshLibrary = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: libraryKeys.all });
