import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { normalizePersianText, persianSortKey } from '../../lib/persian/index.ts';
import { demoNeighborhoods } from './geography.demo-data.ts';
import * as repo from './geography.repository.ts';
import { neighborhoodSearchText } from './geography.service.ts';

/** Every house opened in the demo, named after its agency's house and the neighbourhood. */
const demoHouseOpenings = ['2022-03-06', '2022-09-21', '2023-01-15', '2023-05-10', '2023-10-01', '2024-02-11'];

/**
 * Loads the demo neighbourhoods and, for each, the house of its steward agency. The demo data
 * is partly invented (see geography.demo-data.ts) and the UI says so.
 */
export async function loadDemoNeighborhoods(db: Kysely<Database>): Promise<number> {
  const cities = new Map((await repo.listCities(db, {})).map((city) => [city.code, city]));
  const values: repo.NeighborhoodValues[] = demoNeighborhoods.map((seed) => {
    const city = cities.get(seed.cityCode);
    if (!city) throw new Error(`Demo neighbourhood ${seed.code} names unknown city ${seed.cityCode}`);
    const nameFa = normalizePersianText(seed.nameFa);
    return {
      code: seed.code,
      name_fa: nameFa,
      name_en: seed.nameEn,
      search_text: neighborhoodSearchText(nameFa, seed.nameEn, seed.code),
      name_sort: persianSortKey(nameFa),
      province_code: city.province_code,
      county_code: city.county_code,
      city_code: city.code,
      population: seed.population,
      households: seed.households,
      area_hectares: seed.areaHectares,
      fabric: seed.fabric,
      severity: seed.severity,
      status: seed.status,
      steward_agency_code: seed.stewardAgencyCode,
      latitude: seed.latitude,
      longitude: seed.longitude,
      profile: seed.profile,
    };
  });
  await db.transaction().execute(async (trx) => {
    await repo.insertNeighborhoods(trx, values);
    const stored = await trx.selectFrom('neighborhoods').select(['id', 'code', 'name_fa', 'steward_agency_code', 'status']).execute();
    const agencies = new Map((await trx.selectFrom('agencies').select(['code', 'house_name_fa']).execute()).map((a) => [a.code, a.house_name_fa]));
    let index = 0;
    for (const neighborhood of stored) {
      const houseName = neighborhood.steward_agency_code ? agencies.get(neighborhood.steward_agency_code) : null;
      if (!houseName || neighborhood.status === 'candidate') continue;
      await repo.insertHouse(trx, {
        neighborhood_id: neighborhood.id,
        agency_code: neighborhood.steward_agency_code!,
        name_fa: `${houseName} ${neighborhood.name_fa}`,
        address: '',
        phone: '',
        opened_on: demoHouseOpenings[index++ % demoHouseOpenings.length] ?? null,
      });
    }
  });
  return values.length;
}

export async function neighborhoodCount(db: Kysely<Database>): Promise<number> {
  return repo.countNeighborhoods(db);
}
