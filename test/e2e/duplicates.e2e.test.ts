import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src/lib/persian/index.ts';
import { skipBrowserTests, useBrowserSuite } from './browser.ts';

/** The reasons as the page words them, written out here rather than read from the app's catalogue. */
const reasonsFa: Record<string, string | RegExp> = {
  same_name_birth_year: 'نام و سال تولد یکسان',
  same_name: 'نام یکسان',
  similar_name: /^نام مشابه \([۰-۹٫.]+\)$/,
  same_birth_date: 'تاریخ تولد یکسان',
  same_father_name: 'نام پدر یکسان',
  same_phone: 'تلفن یکسان',
  national_id_one_digit: 'کد ملی با یک رقم اختلاف',
};

interface PersonSummary {
  id: string;
  firstName: string;
  lastName: string;
  householdId: string | null;
  nationalId: string | null;
  agencyCodes: string[];
  version: number;
}
interface DuplicateList {
  items: Array<{ id: string; score: number; reasons: string[]; status: string; first: PersonSummary; second: PersonSummary }>;
  total: number;
}
interface Person {
  id: string;
  firstName: string;
  lastName: string;
  nationalId: string | null;
  householdId: string | null;
  agencies: Array<{ agencyCode: string }>;
  version: number;
}

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`.trim();
const codesOf = (person: Person) => person.agencies.map((link) => link.agencyCode).sort();

describe.skipIf(skipBrowserTests)('duplicates in the browser', () => {
  const suite = useBrowserSuite();
  const { signIn, getJson } = suite;

  const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).first();

  it('house staff merge a planted duplicate into the record they choose, find the merge in its history and undo it; a viewer has no duplicates menu', async () => {
    // The Welfare house of Shahroud (county 20-03): house staff may merge, and the demo plants pairs in its county.
    const page = await signIn('khane-valiasr');
    await page.getByRole('navigation', { name: 'ناوبری اصلی' }).getByRole('link', { name: 'موارد تکراری', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'افراد احتمالاً تکراری', exact: true }).waitFor();

    const open = await getJson<DuplicateList>(page, '/duplicates?pageSize=50');
    expect(open.total, 'planted duplicates in Shahroud').toBeGreaterThan(0);
    const pair = open.items[0]!;
    // Keep the record a household knows (the planted copy stands outside any); the other is merged into it.
    const [survivor, merged] = pair.second.householdId && !pair.first.householdId ? [pair.second, pair.first] : [pair.first, pair.second];
    const survivorBefore = await getJson<Person>(page, `/persons/${survivor.id}`);
    const mergedBefore = await getJson<Person>(page, `/persons/${merged.id}`);

    // The pair: its score and reasons in Persian, the two records side by side.
    const table = page.getByRole('table', { name: `مقایسهٔ پرونده‌های ${toPersianDigits(pair.first.id)} و ${toPersianDigits(pair.second.id)}` });
    await table.waitFor();
    const card = page.locator('section').filter({ has: table });
    const heading = card.getByRole('heading', { level: 2 });
    await heading.getByText(`امتیاز ${toPersianDigits(String(pair.score))}`, { exact: true }).waitFor();
    expect(pair.reasons.length).toBeGreaterThan(0);
    for (const reason of pair.reasons) {
      const label = reasonsFa[reason];
      expect(label, `a Persian label for ${reason}`).toBeDefined();
      await heading.getByText(label!, { exact: true }).waitFor();
    }
    await table.getByRole('cell', { name: survivor.lastName, exact: true }).first().waitFor();

    // Chooses the record to keep, then merges, confirming in the dialog that names both.
    await table.getByRole('radio', { name: `پروندهٔ ${toPersianDigits(merged.id)} بماند` }).check();
    await table.getByRole('radio', { name: `پروندهٔ ${toPersianDigits(survivor.id)} بماند` }).check();
    expect(await table.getByRole('radio', { name: `پروندهٔ ${toPersianDigits(merged.id)} بماند` }).isChecked()).toBe(false);
    await card.getByRole('button', { name: 'ادغام', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`پروندهٔ «${fullName(merged)}» در پروندهٔ «${fullName(survivor)}» ادغام می‌شود`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'ادغام', exact: true }).click();
    const notice = status(page, 'دو پرونده ادغام شد.');
    await notice.waitFor();
    await expect.poll(() => table.count()).toBe(0);
    expect((await page.request.get(`${suite.server.url}/api/v1/persons/${merged.id}`)).status()).toBe(404);
    const afterMerge = await getJson<Person>(page, `/persons/${survivor.id}`);
    expect(codesOf(afterMerge)).toEqual([...new Set([...codesOf(survivorBefore), ...codesOf(mergedBefore)])].sort());

    // The survivor's page lists the merge, with its undo.
    await notice.getByRole('link', { name: 'دیدن پروندهٔ ماندگار' }).click();
    await page.waitForURL(new RegExp(`/persons/${survivor.id}$`));
    await page.getByRole('heading', { level: 1, name: fullName(survivorBefore), exact: true }).waitFor();
    const history = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'سابقهٔ ادغام', exact: true }) });
    const entry = history.getByRole('listitem').filter({ hasText: `«${fullName(mergedBefore)}» ادغام شد` });
    await entry.waitFor();
    await entry.getByRole('button', { name: 'بازگرداندن', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'بازگرداندن', exact: true }).click();
    await status(page, 'ادغام بازگردانده شد.').waitFor();
    await entry.getByText(/^بازگردانده شد در /).waitFor();
    expect(await entry.getByRole('button', { name: 'بازگرداندن' }).count()).toBe(0);

    // The merged person is back, page and all, and each record has its own links again.
    await page.goto(`${suite.server.url}/persons/${merged.id}`);
    await page.getByRole('heading', { level: 1, name: fullName(mergedBefore), exact: true }).waitFor();
    const restored = await getJson<Person>(page, `/persons/${merged.id}`);
    expect({ nationalId: restored.nationalId, householdId: restored.householdId, agencies: codesOf(restored) }).toEqual({ nationalId: mergedBefore.nationalId, householdId: mergedBefore.householdId, agencies: codesOf(mergedBefore) });
    const survivorAfter = await getJson<Person>(page, `/persons/${survivor.id}`);
    expect({ nationalId: survivorAfter.nationalId, householdId: survivorAfter.householdId, agencies: codesOf(survivorAfter) }).toEqual({ nationalId: survivorBefore.nationalId, householdId: survivorBefore.householdId, agencies: codesOf(survivorBefore) });
    // And the pair is open on the duplicates page again.
    const reopened = await getJson<DuplicateList>(page, '/duplicates?pageSize=50');
    expect(reopened.items.find((item) => item.id === pair.id)?.status).toBe('open');

    // A viewer: no duplicates in the menu, and the page by its address is not theirs.
    const viewer = await signIn('observer');
    const nav = viewer.getByRole('navigation', { name: 'ناوبری اصلی' });
    await nav.getByRole('link', { name: 'محلات', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'موارد تکراری', exact: true }).count()).toBe(0);
    await viewer.goto(`${suite.server.url}/duplicates`);
    await viewer.getByText('شما به این صفحه دسترسی ندارید.', { exact: true }).waitFor();
    expect(await viewer.getByRole('table').count()).toBe(0);
    expect((await viewer.request.get(`${suite.server.url}/api/v1/duplicates`)).status()).toBe(403);
  });
});
