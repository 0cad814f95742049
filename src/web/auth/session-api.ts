import type { LoginBody, SessionInfo } from '../../modules/users/users.schemas.ts';
import { api } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await api.get<SessionInfo>('/auth/me', undefined, { allow401: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function login(body: LoginBody): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/login', body, { allow401: true });
}

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}
