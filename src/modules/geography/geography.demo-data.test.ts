import { describe, expect, it } from 'vitest';
import { agencies, cities, counties, provinces } from '../reference/reference.data.ts';
import { demoNeighborhoods, firstTransformationNeighborhoodCodes } from './geography.demo-data.ts';

const cityByCode = new Map(cities.map((c) => [c.code, c]));
const countyByCode = new Map(counties.map((c) => [c.code, c]));
const provinceOf = (cityCode: string): string => {
  const city = cityByCode.get(cityCode);
  const county = city ? countyByCode.get(city.countyCode) : undefined;
  return county?.provinceCode ?? '';
};
const inProvince = (code: string) => demoNeighborhoods.filter((n) => provinceOf(n.cityCode) === code);
const find = (nameFa: string, cityNameFa: string) =>
  demoNeighborhoods.find((n) => n.nameFa === nameFa && cityByCode.get(n.cityCode)?.nameFa === cityNameFa);

describe('demo neighbourhoods', () => {
  it('puts every neighbourhood in a city that exists', () => {
    for (const n of demoNeighborhoods) expect(cityByCode.has(n.cityCode), n.code).toBe(true);
  });

  it('has unique codes of the form <province>-<3 digits>, matching the province', () => {
    const codes = demoNeighborhoods.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const n of demoNeighborhoods) {
      expect(n.code).toMatch(/^\d{2}-\d{3}$/);
      expect(n.code.slice(0, 2), n.code).toBe(provinceOf(n.cityCode));
    }
  });

  it('has no duplicate name within a city', () => {
    const keys = demoNeighborhoods.map((n) => `${n.cityCode}|${n.nameFa}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has Semnan at 50 neighbourhoods in exactly 12 cities', () => {
    const semnan = inProvince('20');
    expect(semnan).toHaveLength(50);
    expect(new Set(semnan.map((n) => n.cityCode)).size).toBe(12);
  });

  it('has Alborz at its raised quota of 66, most of them in Karaj', () => {
    const alborz = inProvince('30');
    expect(alborz).toHaveLength(66);
    expect(alborz.length).toBe(provinces.find((p) => p.code === '30')?.quota);
    const karaj = alborz.filter((n) => cityByCode.get(n.cityCode)?.nameFa === 'کرج');
    expect(karaj.length).toBeGreaterThan(alborz.length / 3);
  });

  it('has about 40 in Mazandaran, the pilot province', () => {
    const count = inProvince('02').length;
    expect(count).toBeGreaterThanOrEqual(35);
    expect(count).toBeLessThanOrEqual(45);
  });

  it('never exceeds a province quota', () => {
    for (const p of provinces) expect(inProvince(p.code).length, p.code).toBeLessThanOrEqual(p.quota);
  });

  it('has the five first transformation neighbourhoods: Rasht, Karaj, Qom, Baharestan and Yaftabad', () => {
    expect(firstTransformationNeighborhoodCodes).toHaveLength(5);
    const found = firstTransformationNeighborhoodCodes.map((code) => demoNeighborhoods.find((n) => n.code === code));
    const places = found.map((n) => {
      const city = n ? cityByCode.get(n.cityCode) : undefined;
      const county = city ? countyByCode.get(city.countyCode) : undefined;
      return { city: city?.nameFa, county: county?.nameFa, status: n?.status, profile: n?.profile ?? '' };
    });
    expect(places.filter((p) => p.city === 'رشت')).toHaveLength(1);
    expect(places.filter((p) => p.city === 'کرج')).toHaveLength(1);
    expect(places.filter((p) => p.city === 'قم')).toHaveLength(1);
    expect(places.filter((p) => p.county === 'بهارستان')).toHaveLength(1);
    expect(found.some((n) => n?.nameFa === 'یافت‌آباد' && cityByCode.get(n.cityCode)?.nameFa === 'تهران')).toBe(true);
    for (const p of places) {
      expect(p.status).toBe('target');
      expect(p.profile).toContain('۱۳ رجب');
    }
  });

  it('has Shahrak-e Valiasr in Shahroud and Darjazin, both stewarded by Welfare', () => {
    const valiasr = find('شهرک ولیعصر (مهدی‌آباد)', 'شاهرود');
    expect(valiasr?.stewardAgencyCode).toBe('welfare');
    expect(valiasr?.status).toBe('target');
    const darjazin = demoNeighborhoods.find((n) => n.nameFa === 'درجزین');
    expect(darjazin).toBeDefined();
    const county = darjazin ? countyByCode.get(cityByCode.get(darjazin.cityCode)?.countyCode ?? '') : undefined;
    expect(county?.nameFa).toBe('مهدیشهر');
    expect(darjazin?.stewardAgencyCode).toBe('welfare');
    expect(darjazin?.status).toBe('target');
  });

  it('has believable numbers', () => {
    for (const n of demoNeighborhoods) {
      expect(Number.isInteger(n.population), n.code).toBe(true);
      expect(Number.isInteger(n.households), n.code).toBe(true);
      expect(n.population, n.code).toBeGreaterThanOrEqual(1500);
      expect(n.population, n.code).toBeLessThanOrEqual(40000);
      expect(n.households, n.code).toBeLessThan(n.population);
      const perHousehold = n.population / n.households;
      expect(perHousehold, n.code).toBeGreaterThanOrEqual(3.1);
      expect(perHousehold, n.code).toBeLessThanOrEqual(3.9);
      expect(n.areaHectares, n.code).toBeGreaterThanOrEqual(10);
      expect(n.areaHectares, n.code).toBeLessThanOrEqual(400);
    }
  });

  it('mixes severities and statuses as a real list would', () => {
    const count = (f: (n: (typeof demoNeighborhoods)[number]) => boolean) => demoNeighborhoods.filter(f).length;
    const severe = count((n) => n.severity === 'very_severe' || n.severity === 'severe');
    const mild = count((n) => n.severity === 'weak' || n.severity === 'very_weak');
    expect(severe).toBeGreaterThan(mild);
    expect(mild).toBeGreaterThan(0);
    expect(count((n) => n.status === 'target')).toBeGreaterThan(demoNeighborhoods.length / 2);
    expect(count((n) => n.status === 'candidate')).toBeGreaterThan(0);
    expect(count((n) => n.status === 'graduated')).toBeGreaterThan(0);
  });

  it('gives every neighbourhood a founding agency as steward, using all four', () => {
    const founding = new Set(agencies.filter((a) => a.kind === 'founding').map((a) => a.code));
    for (const n of demoNeighborhoods) expect(founding.has(n.stewardAgencyCode), n.code).toBe(true);
    expect(new Set(demoNeighborhoods.map((n) => n.stewardAgencyCode)).size).toBe(4);
  });

  it('places neighbourhoods near their city, or leaves both coordinates empty', () => {
    for (const n of demoNeighborhoods) {
      expect(n.latitude === null, n.code).toBe(n.longitude === null);
      if (n.latitude === null || n.longitude === null) continue;
      const city = cityByCode.get(n.cityCode);
      expect(Math.abs(n.latitude - (city?.latitude ?? 0)), n.code).toBeLessThan(0.15);
      expect(Math.abs(n.longitude - (city?.longitude ?? 0)), n.code).toBeLessThan(0.15);
    }
  });

  it('writes names and profiles properly', () => {
    for (const n of demoNeighborhoods) {
      expect(n.nameFa.trim(), n.code).not.toBe('');
      expect(n.nameEn.trim(), n.code).not.toBe('');
      expect(n.nameFa, n.code).not.toMatch(/[\u064a\u0649\u0643]/);
      expect(n.profile, n.code).not.toMatch(/[\u064a\u0649\u0643]/);
      expect(n.profile.length, n.code).toBeGreaterThan(40);
    }
  });
});
