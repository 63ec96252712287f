import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { CourseAnswer, OverviewAnswer, ProgressionUnitsAnswer, UnitProgressionAnswer } from '../answers';

export const progressionKeys = {
  all: ['progression'] as const,
  units: ['progression', 'units'] as const,
  unit: (id: string) => ['progression', 'unit', id] as const,
  course: (id: string) => ['progression', 'course', id] as const,
  overview: (unitId: string) => ['progression', 'overview', unitId] as const,
};

export const useProgressionUnits = () =>
  useQuery({
    queryKey: progressionKeys.units,
    queryFn: () => get<ProgressionUnitsAnswer>('/progression/units'),
  });

export const useUnitProgression = (id: string | null) =>
  useQuery({
    queryKey: progressionKeys.unit(id ?? ''),
    queryFn: () => get<UnitProgressionAnswer>(`/progression/units/${id}`),
    enabled: Boolean(id),
  });

export const useCourse = (id: string) =>
  useQuery({
    queryKey: progressionKeys.course(id),
    queryFn: () => get<CourseAnswer>(`/progression/courses/${id}`),
  });

export const useOverview = (unitId: string) =>
  useQuery({
    queryKey: progressionKeys.overview(unitId),
    queryFn: () => get<OverviewAnswer>(`/progression/overview?unitId=${unitId}`),
  });

export const refreshProgression = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: progressionKeys.all });
