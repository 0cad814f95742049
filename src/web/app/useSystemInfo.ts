import { useQuery } from '@tanstack/react-query';
import type { SystemInfo } from '../../modules/system/system.schemas.ts';
import { api } from '../api/client.ts';

/** Version and whether this installation runs on demo data (shown as a notice on every page). */
export function useSystemInfo(): SystemInfo | undefined {
  const { data } = useQuery({
    queryKey: ['system'],
    queryFn: () => api.get<SystemInfo>('/system', undefined, { allow401: true }),
    staleTime: Infinity,
  });
  return data;
}
