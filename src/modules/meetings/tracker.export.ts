import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali, numberToPersianWords } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import { scopeArea } from './meetings.area.ts';
import * as repo from './resolutions.repository.ts';
import type { Resolution, TrackerQuery } from './resolutions.schemas.ts';
import { presentRows, trackerFilter } from './tracker.service.ts';

export const statusFa = { not_started: 'شروع نشده', in_progress: 'در حال اقدام', done: 'انجام شده', stopped: 'متوقف', cancelled: 'لغو شده' } as const;
const unitFa = { day: 'روز', week: 'هفته', month: 'ماه' } as const;

/** «یک ماه» when the deadline was given as a duration, else the Jalali date. */
export function deadlineAsGivenFa(resolution: Pick<Resolution, 'deadline' | 'deadlineAmount' | 'deadlineUnit'>): string {
  if (resolution.deadlineAmount !== null && resolution.deadlineUnit !== null) return `${numberToPersianWords(resolution.deadlineAmount)} ${unitFa[resolution.deadlineUnit]}`;
  return formatJalali(resolution.deadline);
}

function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const exportLimit = 100_000;

/** The filtered tracker as an .xlsx workbook (right-to-left, Persian headers); the export is audited. */
export async function exportTracker(db: Kysely<Database>, context: RequestContext, query: Omit<TrackerQuery, 'page' | 'pageSize'>): Promise<Buffer> {
  if (!can(context.actor.role, 'export')) throw new AppError('forbidden', 'auth.forbidden');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tavana';
  const sheet = workbook.addWorksheet('مصوبات', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'نهاد', key: 'body', width: 30 },
    { header: 'جلسه', key: 'meeting', width: 8 },
    { header: 'تاریخ جلسه', key: 'heldOn', width: 12 },
    { header: 'ردیف', key: 'row', width: 6 },
    { header: 'مصوبه', key: 'text', width: 70 },
    { header: 'اقدام‌کننده', key: 'lead', width: 30 },
    { header: 'همکاران', key: 'co', width: 20 },
    { header: 'زمان اقدام', key: 'given', width: 12 },
    { header: 'مهلت', key: 'deadline', width: 12 },
    { header: 'وضعیت', key: 'status', width: 14 },
    { header: 'پیشرفت (٪)', key: 'progress', width: 10 },
    { header: 'معوق', key: 'overdue', width: 8 },
    { header: 'تأخیر (روز)', key: 'delay', width: 10 },
    { header: 'تاریخ انجام', key: 'completedOn', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  const area = await scopeArea(db, context.actor.scope);
  let exported = 0;
  for (let offset = 0; offset < exportLimit; offset += 5000) {
    const filter = trackerFilter(query, 5000, offset);
    const { rows } = await repo.listTracker(db, area, filter);
    for (const resolution of await presentRows(db, rows, filter.asOf)) {
      sheet.addRow({
        body: resolution.bodyNameFa,
        meeting: resolution.meetingNumber,
        heldOn: formatJalali(resolution.meetingHeldOn, { persianDigits: false }),
        row: resolution.rowNumber,
        text: safeText(resolution.text),
        lead: resolution.leadAgencyNameFa,
        co: resolution.coAgencyCodes.join('، '),
        given: deadlineAsGivenFa(resolution),
        deadline: formatJalali(resolution.deadline, { persianDigits: false }),
        status: statusFa[resolution.status],
        progress: resolution.progress,
        overdue: resolution.overdue ? 'بله' : '',
        delay: resolution.delayDays || null,
        completedOn: resolution.completedOn ? formatJalali(resolution.completedOn, { persianDigits: false }) : '',
      });
    }
    exported += rows.length;
    if (rows.length < 5000) break;
  }
  await recordAudit(db, context, { action: 'export', entity: 'resolution', entityId: null, after: { filters: query, rows: exported } });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
