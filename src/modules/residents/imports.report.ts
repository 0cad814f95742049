/**
 * Workbooks of the import: the report of a dry run or a commit (counts, and every rejected row with
 * its reasons and its original cells, so it can be fixed and imported again), and the empty
 * template with the Persian header of every field.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { importFieldLabelsFa, importFields } from './import/index.ts';
import * as repo from './imports.repository.ts';
import type { ImportCounts } from './imports.schemas.ts';
import { rowErrors, visibleJob } from './imports.service.ts';
import { assertMayWritePersons } from './residents.policy.ts';
import { neutralise } from './residents.export.ts';

const statusFa: Record<string, string> = {
  analysing: 'در حال بررسی',
  needs_mapping: 'نیازمند تعیین ستون‌ها',
  analysed: 'بررسی‌شده (هنوز ثبت نشده)',
  committing: 'در حال ثبت',
  committed: 'ثبت‌شده',
  failed: 'ناموفق',
  cancelled: 'لغوشده',
};

const countLabelsFa: [keyof ImportCounts, string][] = [
  ['rows', 'همهٔ ردیف‌ها'],
  ['create', 'فرد تازه'],
  ['link', 'پیوند فرد موجود به دستگاه'],
  ['update', 'به‌روزرسانی'],
  ['unchanged', 'بدون تغییر'],
  ['rejected', 'ردشده'],
];

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { xlsxType };

/** The report of a job: a summary sheet and the rejected rows. Audited as an export. */
export async function importReportXlsx(db: Kysely<Database>, context: RequestContext, id: string): Promise<Buffer> {
  const job = await visibleJob(db, context.actor, id);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('خلاصه', { views: [{ rightToLeft: true }] });
  summary.columns = [{ width: 32 }, { width: 40 }];
  summary.addRow(['فایل', neutralise(job.file_name)]);
  summary.addRow(['وضعیت', statusFa[job.status] ?? job.status]);
  const counts = job.counts as ImportCounts;
  for (const [key, label] of countLabelsFa) summary.addRow([label, counts[key] ?? 0]);
  summary.getColumn(1).font = { bold: true };

  const rejected = workbook.addWorksheet('ردیف‌های ردشده', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  const headers = (job.headers as string[]).map(neutralise);
  rejected.addRow(['ردیف', 'ستون', 'دلیل', ...headers]).font = { bold: true };
  // Every cell is text: national IDs keep their leading zeros, and nothing is read as a formula.
  for (let after = 0; ; ) {
    const page = await repo.listRows(db, id, 'rejected', 5_000, after);
    for (const row of page) {
      const cells = row.cells.map(neutralise);
      for (const error of rowErrors(row.errors, 'fa')) rejected.addRow([row.row_no, neutralise(error.column), neutralise(error.message), ...cells]);
    }
    if (page.length < 5_000) break;
    after = page[page.length - 1]!.row_no;
  }
  await recordAudit(db, context, { action: 'export', entity: 'import_job', entityId: id, after: { format: 'xlsx', rejected: counts.rejected ?? 0 } });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An empty workbook with the Persian header of every field, to fill in and import. */
export async function importTemplateXlsx(context: RequestContext): Promise<Buffer> {
  assertMayWritePersons(context.actor);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ساکنان', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.addRow(importFields.map((field) => importFieldLabelsFa[field])).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 18;
    // Text columns: national IDs and household numbers keep their leading zeros.
    column.numFmt = '@';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
