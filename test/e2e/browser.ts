import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

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
