import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { formatJalali, toLatinDigits, toPersianDigits } from '../../src/lib/persian/index.ts';
import { encodeWindows1256 } from '../../src/modules/residents/import/fixtures.test-helpers.ts';
import { checkDigit } from '../../src/modules/residents/residents.synthetic-ids.ts';
import { skipBrowserTests, useBrowserSuite } from './browser.ts';

/** A neighbourhood of Shahroud that the Welfare staff of Semnan province serve. */
const valiasr = { nameFa: 'شهرک ولیعصر (مهدی‌آباد)', typed: 'شهرک ولیعصر' };
/** The same words as an Arabic keyboard types them: ي (U+064A) for ی and ك (U+0643) for ک. */
const toArabicLetters = (text: string) => text.replace(/ی/g, '\u064a').replace(/ک/g, '\u0643');

const issued = new Set<string>();
/** A valid national ID beginning 777: never the demo's (999) nor another test's, never twice in a run. */
function newNationalId(): string {
  for (;;) {
    const nine = `777${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const id = `${nine}${checkDigit(nine)}`;
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}

/** The same ID with its check digit off by one: ten digits that fail the checksum. */
const withWrongCheckDigit = (id: string) => `${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}`;

const headers = ['ردیف', 'کد ملی', 'نام', 'نام خانوادگی', 'نام پدر', 'تاریخ تولد', 'جنسیت', 'نسبت با سرپرست', 'شماره خانوار', 'کد محله'];

interface FileRow {
  nationalId: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  birthDate: string;
  sex: 'زن' | 'مرد';
  relation: string;
  household: string;
  neighborhoodCode: string;
}

/** A workbook as an agency keeps its list: a row counter, Persian headers, Jalali dates as text. */
async function buildWorkbook(rows: FileRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ساکنان', { views: [{ rightToLeft: true }] });
  sheet.addRow(headers);
  rows.forEach((row, index) =>
    sheet.addRow([index + 1, row.nationalId, row.firstName, row.lastName, row.fatherName, row.birthDate, row.sex, row.relation, row.household, row.neighborhoodCode]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The first bytes of a PNG: what a photo renamed .xlsx starts with. */
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]);

interface PersonList {
  items: Array<{ id: string; firstName: string; lastName: string; agencyCodes: string[] }>;
  total: number;
}

describe.skipIf(skipBrowserTests)('importing residents from a spreadsheet in the browser', () => {
  const suite = useBrowserSuite();
  const { signIn, getJson } = suite;

  async function valiasrCode(page: Page): Promise<string> {
    const list = await getJson<{ items: Array<{ code: string; nameFa: string; provinceCode: string }> }>(page, `/neighborhoods?q=${encodeURIComponent(valiasr.typed)}&province=20&pageSize=20`);
    const found = list.items.find((n) => n.nameFa === valiasr.nameFa && n.provinceCode === '20');
    expect(found, 'Shahrak-e Valiasr in the demo').toBeDefined();
    return found?.code ?? '';
  }

  /** A headline figure of the import page, by its card's label, as Latin digits. */
  async function stat(page: Page, label: string): Promise<string> {
    const card = page.locator('.stat-card').filter({ has: page.getByText(label, { exact: true }) });
    return toLatinDigits(((await card.locator('.stat-value').textContent()) ?? '').trim());
  }

  /** From anywhere: «ورود از فایل» in the main menu. */
  async function openImports(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'ناوبری اصلی' }).getByRole('link', { name: 'ورود از فایل', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ورود از فایل', exact: true }).waitFor();
  }

  async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await page.getByLabel('فایل ساکنان', { exact: true }).setInputFiles(file);
  }

  it('Welfare imports a list with good and bad rows: reads the dry run, commits skipping the rejected, finds an imported person typed with Arabic letters; the same file again changes nothing', async () => {
    const page = await signIn('behzisti-semnan');
    const code = await valiasrCode(page);
    const ali = newNationalId();
    const good: FileRow[] = [
      { nationalId: ali, firstName: 'علی', lastName: 'کریمی', fatherName: 'حسن', birthDate: '1365/04/12', sex: 'مرد', relation: 'سرپرست', household: '1', neighborhoodCode: code },
      { nationalId: newNationalId(), firstName: 'زهرا', lastName: 'کریمی', fatherName: 'مهدی', birthDate: '1368/01/20', sex: 'زن', relation: 'همسر', household: '1', neighborhoodCode: code },
      { nationalId: newNationalId(), firstName: 'مریم', lastName: 'یگانه‌پور', fatherName: 'رضا', birthDate: '۱۳۷۲/۰۹/۳۰', sex: 'زن', relation: 'سرپرست', household: '2', neighborhoodCode: code },
    ];
    const badId = withWrongCheckDigit(newNationalId());
    const badDateId = newNationalId();
    const unknownPlaceId = newNationalId();
    const bad: FileRow[] = [
      { nationalId: badId, firstName: 'رضا', lastName: 'کیان‌مهر', fatherName: 'احمد', birthDate: '1360/02/02', sex: 'مرد', relation: 'سرپرست', household: '3', neighborhoodCode: code },
      { nationalId: badDateId, firstName: 'سارا', lastName: 'نیک‌سرشت', fatherName: 'علی', birthDate: '1401/07/31', sex: 'زن', relation: 'سرپرست', household: '4', neighborhoodCode: code },
      { nationalId: unknownPlaceId, firstName: 'حمید', lastName: 'کوهسارنیا', fatherName: 'جواد', birthDate: '1359/11/11', sex: 'مرد', relation: 'سرپرست', household: '5', neighborhoodCode: 'ZZ-0000' },
    ];
    const workbook = await buildWorkbook([...good, ...bad]);
    const file = { name: 'ساکنان-ولیعصر.xlsx', mimeType: xlsxType, buffer: workbook };

    await openImports(page);

    // Refused before sending: not a spreadsheet's name. Refused by the server: a photo named .xlsx.
    await chooseFile(page, { name: 'یادداشت.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByText('تنها فایل اکسل (.xlsx) یا CSV پذیرفته می‌شود.', { exact: true }).waitFor();
    await chooseFile(page, { name: 'photo.xlsx', mimeType: xlsxType, buffer: pngBytes });
    await page.getByRole('button', { name: 'بارگذاری و بررسی' }).click();
    await page.getByRole('alert').filter({ hasText: 'این فایل صفحه‌گسترده نیست. فایل اکسل (.xlsx) یا CSV بارگذاری کنید.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/imports');

    // 1. The real file: a job page that follows the check to its end.
    await chooseFile(page, file);
    await page.getByRole('button', { name: 'بارگذاری و بررسی' }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    const jobId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 2, name: 'نتیجهٔ بررسی' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);

    // 2. The dry run: six rows, three new people, three refused; nothing saved yet.
    expect(await stat(page, 'ردیف‌ها')).toBe('6');
    expect(await stat(page, 'ثبت تازه')).toBe('3');
    expect(await stat(page, 'ردشده')).toBe('3');
    expect(await stat(page, 'پیوند به دستگاه')).toBe('0');
    expect((await getJson<PersonList>(page, `/persons?q=${ali}`)).total).toBe(0);

    // The refused rows' tab opens first: row number (the spreadsheet's), column, Persian reason.
    const tab = page.getByRole('tab', { name: /^ردشده/ });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const table = page.getByRole('table', { name: 'ردیف‌های ردشده' });
    const bodyRows = table.locator('tbody').getByRole('row');
    await expect.poll(() => bodyRows.count()).toBe(3);
    /** A refused row as shown: its number and name, and each problem as [column, reason]. */
    const rejected: Array<{ row: string; name: string; problems: string[][] }> = [];
    for (const row of await bodyRows.all()) {
      const cells = row.getByRole('cell');
      const text = async (index: number) => toLatinDigits(((await cells.nth(index).textContent()) ?? '').trim());
      const lines = async (index: number) => (await cells.nth(index).getByRole('listitem').allTextContents()).map((line) => toLatinDigits(line.trim()));
      const [columns, reasons] = [await lines(2), await lines(3)];
      rejected.push({ row: await text(0), name: await text(1), problems: columns.map((column, index) => [column, reasons[index] ?? '']) });
    }
    expect(rejected.map(({ row, name }) => [row, name])).toEqual([
      ['5', 'رضا کیان‌مهر'],
      ['6', 'سارا نیک‌سرشت'],
      ['7', 'حمید کوهسارنیا'],
    ]);
    expect(rejected[0]?.problems).toContainEqual(['کد ملی', `کد ملی «${badId}» معتبر نیست (رقم کنترل نادرست است).`]);
    expect(rejected[1]?.problems).toContainEqual(['تاریخ تولد', 'تاریخ 1401/07/31 در تقویم شمسی وجود ندارد.']);
    expect(rejected[2]?.problems).toContainEqual(['کد محله', 'محلهٔ «ZZ-0000» در ستون «کد محله» در محدودهٔ دسترسی شما پیدا نشد.']);
    // The new people's tab lists the good rows.
    await page.getByRole('tab', { name: /^ثبت تازه/ }).click();
    const created = page.getByRole('table', { name: 'ردیف‌های ثبت تازه' });
    await expect.poll(async () => (await created.locator('tbody').getByRole('row').allTextContents()).length).toBe(3);
    expect(await created.textContent()).toContain('علی کریمی');

    // 3. Commit: a second yes that names the rows to be skipped.
    await page.getByRole('button', { name: /^ثبت .+ ردیف$/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`${toPersianDigits('3')} ردیف خطا دارد و ثبت نمی‌شود. ${toPersianDigits('3')} ردیف دیگر ثبت شود؟`, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'ثبت و کنار گذاشتن ردیف‌های ردشده' }).click();
    await page.getByRole('status').filter({ hasText: 'ورود انجام شد' }).waitFor({ timeout: 60_000 });
    expect(await stat(page, 'ثبت شدند')).toBe('3');
    expect(await stat(page, 'کنار گذاشته شدند')).toBe('3');

    // Written: the good rows, for Welfare; the refused ones, not at all.
    const byId = await getJson<PersonList>(page, `/persons?q=${ali}`);
    expect(byId.items.map((p) => [p.firstName, p.lastName, p.agencyCodes])).toEqual([['علی', 'کریمی', ['welfare']]]);
    for (const row of good) expect((await getJson<PersonList>(page, `/persons?q=${row.nationalId}`)).total, row.lastName).toBe(1);
    for (const id of [badDateId, unknownPlaceId]) expect((await getJson<PersonList>(page, `/persons?q=${id}`)).total).toBe(0);
    expect((await getJson<PersonList>(page, `/persons?q=${encodeURIComponent('کیان‌مهر')}`)).total).toBe(0);

    // 4. To the people list, and «علي كريمي» typed with Arabic letters finds «علی کریمی».
    await page.getByRole('link', { name: 'مشاهدهٔ فهرست ساکنان' }).click();
    await page.getByRole('heading', { level: 1, name: 'ساکنان', exact: true }).waitFor();
    const typed = toArabicLetters('علی کریمی');
    expect(typed).toBe('علي كريمي');
    await page.getByLabel('جست‌وجوی نام یا کد ملی', { exact: true }).fill(typed);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed);
    const people = page.getByRole('table', { name: 'ساکنان' });
    // The demo has its own Ali Karimis: ours is the one whose ID ends as the imported one does.
    const ours = people.getByRole('row').filter({ has: page.getByRole('link', { name: 'علی کریمی', exact: true }) }).filter({ hasText: toPersianDigits(ali.slice(-4)) });
    await ours.waitFor();

    // 5. The same file again: the earlier job, saying when it was imported, and nothing new.
    const before = await getJson<PersonList>(page, '/persons?pageSize=1');
    await openImports(page);
    await chooseFile(page, file);
    await page.getByRole('button', { name: 'بارگذاری و بررسی' }).click();
    await page.waitForURL(new RegExp(`/imports/${jobId}$`));
    const job = await getJson<{ committedAt: string }>(page, `/imports/${jobId}`);
    const committedOn = formatJalali(todayIso('Asia/Tehran', new Date(job.committedAt)), { persianDigits: true });
    await page.getByRole('status').filter({ hasText: `همین فایل در ${committedOn} وارد شده بود و این بار چیزی تغییر نکرد.` }).waitFor();
    expect((await getJson<PersonList>(page, '/persons?pageSize=1')).total).toBe(before.total);

    // The list of the user's imports shows the job, committed.
    await openImports(page);
    const jobs = page.getByRole('table', { name: 'ورودهای پیشین' });
    const jobRow = jobs.getByRole('row').filter({ has: page.getByRole('link', { name: file.name }) });
    await jobRow.getByText('ثبت شد', { exact: true }).waitFor();
  });

  it('a house reads an old Windows-1256 CSV whose columns it must name: the mapping form checks the choices, the dry run follows, and cancelling saves nothing', async () => {
    const page = await signIn('khane-valiasr');
    const code = await valiasrCode(page);
    const [first, second] = [newNationalId(), newNationalId()];
    // An export of an old system: Arabic ي in every word, «اسم» for the first name and «کد محل» for the neighbourhood's code.
    const csv = [
      'کدملي,اسم,فاميلي,نام پدر,تاريخ تولد,جنس,نسبت,کد محل',
      `${first},پريسا,قنبري‌زاده,يوسف,1370/05/05,زن,سرپرست,${code}`,
      `${second},ياسر,قنبري‌زاده,يوسف,1372/06/06,مرد,سرپرست,${code}`,
    ].join('\r\n');
    await openImports(page);
    await chooseFile(page, { name: 'old-system.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeWindows1256(csv)) });
    await page.getByRole('button', { name: 'بارگذاری و بررسی' }).click();
    await page.waitForURL(/\/imports\/\d+$/);

    // The first name has no column the server knows: the mapping form, with what is missing.
    await page.getByRole('heading', { level: 2, name: 'تعیین ستون‌ها' }).waitFor({ timeout: 60_000 });
    await page.getByRole('alert').filter({ hasText: 'این موارد در فایل پیدا نشدند: نام.' }).waitFor();
    const firstName = page.getByLabel('نام', { exact: true });
    const lastName = page.getByLabel('نام خانوادگی', { exact: true });
    // The columns it did recognise are chosen already, read through the Arabic letters.
    expect(await lastName.locator('option:checked').textContent()).toBe(`فاميلي (ستون ${toPersianDigits('3')})`);
    expect(await firstName.inputValue()).toBe('');

    // Inline checks: a required field left out, then one column chosen twice.
    const submit = page.getByRole('button', { name: 'بررسی دوباره با این ستون‌ها' });
    await submit.click();
    await page.getByText('ستونی برای این مورد انتخاب کنید.', { exact: true }).waitFor();
    expect(await firstName.getAttribute('aria-invalid')).toBe('true');
    await firstName.selectOption({ label: `فاميلي (ستون ${toPersianDigits('3')})` });
    await page.getByText('این ستون برای «نام» انتخاب شده است.', { exact: true }).waitFor();
    expect(await lastName.getAttribute('aria-invalid')).toBe('true');

    await firstName.selectOption({ label: `اسم (ستون ${toPersianDigits('2')})` });
    await page.getByLabel('کد محله', { exact: true }).selectOption({ label: `کد محل (ستون ${toPersianDigits('8')})` });
    expect(await firstName.getAttribute('aria-invalid')).toBeNull();
    await submit.click();

    // Checked again with those columns: two new people, nothing refused.
    await page.getByRole('heading', { level: 2, name: 'نتیجهٔ بررسی' }).waitFor({ timeout: 60_000 });
    expect(await stat(page, 'ردیف‌ها')).toBe('2');
    expect(await stat(page, 'ثبت تازه')).toBe('2');
    expect(await stat(page, 'ردشده')).toBe('0');
    const created = page.getByRole('table', { name: 'ردیف‌های ثبت تازه' });
    await created.getByRole('cell', { name: 'پریسا قنبری‌زاده', exact: true }).waitFor();

    // Cancelled: nothing from the file is saved.
    await page.getByRole('button', { name: 'لغو ورود' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'لغو ورود' }).click();
    await page.getByText('این ورود لغو شد و چیزی از فایل ثبت نشد.', { exact: true }).waitFor();
    for (const id of [first, second]) expect((await getJson<PersonList>(page, `/persons?q=${id}`)).total).toBe(0);
  });
});
