import { useQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../../../web/lib/api';
import type { WheelAnswer, WheelUnitsAnswer } from '../answers';

export const wheelKeys = {
  all: ['year-wheel'] as const,
  units: ['year-wheel', 'units'] as const,
  wheel: (unitId: string, year: number) => ['year-wheel', 'wheel', unitId, year] as const,
};

export const useWheelUnits = () =>
  useQuery({ queryKey: wheelKeys.units, queryFn: () => get<WheelUnitsAnswer>('/year-wheel/units') });

export const useWheel = (unitId: string, year: number) =>
  useQuery({
    queryKey: wheelKeys.wheel(unitId, year),
    queryFn: () => get<WheelAnswer>(`/units/${unitId}/year-wheel?year=${year}`),
  });

export const refreshWheel = (qc: QueryClient) => qc.invalidateQueries({ queryKey: wheelKeys.all });
