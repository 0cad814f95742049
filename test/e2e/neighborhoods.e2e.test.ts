import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from '../../src/lib/persian/index.ts';
import { csrfToken, skipBrowserTests, useBrowserSuite } from './browser.ts';

const persianNumber = new Intl.NumberFormat('fa-IR');
/** «ولي» with an Arabic yeh (U+064A), as an Arabic keyboard types it. */
const arabicYehSearch = 'ول\u064a';

describe.skipIf(skipBrowserTests)('neighbourhoods in the browser', () => {
  const suite = useBrowserSuite();
  let page: Page;

  beforeEach(async () => {
    page = await suite.signIn('admin');
  });

  /** Searches with an Arabic yeh and opens the first result; returns its id. */
  async function openValiasr(): Promise<number> {
    await page.getByRole('link', { name: 'محلات' }).click();
    await page.getByLabel('جست‌وجوی نام یا کد محله').fill(arabicYehSearch);
    const firstResult = page.getByRole('table').getByRole('link', { name: /ولیعصر/ }).first();
    await expect.poll(() => page.url()).toContain('q=');
    await firstResult.waitFor();
    await firstResult.click();
    await page.waitForURL(/\/neighborhoods\/\d+$/);
    return Number(new URL(page.url()).pathname.split('/').pop());
  }

  async function populationOnServer(id: number): Promise<number> {
    const response = await page.request.get(`${suite.server.url}/api/v1/neighborhoods/${id}`);
    return ((await response.json()) as { population: number }).population;
  }

  it('finds «ولیعصر» when typed with an Arabic ي, and every result matches', async () => {
    await page.getByRole('link', { name: 'محلات' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(2);
    await page.getByLabel('جست‌وجوی نام یا کد محله').fill(arabicYehSearch);
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(arabicYehSearch)}`);
    const names = page.getByRole('table').locator('tbody').getByRole('link');
    await expect.poll(() => names.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await names.allTextContents()).every((name) => name.includes('ولیعصر'))).toBe(true);
  });

  it('edits the population with Persian digits and shows the change on the detail page', async () => {
    const id = await openValiasr();
    const before = await populationOnServer(id);
    await page.getByRole('link', { name: 'ویرایش' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole('heading', { name: /ویرایش محلهٔ/ }).waitFor();
    const population = page.getByLabel('جمعیت', { exact: true });
    expect(Number(toLatinDigits(await population.inputValue()))).toBe(before);
    const after = before + 137;
    await population.fill(toPersianDigits(String(after)));
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.waitForURL(new RegExp(`/neighborhoods/${id}$`));
    await page.getByText(persianNumber.format(after), { exact: true }).first().waitFor();
    await page.getByText('تغییرات محله ذخیره شد.').waitFor();
    expect(await populationOnServer(id)).toBe(after);
  });

  it('shows the Persian inline error for a negative population and saves nothing', async () => {
    const id = await openValiasr();
    const before = await populationOnServer(id);
    await page.goto(`${suite.server.url}/neighborhoods/${id}/edit`);
    const population = page.getByLabel('جمعیت', { exact: true });
    await population.fill('-5');
    await population.blur();
    const error = page.getByText('«جمعیت» نمی‌تواند منفی باشد.');
    await error.waitFor();
    expect(await population.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.getByText('برخی فیلدها نادرست‌اند. خطاها را در کنار هر فیلد ببینید.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/neighborhoods/${id}/edit`);
    expect(await error.isVisible()).toBe(true);
    expect(await populationOnServer(id)).toBe(before);
  });

  it('tells the user when someone else saved the neighbourhood meanwhile (409)', async () => {
    const id = await openValiasr();
    await page.getByRole('link', { name: 'ویرایش' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole('heading', { name: /ویرایش محلهٔ/ }).waitFor();
    // Another user saves first, raising the version the form was loaded with.
    const current = (await (await page.request.get(`${suite.server.url}/api/v1/neighborhoods/${id}`)).json()) as { version: number };
    const token = await csrfToken(page, suite.server.url);
    const patched = await page.request.patch(`${suite.server.url}/api/v1/neighborhoods/${id}`, {
      headers: { 'x-csrf-token': token },
      data: { version: current.version, nameEn: 'Changed by someone else' },
    });
    expect(patched.status()).toBe(200);
    await page.getByLabel('شناسنامهٔ محله', { exact: true }).fill('Written in the browser');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.getByText('تعارض ویرایش').waitFor();
    await page.getByRole('button', { name: 'بارگذاری نسخهٔ تازه' }).click();
    await expect.poll(async () => page.getByLabel('نام انگلیسی', { exact: true }).inputValue()).toBe('Changed by someone else');
  });

  it('adds a house with a Jalali opening date typed in Persian digits', async () => {
    const id = await openValiasr();
    await page.getByRole('button', { name: 'افزودن خانه' }).click();
    await page.getByLabel('دستگاه', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('نام خانه', { exact: true }).fill('خانهٔ آزمایشی مرورگر');
    await page.getByRole('group', { name: 'تاریخ گشایش' }).getByRole('spinbutton', { name: /سال/ }).click();
    await page.keyboard.type('۱۴۰۳');
    await page.keyboard.type('۰۸');
    await page.keyboard.type('۰۵');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.getByText('خانهٔ محله ثبت شد.').waitFor();
    const row = page.getByRole('row', { name: /خانهٔ آزمایشی مرورگر/ });
    await row.getByText('۱۴۰۳/۰۸/۰۵').waitFor();
    const houses = (await (await page.request.get(`${suite.server.url}/api/v1/neighborhoods/${id}/houses`)).json()) as { items: Array<{ nameFa: string; openedOn: string | null }> };
    // 5 Aban 1403 is 26 October 2024.
    expect(houses.items.find((house) => house.nameFa === 'خانهٔ آزمایشی مرورگر')?.openedOn).toBe('2024-10-26');
  });

  it('switches to English, right to left becomes left to right, and the choice is remembered', async () => {
    await page.getByRole('link', { name: 'محلات' }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Deprived neighbourhoods' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByLabel('Province', { exact: true }).waitFor();
    await page.getByRole('columnheader', { name: /Population/ }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'National overview' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    // English digits and names in English.
    await page.getByRole('link', { name: 'Neighbourhoods' }).click();
    await page.getByText(/^\d[\d,]* neighbourhoods$/).waitFor();
  });
});
