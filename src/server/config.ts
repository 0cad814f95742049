/** Server settings, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** Idle lifetime of a session; each request extends it. */
  sessionHours: number;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Failed logins allowed per username in the window before 429. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Folder with the built web app, or null to serve the API only. */
  webRoot: string | null;
  logLevel: string;
  /** Largest attachment a follow-up may carry, in megabytes. */
  attachmentMaxMb: number;
  /**
   * Proxies whose X-Forwarded-For is believed: `true`, or addresses and CIDRs separated by
   * commas (Fastify's trustProxy). Off by default: otherwise any client could forge the address the audit log records
   * and slip past the per-address login limit.
   */
  trustProxy: boolean | string;
}

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFrom(env.PORT, 8080),
    host: env.HOST?.trim() || '0.0.0.0',
    sessionHours: intFrom(env.TAVANA_SESSION_HOURS, 8),
    secureCookies: env.TAVANA_SECURE_COOKIES === 'true',
    bodyLimit: intFrom(env.TAVANA_BODY_LIMIT, 1024 * 1024),
    loginMaxFailures: intFrom(env.TAVANA_LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: intFrom(env.TAVANA_LOGIN_WINDOW_MINUTES, 15),
    webRoot: null,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    attachmentMaxMb: intFrom(env.TAVANA_ATTACHMENT_MAX_MB, 10),
    trustProxy: trustProxyFrom(env.TAVANA_TRUST_PROXY),
  };
}

function trustProxyFrom(value: string | undefined): boolean | string {
  const text = value?.trim();
  if (!text || text === 'false') return false;
  return text === 'true' ? true : text;
}
