import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { listAgencies } from '../reference/index.ts';
import { can } from '../users/index.ts';
import { assertMayReadPersons } from './residents.policy.ts';
import { bornAfterForAxis, toPersonSummary } from './residents.presenters.ts';
import * as repo from './residents.repository.ts';
import type { PersonListQuery, PersonSummary } from './residents.schemas.ts';
import { searchFilter } from './residents.service.ts';

const sexFa = { male: 'مرد', female: 'زن' } as const;
const axisFa = { transformation: 'تحول', empowerment: 'توانمندسازی' } as const;
const headers = ['کد ملی', 'نام', 'نام خانوادگی', 'نام پدر', 'جنسیت', 'تاریخ تولد', 'سن', 'محور', 'محله', 'شناسهٔ خانوار', 'دستگاه‌ها'] as const;

/** Cells that a spreadsheet would run as a formula are written as text. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cells(person: PersonSummary, agencyNames: Map<string, string>): (string | number)[] {
  return [
    person.nationalId ?? '',
    neutralise(person.firstName),
    neutralise(person.lastName),
    neutralise(person.fatherName),
    sexFa[person.sex],
    person.birthDate ? formatJalali(person.birthDate, { persianDigits: false }) : '',
    person.age ?? '',
    person.axis ? axisFa[person.axis] : '',
    person.neighborhoodNameFa ?? '',
    person.householdId ?? '',
    person.agencyCodes.map((code) => agencyNames.get(code) ?? code).join('، '),
  ];
}

const exportLimit = 200_000;

/** The filtered people, in pages; national IDs masked unless the reader may see them. */
async function* people(db: Kysely<Database>, context: RequestContext, query: Omit<PersonListQuery, 'page' | 'pageSize'>) {
  const asOf = todayIso();
  const whole = can(context.actor.role, 'persons.national_id');
  for (let offset = 0; offset < exportLimit; offset += 5000) {
    const { rows } = await repo.listPersons(db, context.actor.scope, {
      ...searchFilter(query.q, context.actor),
      neighborhood: query.neighborhood,
      household: query.household,
      agency: query.agency,
      sex: query.sex,
      ...(query.axis && bornAfterForAxis(query.axis, asOf)),
      missingId: query.missingId === undefined ? undefined : query.missingId === 'true',
      limit: 5000,
      offset,
    });
    for (const row of rows) yield toPersonSummary(row, whole, asOf);
    if (rows.length < 5000) return;
  }
}

async function namesOfAgencies(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await listAgencies(db)).map((agency) => [agency.code, agency.nameFa]));
}

function assertMayExport(context: RequestContext): void {
  assertMayReadPersons(context.actor);
  if (!can(context.actor.role, 'export')) throw new AppError('forbidden', 'auth.forbidden');
}

export async function exportPersonsXlsx(db: Kysely<Database>, context: RequestContext, query: Omit<PersonListQuery, 'page' | 'pageSize'>): Promise<Buffer> {
  assertMayExport(context);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ساکنان', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  // National IDs are text: a number column would drop their leading zeros.
  sheet.getColumn(1).numFmt = '@';
  const agencyNames = await namesOfAgencies(db);
  let rows = 0;
  for await (const person of people(db, context, query)) {
    sheet.addRow(cells(person, agencyNames));
    rows += 1;
  }
  await recordAudit(db, context, { action: 'export', entity: 'person', entityId: null, after: { filters: query, rows, format: 'xlsx' } });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark, so Excel opens the Persian text correctly. */
export async function exportPersonsCsv(db: Kysely<Database>, context: RequestContext, query: Omit<PersonListQuery, 'page' | 'pageSize'>): Promise<string> {
  assertMayExport(context);
  const agencyNames = await namesOfAgencies(db);
  const lines = [headers.map(csvCell).join(',')];
  for await (const person of people(db, context, query)) lines.push(cells(person, agencyNames).map(csvCell).join(','));
  await recordAudit(db, context, { action: 'export', entity: 'person', entityId: null, after: { filters: query, rows: lines.length - 1, format: 'csv' } });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
