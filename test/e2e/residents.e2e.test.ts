import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromJalali, toPersianDigits } from '../../src/lib/persian/index.ts';
import { checkDigit } from '../../src/modules/residents/residents.synthetic-ids.ts';
import { csrfToken, skipBrowserTests, useBrowserSuite } from './browser.ts';

/** The agencies' names as the selects and the person page show them. */
const reliefCommittee = 'کمیته امداد امام خمینی (ره)';
const welfare = 'سازمان بهزیستی کشور';
/** A neighbourhood of Shahroud (county 20-03), which the Welfare house there serves. */
const valiasr = { nameFa: 'شهرک ولیعصر (مهدی‌آباد)', typed: 'شهرک ولیعصر', city: 'شاهرود' };
/** The same words as an Arabic keyboard types them: ي (U+064A) for ی and ك (U+0643) for ک. */
const toArabicLetters = (text: string) => text.replace(/ی/g, '\u064a').replace(/ک/g, '\u0643');

const persianNumber = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0 });

const issued = new Set<string>();
/**
 * A valid national ID of ten Latin digits beginning 888: never one of the demo's (they begin 999),
 * and never the same twice in a run.
 */
function newNationalId(): string {
  for (;;) {
    const nine = `888${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const id = `${nine}${checkDigit(nine)}`;
    if (!issued.has(id) && !/^(\d)\1{9}$/.test(id)) {
      issued.add(id);
      return id;
    }
  }
}

/** The ID as lists show it to those who may not see it whole: `******1234`, in Persian digits. */
const maskedPersian = (id: string) => toPersianDigits(`******${id.slice(-4)}`);

interface AgencyLink {
  agencyCode: string;
}
interface Person {
  id: string;
  nationalId: string | null;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  neighborhoodId: number | null;
  agencies: AgencyLink[];
}
interface PersonList {
  items: Array<{ id: string; nationalId: string | null; firstName: string; lastName: string; agencyCodes: string[] }>;
  total: number;
}
interface ResidentStats {
  residents: number;
  households: number;
  bySex: { female: number; male: number };
}

interface RegistrationInput {
  /** As typed in the form. */
  nationalId: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  sex: 'زن' | 'مرد';
  /** Jalali year, month and day, typed in Persian digits. */
  birthDate: [string, string, string];
  /** For an admin, who has no agency of their own. */
  agency?: string;
}

describe.skipIf(skipBrowserTests)('the residents registry in the browser', () => {
  const suite = useBrowserSuite();
  const { signIn, getJson } = suite;
  let valiasrId = 0;

  async function personsMatching(page: Page, q: string): Promise<PersonList> {
    return getJson<PersonList>(page, `/persons?q=${encodeURIComponent(q)}&pageSize=200`);
  }

  /** Shahrak-e Valiasr's id, looked up once through the neighbourhood search. */
  async function valiasrNeighborhoodId(page: Page): Promise<number> {
    if (valiasrId) return valiasrId;
    const list = await getJson<{ items: Array<{ id: number; nameFa: string; provinceCode: string }> }>(page, `/neighborhoods?q=${encodeURIComponent(valiasr.typed)}&province=20&pageSize=20`);
    const found = list.items.find((n) => n.nameFa === valiasr.nameFa && n.provinceCode === '20');
    expect(found, 'Shahrak-e Valiasr in the demo').toBeDefined();
    valiasrId = found?.id ?? 0;
    return valiasrId;
  }

  /** From anywhere: «ساکنان» in the main menu, then «ثبت فرد». */
  async function openRegisterForm(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'ناوبری اصلی' }).getByRole('link', { name: 'ساکنان', exact: true }).click();
    // Pages load lazily, and the previous one stays on screen until the next is drawn: wait for its heading.
    await page.getByRole('heading', { level: 1, name: 'ساکنان', exact: true }).waitFor();
    await page.getByRole('link', { name: 'ثبت فرد', exact: true }).click();
    await page.waitForURL(/\/persons\/new$/);
    await page.getByRole('heading', { level: 1, name: 'ثبت فرد', exact: true }).waitFor();
  }

  /** Picks Shahrak-e Valiasr in the neighbourhood type-ahead: typed, then chosen among the suggestions. */
  async function chooseValiasr(page: Page): Promise<void> {
    const combo = page.getByRole('combobox', { name: 'محله', exact: true });
    await combo.fill(valiasr.typed);
    await page.getByRole('option', { name: new RegExp(valiasr.typed) }).filter({ hasText: valiasr.city }).click();
    await expect.poll(() => combo.inputValue()).toBe(valiasr.nameFa);
  }

  /** Fills the registration form and submits it. */
  async function register(page: Page, input: RegistrationInput): Promise<void> {
    await page.getByLabel('کد ملی', { exact: true }).fill(input.nationalId);
    await page.getByLabel('نام', { exact: true }).fill(input.firstName);
    await page.getByLabel('نام خانوادگی', { exact: true }).fill(input.lastName);
    await page.getByLabel('نام پدر', { exact: true }).fill(input.fatherName);
    await page.getByLabel('جنسیت', { exact: true }).selectOption({ label: input.sex });
    await page.getByRole('group', { name: 'تاریخ تولد' }).getByRole('spinbutton', { name: /سال/ }).click();
    for (const part of input.birthDate) await page.keyboard.type(part);
    await chooseValiasr(page);
    if (input.agency) await page.getByLabel('دستگاه', { exact: true }).selectOption({ label: input.agency });
    await page.getByRole('button', { name: 'ثبت', exact: true }).click();
  }

  /** The agencies listed on a person's page, by name. */
  async function agencyNames(page: Page): Promise<string[]> {
    const table = page.getByRole('table', { name: 'دستگاه‌های خدمت‌رسان' });
    const rows = table.locator('tbody').getByRole('row');
    const names: string[] = [];
    for (const row of await rows.all()) names.push(((await row.getByRole('cell').first().textContent()) ?? '').trim());
    return names.sort();
  }

  it('Welfare registers a new person with a Persian-digit ID and a Jalali birth date; again → already linked; the Relief Committee → linked, and both agencies show', async () => {
    const nationalId = newNationalId();
    const persianId = toPersianDigits(nationalId);
    const person: RegistrationInput = {
      nationalId: persianId,
      firstName: 'ریحانه',
      lastName: 'یکتاکیش',
      fatherName: 'کاظم',
      sex: 'زن',
      birthDate: ['۱۳۷۰', '۰۶', '۱۴'],
    };
    const fullName = `${person.firstName} ${person.lastName}`;
    const page = await signIn('behzisti-semnan');

    // 1. A new person: «ثبت شد», and the person page with the whole ID and the Jalali birth date.
    await openRegisterForm(page);
    await register(page, person);
    await page.waitForURL(/\/persons\/\d+$/);
    const personId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('status').filter({ hasText: 'فرد ثبت شد.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: fullName, exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: new RegExp(`^${persianId}$`) }).waitFor();
    await page.getByRole('definition').filter({ hasText: /^۱۳۷۰\/۰۶\/۱۴$/ }).waitFor();
    await page.getByRole('definition').filter({ hasText: new RegExp(`^${valiasr.nameFa.replace(/[()]/g, '\\$&')}$`) }).waitFor();
    await expect.poll(() => agencyNames(page)).toEqual([welfare]);

    const created = await getJson<Person>(page, `/persons/${personId}`);
    expect(created).toMatchObject({ nationalId, firstName: person.firstName, lastName: person.lastName, birthDate: fromJalali(1370, 6, 14), neighborhoodId: await valiasrNeighborhoodId(page) });
    expect(created.agencies.map((link) => link.agencyCode)).toEqual(['welfare']);

    // 2. The same ID again (typed in Latin digits this time), by the same agency: nothing new.
    await page.getByRole('navigation', { name: 'breadcrumbs' }).getByRole('link', { name: 'ساکنان' }).click();
    await page.getByRole('heading', { level: 1, name: 'ساکنان', exact: true }).waitFor();
    await page.getByRole('link', { name: 'ثبت فرد', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ثبت فرد', exact: true }).waitFor();
    await register(page, { ...person, nationalId });
    await page.waitForURL(new RegExp(`/persons/${personId}$`));
    await page.getByRole('alert').filter({ hasText: 'این فرد پیش‌تر برای دستگاه شما ثبت شده بود.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: fullName, exact: true }).waitFor();
    await expect.poll(() => agencyNames(page)).toEqual([welfare]);

    // 3. The admin registers the same ID for the Relief Committee: linked to the existing record.
    const admin = await signIn('admin');
    await openRegisterForm(admin);
    await register(admin, { ...person, agency: reliefCommittee });
    await admin.waitForURL(new RegExp(`/persons/${personId}$`));
    await admin.getByRole('status').filter({ hasText: 'این فرد پیش‌تر ثبت شده بود و به دستگاه شما پیوند داده شد.' }).waitFor();
    await expect.poll(() => agencyNames(admin)).toEqual([reliefCommittee, welfare].sort());

    // Welfare's page of the person now lists both agencies too, and there is still one person with the ID.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: fullName, exact: true }).waitFor();
    await expect.poll(() => agencyNames(page)).toEqual([reliefCommittee, welfare].sort());
    const linked = await getJson<Person>(page, `/persons/${personId}`);
    expect(linked.agencies.map((link) => link.agencyCode).sort()).toEqual(['relief-committee', 'welfare']);
    const byId = await personsMatching(page, nationalId);
    expect(byId.items.map((p) => p.id)).toEqual([personId]);
    expect(byId.items[0]?.agencyCodes.sort()).toEqual(['relief-committee', 'welfare']);
  });

  it('finds a person typed with Arabic ي/ك; the list masks the ID for the province’s Welfare staff and shows it whole to the Welfare house of the county', async () => {
    const nationalId = newNationalId();
    const lastName = 'نیکوکار';
    const firstName = 'کیمیا';
    const fullName = `${firstName} ${lastName}`;
    const page = await signIn('behzisti-semnan');

    // The person comes through the API: this test is about finding them.
    const response = await page.request.post(`${suite.server.url}/api/v1/persons`, {
      headers: { 'x-csrf-token': await csrfToken(page, suite.server.url) },
      data: { nationalId, firstName, lastName, fatherName: 'یوسف', sex: 'female', birthDate: '1998-03-01', neighborhoodId: await valiasrNeighborhoodId(page) },
    });
    expect(response.status(), await response.text()).toBe(201);
    expect(((await response.json()) as { outcome: string }).outcome).toBe('created');

    /** Searches the people list as an Arabic keyboard types the name; returns the person's row. */
    const search = async (user: Page) => {
      await user.getByRole('navigation', { name: 'ناوبری اصلی' }).getByRole('link', { name: 'ساکنان', exact: true }).click();
      await user.getByRole('heading', { level: 1, name: 'ساکنان', exact: true }).waitFor();
      const typed = toArabicLetters(lastName);
      expect(typed).not.toBe(lastName);
      await user.getByLabel('جست‌وجوی نام یا کد ملی', { exact: true }).fill(typed);
      await expect.poll(() => new URL(user.url()).searchParams.get('q')).toBe(typed);
      const table = user.getByRole('table', { name: 'ساکنان' });
      const names = table.locator('tbody').getByRole('link', { name: new RegExp(lastName) });
      // Every result carries the name, ours among them.
      await expect.poll(async () => (await table.locator('tbody').getByRole('row').allTextContents()).every((text) => text.includes(lastName))).toBe(true);
      await names.filter({ hasText: new RegExp(`^${fullName}$`) }).waitFor();
      const row = table.getByRole('row').filter({ has: user.getByRole('link', { name: fullName, exact: true }) });
      await row.waitFor();
      return { table, row };
    };

    // Welfare staff of the province: the last four digits only, in Persian digits.
    const province = await search(page);
    await expect.poll(async () => (await province.row.getByRole('cell').nth(2).textContent())?.trim()).toBe(maskedPersian(nationalId));
    expect(await province.table.textContent()).not.toContain(toPersianDigits(nationalId));
    await page.getByText('کد ملی در فهرست‌ها تنها با چهار رقم آخر نمایش داده می‌شود.', { exact: false }).waitFor();

    // The Welfare house of Shahroud (county 20-03) sees the whole ID.
    const house = await signIn('khane-valiasr');
    const houseResult = await search(house);
    await expect.poll(async () => (await houseResult.row.getByRole('cell').nth(2).textContent())?.trim()).toBe(toPersianDigits(nationalId));

    // The whole ID typed in Persian digits finds the same person, and only them.
    const searchBox = house.getByLabel('جست‌وجوی نام یا کد ملی', { exact: true });
    await searchBox.fill(toPersianDigits(nationalId));
    await expect.poll(() => new URL(house.url()).searchParams.get('q')).toBe(toPersianDigits(nationalId));
    await expect.poll(() => houseResult.table.locator('tbody').getByRole('row').allTextContents()).toEqual([expect.stringContaining(fullName)]);
  });

  it('refuses an ID with a wrong check digit with the Persian inline error, and saves nothing', async () => {
    const valid = newNationalId();
    const invalid = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`;
    const persianInvalid = toPersianDigits(invalid);
    const lastName = 'کیهانی';
    const page = await signIn('behzisti-semnan');
    const before = await getJson<PersonList>(page, '/persons?pageSize=1');

    await openRegisterForm(page);
    await register(page, { nationalId: persianInvalid, firstName: 'یاسین', lastName, fatherName: 'رضا', sex: 'مرد', birthDate: ['۱۳۸۵', '۱۱', '۰۲'] });
    const error = page.getByText(`کد ملی «${persianInvalid}» معتبر نیست (رقم کنترل نادرست است).`, { exact: true });
    await error.waitFor();
    expect(await page.getByLabel('کد ملی', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'برخی فیلدها نادرست‌اند. خطاها را در کنار هر فیلد ببینید.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/persons/new');

    // Nothing saved: no one by that name or ID, and as many people as before.
    expect((await personsMatching(page, lastName)).total).toBe(0);
    expect((await personsMatching(page, invalid)).total).toBe(0);
    expect((await getJson<PersonList>(page, '/persons?pageSize=1')).total).toBe(before.total);

    // The server refuses it too, should a client skip the form's check.
    const refused = await page.request.post(`${suite.server.url}/api/v1/persons`, {
      headers: { 'x-csrf-token': await csrfToken(page, suite.server.url) },
      data: { nationalId: invalid, firstName: 'یاسین', lastName, sex: 'male', neighborhoodId: await valiasrNeighborhoodId(page) },
    });
    expect(refused.status()).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'residents.invalid_national_id', errors: [{ path: 'nationalId' }] });
    expect((await personsMatching(page, lastName)).total).toBe(0);
  });

  it('the budget office has no people menu or list, but sees a Semnan neighbourhood’s resident numbers', async () => {
    const page = await signIn('budget');
    const nav = page.getByRole('navigation', { name: 'ناوبری اصلی' });
    await nav.getByRole('link', { name: 'محلات', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'ساکنان', exact: true }).count()).toBe(0);

    // The people list, opened by its address: the not-allowed page, and no list.
    await page.goto(`${suite.server.url}/persons`);
    await page.getByText('شما به این صفحه دسترسی ندارید.', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'بازگشت به صفحهٔ نخست' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'ساکنان', exact: true }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect((await page.request.get(`${suite.server.url}/api/v1/persons`)).status()).toBe(403);

    // The neighbourhood page: the registry's numbers, counts only.
    const id = await valiasrNeighborhoodId(page);
    const stats = await getJson<ResidentStats>(page, `/neighborhoods/${id}/residents/stats`);
    expect(stats.residents).toBeGreaterThan(0);
    expect(stats.households).toBeGreaterThan(0);
    await page.goto(`${suite.server.url}/neighborhoods/${id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(valiasr.typed) }).waitFor();
    const heading = page.getByRole('heading', { level: 2, name: /^ساکنان ثبت‌شده/ });
    await heading.waitFor();
    const card = page.locator('section').filter({ has: heading });
    await card.getByText(persianNumber.format(stats.residents), { exact: true }).first().waitFor();
    await card.getByText(persianNumber.format(stats.households), { exact: true }).first().waitFor();
    const bySex = card.getByRole('table', { name: 'به تفکیک جنسیت' });
    const countOf = async (label: string) => ((await bySex.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').first().textContent()) ?? '').trim();
    await expect.poll(() => countOf('زن')).toBe(persianNumber.format(stats.bySex.female));
    await expect.poll(() => countOf('مرد')).toBe(persianNumber.format(stats.bySex.male));
    expect(stats.bySex.female + stats.bySex.male).toBe(stats.residents);
    expect(await card.getByText('هنوز کسی از این محله در سامانه ثبت نشده است.').count()).toBe(0);
    // No way from the numbers to the people.
    expect(await page.getByRole('link', { name: 'ساکنان این محله' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'خانوار تازه' }).count()).toBe(0);
  });
});
