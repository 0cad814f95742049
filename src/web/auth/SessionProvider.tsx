import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission, SessionInfo } from '../../modules/users/users.schemas.ts';
import { setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { FullPageMessage } from '../components/FullPageMessage.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { fetchSession, sessionQueryKey } from './session-api.ts';

export interface SessionState {
  session: SessionInfo | null;
  can(permission: Permission): boolean;
  /** True after the server ended the session (a 401 mid-work), until the next login. */
  expired: boolean;
  /** Stores a fresh session (after login) or clears it (after logout or a 401). */
  setSession(session: SessionInfo | null): void;
}

export const SessionContext = createContext<SessionState | null>(null);

/** Loads /auth/me once, keeps the CSRF token for writes, and drops the session on any 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const query = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
  const session = query.data ?? null;
  const [expired, setExpired] = useState(false);

  const setSession = useCallback(
    (next: SessionInfo | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      if (next !== null) setExpired(false);
      if (next === null) {
        // Nothing cached for one user may be shown to the next.
        queryClient.removeQueries({ predicate: (entry) => entry.queryKey[0] !== sessionQueryKey[0] });
      }
      queryClient.setQueryData(sessionQueryKey, next);
    },
    [queryClient],
  );

  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
  }, [session]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setExpired(true);
      setSession(null);
    });
    return () => setUnauthorizedHandler(null);
  }, [setSession]);

  const value = useMemo<SessionState>(
    () => ({ session, can: (permission) => session?.permissions.includes(permission) ?? false, expired, setSession }),
    [session, expired, setSession],
  );

  if (query.isPending) return <FullPageMessage>{t('app.loading')}</FullPageMessage>;
  if (query.isError) {
    return (
      <FullPageMessage action={{ label: t('common.retry'), onPress: () => void query.refetch() }}>
        {t('common.networkError')}
      </FullPageMessage>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
