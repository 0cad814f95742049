import type { AgencyLink, Axis, Person, PersonSummary } from './residents.schemas.ts';
import type * as repo from './residents.repository.ts';

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string | null, asOf: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Transformation from birth to 30, empowerment over 30 (the programme's two axes). */
export function axisOn(birthDate: string | null, asOf: string): Axis | null {
  const age = ageOn(birthDate, asOf);
  if (age === null) return null;
  return age <= 30 ? 'transformation' : 'empowerment';
}

/** The birth-date bound of an axis on a day: 30 or younger means born after this day 31 years earlier. */
export function bornAfterForAxis(axis: Axis, asOf: string): { bornAfter: string } | { bornOnOrBefore: string } {
  const [y, m, d] = asOf.split('-');
  const bound = `${String(Number(y) - 31).padStart(4, '0')}-${m}-${d === '29' && m === '02' ? '28' : d}`;
  return axis === 'transformation' ? { bornAfter: bound } : { bornOnOrBefore: bound };
}

/** `******1234`: lists show the last four digits to those who may not see the whole ID. */
export function maskNationalId(nationalId: string | null, whole: boolean): string | null {
  if (nationalId === null) return null;
  return whole ? nationalId : `******${nationalId.slice(-4)}`;
}

export function toPersonSummary(row: repo.PersonRow, wholeNationalId: boolean, asOf: string): PersonSummary {
  return {
    id: String(row.id),
    provinceCode: row.province_code,
    householdId: row.household_id === null ? null : String(row.household_id),
    neighborhoodId: row.neighborhood_id,
    neighborhoodNameFa: row.neighborhood_name_fa,
    nationalId: maskNationalId(row.national_id, wholeNationalId),
    missingIdReason: row.missing_id_reason as PersonSummary['missingIdReason'],
    firstName: row.first_name,
    lastName: row.last_name,
    fatherName: row.father_name,
    sex: row.sex as PersonSummary['sex'],
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, asOf),
    axis: axisOn(row.birth_date, asOf),
    relation: row.relation as PersonSummary['relation'],
    agencyCodes: row.agency_codes ?? [],
    version: row.version,
  };
}

/** The whole record: the national ID unmasked (the reading is audited). */
export function toPerson(row: repo.PersonRow, links: Awaited<ReturnType<typeof repo.agencyLinks>>, asOf: string): Person {
  const agencies: AgencyLink[] = links.map((link) => ({
    agencyCode: link.agency_code,
    agencyNameFa: link.name_fa,
    caseNumber: link.case_number,
    startedOn: link.started_on,
    endedOn: link.ended_on,
  }));
  return {
    ...toPersonSummary(row, true, asOf),
    phone: row.phone,
    schooling: row.schooling as Person['schooling'],
    insurance: row.insurance as Person['insurance'],
    employment: row.employment as Person['employment'],
    disability: row.disability,
    notes: row.notes,
    agencies,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
