import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Where Chromium is; Debian's package by default. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Skip (with a reason) when Chromium is missing, unless TAVANA_REQUIRE_BROWSER=1 demands it. */
export const browserAvailable = fs.existsSync(chromiumPath);
export const browserRequired = process.env.TAVANA_REQUIRE_BROWSER === '1';
export const skipBrowserTests = !browserAvailable && !browserRequired;
if (skipBrowserTests) {
  console.warn(
    `Skipping browser tests: no Chromium at ${chromiumPath}. Install it (apt-get update && apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH; set TAVANA_REQUIRE_BROWSER=1 to make this an error.',
  );
}

const webIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web/index.html');

/** Fails early with a clear message when the browser or the built web app is missing. */
export function assertBrowserPrerequisites(): void {
  if (!browserAvailable) throw new Error(`Chromium is required (TAVANA_REQUIRE_BROWSER=1) but was not found at ${chromiumPath}.`);
  if (!fs.existsSync(webIndex)) throw new Error('The web app is not built: run `npm run build:web` first (npm test does).');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile as an Iranian user has it: Persian locale, Tehran time. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'fa-IR', timezoneId: 'Asia/Tehran', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Logs in through the login page (Persian UI) and waits for the overview. */
export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('نام کاربری', { exact: true }).fill(username);
  await page.getByLabel('گذرواژه', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ورود' }).click();
  await page.waitForURL(/\/overview$/);
}

/** The CSRF token of the page's session, for API calls made next to the UI. */
export async function csrfToken(page: Page, baseUrl: string): Promise<string> {
  const response = await page.request.get(`${baseUrl}/api/v1/auth/me`);
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /**
   * A fresh browser profile signed in as `username`: the admin with the admin's password, anyone else
   * with the demo users' unless `password` says otherwise. The profile is closed after the test.
   */
  signIn(username: string, password?: string): Promise<Page>;
  /** GET /api/v1`path` in the page's session; fails the test unless it answers 200. */
  getJson<T>(page: Page, path: string): Promise<T>;
}

/**
 * Call inside a `describe`: starts the server and Chromium for the suite, closes every profile
 * `signIn` opened after each test, and both of them after the suite. `server` and `browser` are
 * getters, as they exist only once `beforeAll` has run.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    assertBrowserPrerequisites();
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error('The test server is started in beforeAll: use it inside a hook or a test.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a hook or a test.');
      return browser;
    },
    async signIn(username, password) {
      const context = await newContext(suite.browser);
      contexts.push(context);
      const page = await context.newPage();
      const { url, adminPassword, demoPassword } = suite.server;
      await logIn(page, url, username, password ?? (username === 'admin' ? adminPassword : demoPassword));
      return page;
    },
    async getJson<T>(page: Page, path: string): Promise<T> {
      const response = await page.request.get(`${suite.server.url}/api/v1${path}`);
      expect(response.status(), path).toBe(200);
      return (await response.json()) as T;
    },
  };
  return suite;
}
