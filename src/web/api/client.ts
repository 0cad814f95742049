import type { Locale } from '../i18n/locale.ts';
import { ApiError, NetworkError, toProblem } from './problem.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Values a query string may carry; empty and undefined values are left out. */
export type QueryValues = Record<string, string | number | boolean | null | undefined>;

interface ClientState {
  csrfToken: string | null;
  locale: Locale;
  onUnauthorized: (() => void) | null;
}

const state: ClientState = { csrfToken: null, locale: 'fa', onUnauthorized: null };

export const API_BASE = '/api/v1';

/** Remembers the CSRF token from login or /auth/me; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Server messages come back in this language (Accept-Language). */
export function setApiLocale(locale: Locale): void {
  state.locale = locale;
}

/** Called on a 401 from any call other than login and /auth/me (the session ran out). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

/** `?a=1&b=x` from the non-empty values, in a stable order. */
export function toQueryString(query: QueryValues | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  query?: QueryValues;
  body?: unknown;
  /** Do not treat a 401 as an expired session (login, the initial /auth/me). */
  allow401?: boolean;
  signal?: AbortSignal;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !options.allow401) state.onUnauthorized?.();
    throw new ApiError(toProblem(body, response.status, response.statusText || `HTTP ${response.status}`));
  }
  return body as T;
}

/** The JSON API under /api/v1. Bodies are typed by the shared zod schemas' inferred types. */
export const api = {
  get: <T>(path: string, query?: QueryValues, options?: Omit<RequestOptions, 'query' | 'body'>) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
