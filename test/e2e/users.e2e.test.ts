import { describe, expect, it } from 'vitest';
import { skipBrowserTests, useBrowserSuite } from './browser.ts';

describe.skipIf(skipBrowserTests)('users page in the browser', () => {
  const suite = useBrowserSuite();

  it('an administrator creates a province user, with inline validation first', async () => {
    const page = await suite.signIn('admin');
    await page.getByRole('link', { name: 'کاربران' }).click();
    await page.getByRole('link', { name: 'کاربر جدید' }).click();
    await page.waitForURL(/\/users\/new$/);
    // The form's code loads lazily; until then the list is still on screen.
    await page.getByRole('heading', { name: 'ایجاد کاربر' }).waitFor();

    await page.getByLabel('نام کاربری', { exact: true }).fill('zanjan-e2e');
    await page.getByLabel('نام نمایشی', { exact: true }).fill('کارشناس آزمایشی زنجان');
    const password = page.getByLabel('گذرواژه', { exact: true });
    await password.fill('short');
    await password.blur();
    await page.getByText('گذرواژه دست‌کم ۱۰ نویسه است و نباید با نام کاربری یکی باشد.').waitFor();
    await password.fill('a-long-enough-password');
    await page.getByLabel('نقش', { exact: true }).selectOption({ label: 'دبیرخانه قرارگاه استان' });
    await page.getByLabel('سطح محدوده', { exact: true }).selectOption({ label: 'استان' });
    // A province scope needs at least one province.
    await page.getByRole('button', { name: 'ایجاد', exact: true }).click();
    await page.getByText('برای محدودهٔ «استان» دست‌کم یک کد لازم است.').waitFor();
    await page.getByRole('checkbox', { name: 'زنجان' }).check();
    await page.getByRole('button', { name: 'ایجاد', exact: true }).click();

    await page.waitForURL(/\/users$/);
    await page.getByText('کاربر ایجاد شد.').waitFor();
    const row = page.getByRole('row', { name: /zanjan-e2e/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('کارشناس آزمایشی زنجان');

    // The new user can sign in and sees their role.
    const userPage = await suite.signIn('zanjan-e2e', 'a-long-enough-password');
    await userPage.getByText('دبیرخانه قرارگاه استان').first().waitFor();
  });
});
