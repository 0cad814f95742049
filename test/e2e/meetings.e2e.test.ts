import { randomInt } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src/lib/persian/index.ts';
import { csrfToken, skipBrowserTests, useBrowserSuite } from './browser.ts';

/** The agencies' names as the selects and the minutes show them. */
const reliefCommittee = 'کمیته امداد امام خمینی (ره)';
const welfare = 'سازمان بهزیستی کشور';

interface ResolutionDetail {
  id: number;
  status: string;
  progress: number;
  canFollowUp: boolean;
  followUps: Array<{ text: string; progress: number; statusAfter: string }>;
}

interface MeetingDetail {
  id: number;
  resolutions: Array<{ id: number; rowNumber: number; text: string; leadAgencyCode: string; deadline: string; deadlineAmount: number | null; deadlineUnit: string | null }>;
}

describe.skipIf(skipBrowserTests)('meetings, minutes and resolutions in the browser', () => {
  const suite = useBrowserSuite();
  const { signIn, getJson } = suite;

  /** Types a Jalali date into a date field with Persian digits, segment after segment, as the neighbourhoods test does. */
  async function typeJalaliDate(scope: Page | Locator, page: Page, label: string, [year, month, day]: [string, string, string]): Promise<void> {
    await scope.getByRole('group', { name: label }).getByRole('spinbutton', { name: /سال/ }).click();
    await page.keyboard.type(year);
    await page.keyboard.type(month);
    await page.keyboard.type(day);
  }

  async function postJson<T>(page: Page, path: string, data: unknown): Promise<T> {
    const response = await page.request.post(`${suite.server.url}/api/v1${path}`, { headers: { 'x-csrf-token': await csrfToken(page, suite.server.url) }, data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as T;
  }

  /** The texts of a table's header row and of its first body row, paired: «تاریخ تشکیل:» → «۱۴۰۳/۰۸/۰۵». */
  async function headerTable(table: Locator): Promise<Record<string, string>> {
    const labels = await table.getByRole('columnheader').allTextContents();
    const values = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
    return Object.fromEntries(labels.map((label, index) => [label.trim(), (values[index] ?? '').trim()]));
  }

  it('a secretary records a meeting with two resolutions, prints the minutes, the next meeting reviews them, and the agency closes one', async () => {
    const tag = toPersianDigits(String(randomInt(1000, 10_000)));
    const bodyName = `کارگروه آزمایشی مرورگر ${tag} البرز`;
    const firstText = `کمیته امداد فهرست خانوارهای نیازمند محلهٔ آزمایشی ${tag} را به‌روز و بستهٔ معیشتی میان آنان توزیع کند.`;
    const secondText = `بهزیستی در محلهٔ آزمایشی ${tag} مهدکودک رایگان برای کودکان خانوارهای زن‌سرپرست راه‌اندازی کند.`;
    const page = await signIn('alborz');

    // 1. A new body of the province, through the bodies page.
    await page.getByRole('link', { name: 'قرارگاه‌ها و کارگروه‌ها', exact: true }).click();
    // Pages load lazily, and the previous one stays on screen until the next is drawn: wait for its heading.
    await page.getByRole('heading', { level: 1, name: 'قرارگاه‌ها و کارگروه‌ها' }).waitFor();
    await page.getByRole('button', { name: 'نهاد جدید' }).click();
    const bodyForm = page.getByRole('form', { name: 'ثبت قرارگاه یا کارگروه' });
    await bodyForm.getByLabel('نام', { exact: true }).fill(bodyName);
    await bodyForm.getByLabel('نوع', { exact: true }).selectOption({ label: 'کارگروه' });
    await bodyForm.getByLabel('سطح', { exact: true }).selectOption({ label: 'استانی' });
    await bodyForm.getByLabel('استان', { exact: true }).selectOption({ label: 'البرز' });
    await bodyForm.getByLabel('رئیس', { exact: true }).fill('معاون سیاسی، امنیتی و اجتماعی استاندار');
    await bodyForm.getByLabel('دبیر', { exact: true }).fill('مدیرکل دفتر امور اجتماعی استانداری');
    await bodyForm.getByRole('checkbox', { name: reliefCommittee, exact: true }).check();
    await bodyForm.getByRole('checkbox', { name: welfare, exact: true }).check();
    await bodyForm.getByRole('button', { name: 'ایجاد', exact: true }).click();
    await page.waitForURL(/\/bodies\/\d+$/);
    await page.getByText('نهاد ثبت شد.').waitFor();
    await page.getByRole('heading', { level: 1, name: bodyName, exact: true }).waitFor();
    const bodyId = Number(new URL(page.url()).pathname.split('/').pop());

    // 2. Its first meeting, from the meetings list: a Jalali date typed in Persian digits, its weekday shown at once.
    await page.getByRole('link', { name: 'جلسات و صورتجلسه‌ها', exact: true }).click();
    // The body's page has a «جلسهٔ جدید» link too: click the list's, once the list is on screen.
    await page.getByRole('heading', { level: 1, name: 'جلسات و صورتجلسه‌ها' }).waitFor();
    await page.getByRole('link', { name: 'جلسهٔ جدید' }).click();
    await page.waitForURL(/\/meetings\/new$/);
    await page.getByRole('heading', { name: 'ثبت جلسهٔ جدید' }).waitFor();
    await page.getByLabel('قرارگاه یا کارگروه', { exact: true }).selectOption({ label: bodyName });
    await page.getByText('خالی بماند تا شمارهٔ بعدی (۱) گذاشته شود.').waitFor();
    await page.getByLabel('وضعیت', { exact: true }).selectOption({ label: 'برگزارشده' });
    const weekday = page.getByRole('status', { name: 'روز', exact: true });
    expect(await weekday.textContent()).toBe('با انتخاب تاریخ');
    await typeJalaliDate(page, page, 'تاریخ تشکیل', ['۱۴۰۳', '۰۸', '۰۵']);
    // 5 Aban 1403 (26 October 2024) was a Saturday.
    await expect.poll(() => weekday.textContent()).toBe('شنبه');
    await page.getByLabel('ساعت', { exact: true }).fill('۰۹:۰۰');
    await page.getByLabel('محل تشکیل جلسه', { exact: true }).fill('سالن جلسات شهدای دولت استانداری');
    await page.getByLabel('شمارهٔ دعوتنامه', { exact: true }).fill('21/25/1045');
    await typeJalaliDate(page, page, 'تاریخ دعوتنامه', ['۱۴۰۳', '۰۸', '۰۱']);
    await page.getByRole('button', { name: 'ایجاد', exact: true }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await page.getByText('جلسهٔ ۱ ثبت شد.').waitFor();
    await page.getByRole('heading', { level: 1, name: `جلسهٔ ۱ — ${bodyName}` }).waitFor();
    const firstMeetingId = Number(new URL(page.url()).pathname.split('/').pop());

    // 3. Two resolutions: one month for the Relief Committee, a date for the Welfare Organisation.
    await page.getByRole('tab', { name: /^مصوبات/ }).click();
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    let resolutionForm = page.getByRole('form', { name: 'افزودن مصوبه' });
    await resolutionForm.getByLabel('متن مصوبه', { exact: true }).fill(firstText);
    await resolutionForm.getByLabel('دستگاه اقدام‌کننده', { exact: true }).selectOption({ label: reliefCommittee });
    await resolutionForm.getByRole('radio', { name: 'مدت از تاریخ جلسه (مثلاً یک ماه)' }).check();
    await resolutionForm.getByLabel('مدت', { exact: true }).fill('۱');
    await resolutionForm.getByLabel('واحد', { exact: true }).selectOption({ label: 'ماه' });
    // One Jalali month after 5 Aban is 5 Azar 1403, a Monday.
    await expect.poll(() => resolutionForm.getByRole('status', { name: 'مهلت', exact: true }).textContent()).toBe('۱۴۰۳/۰۹/۰۵ (دوشنبه) · یک ماه');
    await resolutionForm.getByRole('button', { name: 'ثبت مصوبه' }).click();
    await page.getByText('مصوبهٔ ردیف ۱ ثبت شد.').waitFor();
    await resolutionForm.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    resolutionForm = page.getByRole('form', { name: 'افزودن مصوبه' });
    await resolutionForm.getByLabel('متن مصوبه', { exact: true }).fill(secondText);
    await resolutionForm.getByLabel('دستگاه اقدام‌کننده', { exact: true }).selectOption({ label: welfare });
    await resolutionForm.getByRole('radio', { name: 'تاریخ مشخص' }).check();
    await typeJalaliDate(resolutionForm, page, 'تاریخ مهلت', ['۱۴۰۳', '۱۰', '۱۵']);
    await expect.poll(() => resolutionForm.getByRole('status', { name: 'مهلت', exact: true }).textContent()).toBe('۱۴۰۳/۱۰/۱۵ (شنبه)');
    await resolutionForm.getByRole('button', { name: 'ثبت مصوبه' }).click();
    await page.getByText('مصوبهٔ ردیف ۲ ثبت شد.').waitFor();

    const resolutionsTable = page.getByRole('table', { name: 'مصوبات جلسه (۲)' });
    const firstRow = resolutionsTable.getByRole('row').filter({ hasText: firstText });
    const secondRow = resolutionsTable.getByRole('row').filter({ hasText: secondText });
    await firstRow.getByRole('link', { name: 'مصوبهٔ ردیف ۱' }).waitFor();
    await secondRow.getByRole('link', { name: 'مصوبهٔ ردیف ۲' }).waitFor();
    expect(await firstRow.textContent()).toContain('یک ماه');
    expect(await firstRow.textContent()).toContain(reliefCommittee);
    expect(await secondRow.textContent()).toContain('۱۴۰۳/۱۰/۱۵');
    expect(await secondRow.textContent()).toContain(welfare);
    expect(await page.getByRole('tab', { name: /^مصوبات/ }).textContent()).toContain('۲');
    const firstMeeting = await getJson<MeetingDetail>(page, `/meetings/${firstMeetingId}`);
    expect(firstMeeting.resolutions.map((r) => [r.rowNumber, r.leadAgencyCode, r.deadline, r.deadlineAmount, r.deadlineUnit])).toEqual([
      [1, 'relief-committee', '2024-11-25', 1, 'month'],
      [2, 'welfare', '2025-01-04', null, null],
    ]);
    const [firstResolution, secondResolution] = firstMeeting.resolutions;

    // 4. The printable minutes open in a new tab, in the headquarters' layout, and print to an A4 PDF.
    const [minutes] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'چاپ صورتجلسه' }).click()]);
    await minutes.waitForURL(new RegExp(`/meetings/${firstMeetingId}/minutes$`));
    await minutes.getByRole('heading', { level: 1, name: `موضوع: اولین صورتجلسه ${bodyName}` }).waitFor();
    await expect.poll(() => minutes.title()).toBe(`اولین صورتجلسه ${bodyName}`);
    const tables = minutes.getByRole('table');
    expect(await tables.count()).toBe(2);
    expect(await headerTable(tables.nth(0))).toEqual({
      'تاریخ تشکیل:': '۱۴۰۳/۰۸/۰۵',
      'روز:': 'شنبه',
      'ساعت:': '۹ صبح',
      'محل تشکیل جلسه:': 'سالن جلسات شهدای دولت استانداری',
      'شماره دعوتنامه:': '۲۱/۲۵/۱۰۴۵',
      'تاریخ دعوتنامه:': '۱۴۰۳/۰۸/۰۱',
    });
    const resolutionsSheet = tables.nth(1);
    expect((await resolutionsSheet.getByRole('columnheader').allTextContents()).map((text) => text.trim())).toEqual([
      'ردیف',
      `مصوبات اولین جلسه ${bodyName} مورخ ۱۴۰۳/۰۸/۰۵`,
      'اقدام کننده',
      'زمان اقدام',
    ]);
    const sheetRows = resolutionsSheet.getByRole('row');
    expect(await sheetRows.count()).toBe(3);
    expect((await sheetRows.nth(1).getByRole('cell').allTextContents()).map((text) => text.trim())).toEqual(['۱', firstText, reliefCommittee, 'یک ماه']);
    expect((await sheetRows.nth(2).getByRole('cell').allTextContents()).map((text) => text.trim())).toEqual(['۲', secondText, welfare, '۱۴۰۳/۱۰/۱۵']);
    await minutes.getByText('در پایان پس از بحث و بررسی و تبادل نظر، موارد ذیل مصوب گردید:').waitFor();
    const pdf = await minutes.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // On paper the toolbar is gone and only the sheet is left.
    const toolbar = minutes.getByRole('toolbar', { name: 'ابزار چاپ' });
    expect(await toolbar.isVisible()).toBe(true);
    await minutes.emulateMedia({ media: 'print' });
    await toolbar.waitFor({ state: 'hidden' });
    await minutes.close();

    // 5. The next meeting of the body, from the body's page, reviews both resolutions.
    await page.getByRole('navigation', { name: 'breadcrumbs' }).getByRole('link', { name: bodyName }).click();
    await page.waitForURL(new RegExp(`/bodies/${bodyId}$`));
    await page.getByRole('heading', { level: 1, name: bodyName, exact: true }).waitFor();
    await page.getByRole('link', { name: 'جلسهٔ جدید' }).click();
    await page.waitForURL(new RegExp(`/meetings/new\\?body=${bodyId}$`));
    await page.getByText('خالی بماند تا شمارهٔ بعدی (۲) گذاشته شود.').waitFor();
    expect(await page.getByLabel('قرارگاه یا کارگروه', { exact: true }).inputValue()).toBe(String(bodyId));
    await page.getByLabel('وضعیت', { exact: true }).selectOption({ label: 'برگزارشده' });
    await typeJalaliDate(page, page, 'تاریخ تشکیل', ['۱۴۰۳', '۰۹', '۱۲']);
    await expect.poll(() => page.getByRole('status', { name: 'روز', exact: true }).textContent()).toBe('دوشنبه');
    await page.getByLabel('ساعت', { exact: true }).fill('10:30');
    await page.getByRole('button', { name: 'ایجاد', exact: true }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await page.getByText('جلسهٔ ۲ ثبت شد.').waitFor();
    await page.getByRole('heading', { level: 1, name: `جلسهٔ ۲ — ${bodyName}` }).waitFor();

    await page.getByRole('tab', { name: /^بررسی مصوبات گذشته/ }).click();
    const reviews = page.getByRole('table', { name: 'بررسی مصوبات گذشته' });
    const firstReview = reviews.getByRole('row').filter({ hasText: firstText });
    const secondReview = reviews.getByRole('row').filter({ hasText: secondText });
    await firstReview.getByRole('link', { name: 'مصوبهٔ ردیف ۱' }).waitFor();
    await secondReview.getByRole('link', { name: 'مصوبهٔ ردیف ۲' }).waitFor();
    expect(await reviews.locator('tbody').getByRole('row').count()).toBe(2);
    for (const row of [firstReview, secondReview]) {
      const text = await row.textContent();
      expect(text).toContain('جلسهٔ ۱');
      expect(text).toContain('شروع نشده');
      expect(text).toContain('تصمیم‌گیری نشده');
    }
    // The one-month deadline (5 Azar) was a week before this meeting (12 Azar); the dated one is still ahead.
    expect(await firstReview.textContent()).toContain('۱۴۰۳/۰۹/۰۵');
    expect(await firstReview.textContent()).toContain('۷ روز');
    expect(await secondReview.textContent()).toContain('۱۴۰۳/۱۰/۱۵');
    await page.getByText('۰ از ۲ تصمیم‌گیری شده').waitFor();

    // 6. The Relief Committee finds its resolution among its open ones, and reports it done.
    const agencyPage = await signIn('emdad-alborz');
    await agencyPage.getByRole('link', { name: 'مصوبات باز من', exact: true }).click();
    await agencyPage.waitForURL(/\/resolutions\/mine$/);
    await agencyPage.getByRole('heading', { level: 1, name: 'مصوبات باز من' }).waitFor();
    // Demo resolutions of the Relief Committee may be listed too: show them all on one page.
    await agencyPage.getByLabel('تعداد در صفحه', { exact: true }).selectOption('200');
    await expect.poll(() => agencyPage.url()).toContain('pageSize=200');
    const mine = agencyPage.getByRole('table', { name: 'مصوبات باز من' });
    const myRow = mine.getByRole('row').filter({ hasText: firstText });
    await myRow.waitFor();
    expect(await myRow.textContent()).toContain('شروع نشده');
    // The other agency's resolution is not the Relief Committee's to report on.
    expect(await mine.getByRole('row').filter({ hasText: secondText }).count()).toBe(0);
    await myRow.getByRole('link', { name: 'ثبت پیگیری' }).click();
    await agencyPage.waitForURL(new RegExp(`/resolutions/${firstResolution?.id}#follow-up$`));
    await agencyPage.getByRole('heading', { level: 1, name: 'مصوبهٔ ردیف ۱ جلسهٔ ۱' }).waitFor();
    await agencyPage.getByText('در صورتجلسه: «یک ماه»').waitFor();

    const followUp = agencyPage.getByRole('region', { name: 'ثبت گزارش پیگیری' });
    const followUpText = `فهرست ۴۲۰ خانوار محلهٔ آزمایشی ${tag} به‌روز شد و بسته‌های معیشتی میان آنان توزیع شد.`;
    await followUp.getByLabel('شرح اقدام', { exact: true }).fill(followUpText);
    await followUp.getByLabel('درصد پیشرفت', { exact: true }).fill('۱۰۰');
    await followUp.getByLabel('وضعیت پس از این گزارش', { exact: true }).selectOption({ label: 'انجام شده' });
    expect(await followUp.getByLabel('درصد پیشرفت', { exact: true }).inputValue()).toBe('۱۰۰');
    await followUp.getByRole('button', { name: 'ثبت گزارش', exact: true }).click();
    await agencyPage.getByText('گزارش پیگیری ثبت شد.').waitFor();

    // Done: the status reads «انجام شده», the report is in the history, and there is nothing left to report.
    await agencyPage.getByRole('heading', { name: 'گزارش‌های پیگیری (۱)' }).waitFor();
    await agencyPage.getByRole('definition').filter({ hasText: /^انجام شده$/ }).waitFor();
    await expect.poll(() => agencyPage.getByRole('progressbar', { name: 'پیشرفت' }).first().getAttribute('aria-valuenow')).toBe('100');
    const report = agencyPage.getByRole('listitem').filter({ hasText: followUpText });
    await report.waitFor();
    expect(await report.textContent()).toContain('انجام شده');
    expect(await report.textContent()).toContain(reliefCommittee);
    await followUp.waitFor({ state: 'detached' });

    const closed = await getJson<ResolutionDetail>(agencyPage, `/resolutions/${firstResolution?.id}`);
    expect(closed.status).toBe('done');
    expect(closed.progress).toBe(100);
    expect(closed.followUps).toMatchObject([{ text: followUpText, progress: 100, statusAfter: 'done' }]);
    const other = await getJson<ResolutionDetail>(page, `/resolutions/${secondResolution?.id}`);
    expect(other.status).toBe('not_started');
  });

  it('the agency gets no follow-up form on another agency’s resolution, and bad input shows its Persian error and saves nothing', async () => {
    const tag = toPersianDigits(String(randomInt(1000, 10_000)));
    const ownText = `کمیته امداد برای خانوارهای محلهٔ آزمایشی ${tag} بیمهٔ درمان تکمیلی برقرار کند.`;
    const otherText = `بهزیستی در محلهٔ آزمایشی ${tag} خانهٔ سلامت روان راه‌اندازی کند.`;
    const page = await signIn('alborz');

    // The body, a held meeting and its two resolutions come through the API: this test is about what the forms refuse.
    const body = await postJson<{ id: number }>(page, '/bodies', { nameFa: `کارگروه خطاهای مرورگر ${tag} البرز`, kind: 'working_group', level: 'province', provinceCode: '30' });
    const meeting = await postJson<{ id: number }>(page, '/meetings', { bodyId: body.id, heldOn: '1403/08/05', status: 'held' });
    const own = await postJson<{ id: number }>(page, `/meetings/${meeting.id}/resolutions`, { text: ownText, leadAgencyCode: 'relief-committee', deadline: { kind: 'duration', amount: 1, unit: 'month' } });
    const other = await postJson<{ id: number }>(page, `/meetings/${meeting.id}/resolutions`, { text: otherText, leadAgencyCode: 'welfare', deadline: { kind: 'date', date: '1403/10/15' } });

    // A deadline before the meeting: the server's message under the date field, and no third resolution.
    await page.goto(`${suite.server.url}/meetings/${meeting.id}?tab=resolutions`);
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    const resolutionForm = page.getByRole('form', { name: 'افزودن مصوبه' });
    await resolutionForm.getByLabel('متن مصوبه', { exact: true }).fill(`مصوبهٔ نادرست ${tag} با مهلتی پیش از جلسه.`);
    await resolutionForm.getByLabel('دستگاه اقدام‌کننده', { exact: true }).selectOption({ label: reliefCommittee });
    await resolutionForm.getByRole('radio', { name: 'تاریخ مشخص' }).check();
    await typeJalaliDate(resolutionForm, page, 'تاریخ مهلت', ['۱۴۰۳', '۰۷', '۲۰']);
    await resolutionForm.getByRole('button', { name: 'ثبت مصوبه' }).click();
    await resolutionForm.getByText('مهلت اقدام (۱۴۰۳/۰۷/۲۰) نمی‌تواند پیش از تاریخ جلسه (۱۴۰۳/۰۸/۰۵) باشد.').waitFor();
    expect(await resolutionForm.getByRole('group', { name: 'تاریخ مهلت' }).getAttribute('data-invalid')).toBe('true');
    expect(await resolutionForm.isVisible()).toBe(true);
    expect((await getJson<MeetingDetail>(page, `/meetings/${meeting.id}`)).resolutions).toHaveLength(2);
    await page.getByRole('table', { name: 'مصوبات جلسه (۲)' }).waitFor();

    const agencyPage = await signIn('emdad-alborz');

    // Another agency's resolution: readable, but without the follow-up form; the API refuses a report too.
    await agencyPage.goto(`${suite.server.url}/resolutions/${other.id}`);
    await agencyPage.getByRole('heading', { level: 1, name: 'مصوبهٔ ردیف ۲ جلسهٔ ۱' }).waitFor();
    await agencyPage.getByText(otherText).waitFor();
    await agencyPage.getByRole('heading', { name: 'گزارش‌های پیگیری (۰)' }).waitFor();
    expect(await agencyPage.getByRole('region', { name: 'ثبت گزارش پیگیری' }).count()).toBe(0);
    expect(await agencyPage.getByRole('button', { name: 'ثبت گزارش', exact: true }).count()).toBe(0);
    expect(await agencyPage.getByLabel('درصد پیشرفت', { exact: true }).count()).toBe(0);
    expect((await getJson<ResolutionDetail>(agencyPage, `/resolutions/${other.id}`)).canFollowUp).toBe(false);
    const refused = await agencyPage.request.post(`${suite.server.url}/api/v1/resolutions/${other.id}/follow-ups`, {
      headers: { 'x-csrf-token': await csrfToken(agencyPage, suite.server.url) },
      data: { text: 'گزارشی که نباید ثبت شود.', progress: 50, status: 'in_progress' },
    });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('resolutions.not_responsible');

    // Its own resolution: progress ۱۵۰ is refused inline, in Persian, and no report is saved.
    await agencyPage.goto(`${suite.server.url}/resolutions/${own.id}`);
    await agencyPage.getByRole('heading', { level: 1, name: 'مصوبهٔ ردیف ۱ جلسهٔ ۱' }).waitFor();
    const followUp = agencyPage.getByRole('region', { name: 'ثبت گزارش پیگیری' });
    await followUp.getByLabel('شرح اقدام', { exact: true }).fill(`بیمهٔ تکمیلی ${tag} در حال برقراری است.`);
    const progress = followUp.getByLabel('درصد پیشرفت', { exact: true });
    await progress.fill('۱۵۰');
    await progress.blur();
    const error = followUp.getByText('درصد پیشرفت باید عددی بین ۰ تا ۱۰۰ باشد.');
    await error.waitFor();
    expect(await progress.getAttribute('aria-invalid')).toBe('true');
    await followUp.getByRole('button', { name: 'ثبت گزارش', exact: true }).click();
    await followUp.getByText('برخی فیلدها نادرست‌اند. خطاها را در کنار هر فیلد ببینید.').waitFor();
    expect(await error.isVisible()).toBe(true);
    await agencyPage.getByRole('heading', { name: 'گزارش‌های پیگیری (۰)' }).waitFor();
    const unchanged = await getJson<ResolutionDetail>(agencyPage, `/resolutions/${own.id}`);
    expect(unchanged.followUps).toHaveLength(0);
    expect(unchanged.progress).toBe(0);
    expect(unchanged.status).toBe('not_started');
  });
});
