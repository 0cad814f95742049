import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import * as repo from './geography.repository.ts';
import type { NeighborhoodListQuery } from './geography.schemas.ts';
import { listFilter, toNeighborhood } from './geography.service.ts';

const severityFa = { very_severe: 'خیلی شدید', severe: 'شدید', weak: 'ضعیف', very_weak: 'خیلی ضعیف' } as const;
const fabricFa = { worn_out: 'بافت فرسوده', informal_settlement: 'سکونتگاه غیررسمی', historic: 'بافت تاریخی', rural_origin: 'روستاپیوسته' } as const;
const statusFa = { candidate: 'نامزد', target: 'هدف', graduated: 'خارج‌شده از طرح' } as const;

/** Cells that a spreadsheet would run as a formula are written as text. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const exportLimit = 100_000;

/**
 * The neighbourhood list with the same filters, as an .xlsx workbook with a right-to-left sheet
 * and Persian headers, as people who work in Excel expect it. The export itself is audited.
 */
export async function exportNeighborhoods(db: Kysely<Database>, context: RequestContext, query: NeighborhoodListQuery): Promise<Buffer> {
  if (!can(context.actor.role, 'export')) throw new AppError('forbidden', 'auth.forbidden');
  // exceljs is large; loading it on the first export keeps it out of the server's start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tavana';
  const sheet = workbook.addWorksheet('محلات', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'کد', key: 'code', width: 12 },
    { header: 'نام محله', key: 'nameFa', width: 28 },
    { header: 'نام انگلیسی', key: 'nameEn', width: 24 },
    { header: 'استان', key: 'province', width: 16 },
    { header: 'شهرستان', key: 'county', width: 16 },
    { header: 'شهر', key: 'city', width: 16 },
    { header: 'جمعیت', key: 'population', width: 12, style: { numFmt: '#,##0' } },
    { header: 'خانوار', key: 'households', width: 12, style: { numFmt: '#,##0' } },
    { header: 'مساحت (هکتار)', key: 'area', width: 14 },
    { header: 'نوع بافت', key: 'fabric', width: 18 },
    { header: 'شدت محرومیت', key: 'severity', width: 14 },
    { header: 'وضعیت', key: 'status', width: 14 },
    { header: 'دستگاه متولی', key: 'steward', width: 30 },
    { header: 'خانهٔ محله', key: 'house', width: 16 },
    { header: 'عرض جغرافیایی', key: 'latitude', width: 14 },
    { header: 'طول جغرافیایی', key: 'longitude', width: 14 },
    { header: 'آخرین ویرایش', key: 'updatedAt', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  let exported = 0;
  for (let offset = 0; offset < exportLimit; offset += 5000) {
    const { rows } = await repo.listNeighborhoods(db, context.actor.scope, listFilter(query, 5000, offset));
    for (const row of rows.map(toNeighborhood)) {
      sheet.addRow({
        code: row.code,
        nameFa: safeText(row.nameFa),
        nameEn: safeText(row.nameEn),
        province: row.provinceNameFa,
        county: row.countyNameFa,
        city: row.cityNameFa,
        population: row.population,
        households: row.households,
        area: row.areaHectares,
        fabric: fabricFa[row.fabric],
        severity: severityFa[row.severity],
        status: statusFa[row.status],
        steward: row.stewardAgencyNameFa ?? '',
        house: row.stewardHouseNameFa ?? '',
        latitude: row.latitude,
        longitude: row.longitude,
        updatedAt: formatJalali(row.updatedAt.slice(0, 10), { persianDigits: false }),
      });
    }
    exported += rows.length;
    if (rows.length < 5000) break;
  }
  await recordAudit(db, context, { action: 'export', entity: 'neighborhood', entityId: null, after: { filters: query, rows: exported } });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
