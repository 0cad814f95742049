import { useQuery } from '@tanstack/react-query';
import type { City, County, ProvinceSummary } from '../../../modules/geography/geography.schemas.ts';
import type { Agency, Axis, Package } from '../../../modules/reference/reference.schemas.ts';
import { api } from '../../api/client.ts';

interface Items<T> {
  items: T[];
}

// Reference data changes rarely; keep it for the session and share it between pages.
const REFERENCE_STALE_MS = 10 * 60 * 1000;

export const referenceKeys = {
  provinces: ['provinces'] as const,
  province: (code: string) => ['provinces', code] as const,
  counties: (province: string) => ['counties', province] as const,
  cities: (province: string, county: string) => ['cities', province, county] as const,
  agencies: ['agencies'] as const,
  axes: ['axes'] as const,
  packages: ['packages'] as const,
};

export function useProvinces() {
  return useQuery({
    queryKey: referenceKeys.provinces,
    queryFn: async () => (await api.get<Items<ProvinceSummary>>('/provinces')).items,
    staleTime: 60_000,
  });
}

/** Counties of a province; idle until a province is chosen. */
export function useCounties(provinceCode: string | undefined) {
  return useQuery({
    queryKey: referenceKeys.counties(provinceCode ?? ''),
    queryFn: async () => (await api.get<Items<County>>('/counties', { province: provinceCode })).items,
    enabled: Boolean(provinceCode),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Cities of a county; idle until a county is chosen. */
export function useCities(provinceCode: string | undefined, countyCode: string | undefined) {
  return useQuery({
    queryKey: referenceKeys.cities(provinceCode ?? '', countyCode ?? ''),
    queryFn: async () => (await api.get<Items<City>>('/cities', { province: provinceCode, county: countyCode })).items,
    enabled: Boolean(provinceCode && countyCode),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: referenceKeys.agencies,
    queryFn: async () => (await api.get<Items<Agency>>('/agencies')).items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useAxes() {
  return useQuery({
    queryKey: referenceKeys.axes,
    queryFn: async () => (await api.get<Items<Axis>>('/axes')).items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function usePackages() {
  return useQuery({
    queryKey: referenceKeys.packages,
    queryFn: async () => (await api.get<Items<Package>>('/packages')).items,
    staleTime: 60_000,
  });
}
