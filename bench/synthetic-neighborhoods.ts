import { type Kysely, sql } from 'kysely';
import type { Database } from '../src/db/types.ts';
import { normalizePersianText, persianSortKey } from '../src/lib/persian/index.ts';
import { neighborhoodSearchText } from '../src/modules/geography/geography.service.ts';
import type { NeighborhoodValues } from '../src/modules/geography/geography.repository.ts';
import { insertNeighborhoods, listCities } from '../src/modules/geography/geography.repository.ts';

const prefixes = ['کوی', 'شهرک', 'محله', 'حاشیه', 'کوچه‌باغ', 'دروازه', 'تپه', 'باغ'];
const roots = ['ولیعصر', 'امام‌زاده', 'علی‌آباد', 'حسین‌آباد', 'بهشتی', 'فرهنگ', 'کارگر', 'مهدیه', 'نور', 'فجر', 'گلستان', 'سرچشمه', 'زینبیه', 'رحمت', 'شاهد', 'بسیج', 'قائم', 'انقلاب', 'ایثار', 'کوثر'];
const severities = ['very_severe', 'severe', 'severe', 'weak', 'very_weak'] as const;
const fabrics = ['worn_out', 'informal_settlement', 'historic', 'rural_origin'] as const;
const stewards = ['relief-committee', 'setad', 'red-crescent', 'welfare'] as const;

/** Fills the registry with `count` synthetic neighbourhoods spread over every city (benchmarks only). */
export async function insertSyntheticNeighborhoods(db: Kysely<Database>, count: number): Promise<void> {
  const cities = await listCities(db, {});
  const rows: NeighborhoodValues[] = [];
  for (let index = 0; index < count; index++) {
    const city = cities[index % cities.length]!;
    const nameFa = normalizePersianText(`${prefixes[index % prefixes.length]} ${roots[(index * 7) % roots.length]} ${index + 1}`);
    const code = `B${String(index + 1).padStart(6, '0')}`;
    const population = 1500 + ((index * 7919) % 38_000);
    rows.push({
      code,
      name_fa: nameFa,
      name_en: `Bench ${index + 1}`,
      search_text: neighborhoodSearchText(nameFa, `Bench ${index + 1}`, code),
      name_sort: persianSortKey(nameFa),
      province_code: city.province_code,
      county_code: city.county_code,
      city_code: city.code,
      population,
      households: Math.round(population / 3.5),
      area_hectares: 10 + (index % 390),
      fabric: fabrics[index % fabrics.length]!,
      severity: severities[index % severities.length]!,
      status: index % 9 === 0 ? 'candidate' : 'target',
      steward_agency_code: stewards[index % stewards.length]!,
      latitude: city.latitude,
      longitude: city.longitude,
      profile: '',
    });
  }
  await db.transaction().execute((trx) => insertNeighborhoods(trx, rows));
  await sql`analyze neighborhoods`.execute(db);
}
