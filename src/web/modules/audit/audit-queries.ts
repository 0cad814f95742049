import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../modules/audit/audit.schemas.ts';
import { api, type QueryValues } from '../../api/client.ts';

interface AuditList {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export function useAuditList(query: QueryValues) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<AuditList>('/audit', query, { signal }),
    placeholderData: keepPreviousData,
  });
}
