import { describe, expect, it } from 'vitest';
import {
  agencies,
  alborzOriginalQuota,
  axes,
  cities,
  counties,
  packages,
  provinces,
} from './reference.data.ts';

/** Arabic yeh ي, alef maksura ى and Arabic kaf ك; Persian text uses ی and ک. */
const ARABIC_LETTERS = /[\u064a\u0649\u0643]/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

describe('provinces', () => {
  it('has the 31 provinces with codes 00 to 30, each once', () => {
    expect(provinces).toHaveLength(31);
    const expected = Array.from({ length: 31 }, (_, i) => String(i).padStart(2, '0'));
    expect([...provinces.map((p) => p.code)].sort()).toEqual(expected);
  });

  it('shares out exactly 2,020 neighbourhoods', () => {
    expect(provinces.reduce((sum, p) => sum + p.quota, 0)).toBe(2020);
    for (const p of provinces) {
      expect(Number.isInteger(p.quota), p.code).toBe(true);
      expect(p.quota, p.code).toBeGreaterThan(0);
    }
  });

  it('keeps the quotas the provinces report', () => {
    const byCode = new Map(provinces.map((p) => [p.code, p]));
    expect(byCode.get('20')?.quota).toBe(50);
    expect(byCode.get('30')?.quota).toBe(66);
    expect(alborzOriginalQuota).toBe(55);
  });

  it('gives Tehran the largest quota', () => {
    const tehran = provinces.find((p) => p.code === '23');
    expect(tehran?.nameEn).toBe('Tehran');
    expect(Math.max(...provinces.map((p) => p.quota))).toBe(tehran?.quota);
  });

  it('has the 2016 census populations', () => {
    expect(provinces.reduce((sum, p) => sum + p.population2016, 0)).toBe(79_926_270);
  });
});

describe('counties and cities', () => {
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const countyCodes = new Set(counties.map((c) => c.code));

  it('has unique codes', () => {
    expect(duplicates(counties.map((c) => c.code))).toEqual([]);
    expect(duplicates(cities.map((c) => c.code))).toEqual([]);
  });

  it("puts every county in an existing province, coded after it", () => {
    for (const c of counties) {
      expect(provinceCodes.has(c.provinceCode), c.code).toBe(true);
      expect(c.code, c.code).toMatch(new RegExp(`^${c.provinceCode}-\\d{2}$`));
    }
  });

  it("puts every city in an existing county, coded after it", () => {
    for (const c of cities) {
      expect(countyCodes.has(c.countyCode), c.code).toBe(true);
      expect(c.code, c.code).toMatch(new RegExp(`^${c.countyCode}-\\d{2}$`));
    }
  });

  it('has at least one county and city in every province', () => {
    for (const p of provinces) {
      expect(counties.some((c) => c.provinceCode === p.code), p.code).toBe(true);
      expect(cities.some((c) => c.countyCode.startsWith(`${p.code}-`)), p.code).toBe(true);
    }
  });

  it('has no duplicate city name within a county', () => {
    for (const county of counties) {
      const names = cities.filter((c) => c.countyCode === county.code).map((c) => c.nameFa);
      expect(duplicates(names), county.code).toEqual([]);
    }
  });

  it('has all eight Semnan counties and the Semnan cities the demo needs', () => {
    expect(counties.filter((c) => c.provinceCode === '20')).toHaveLength(8);
    const semnanCities = new Set(cities.filter((c) => c.countyCode.startsWith('20-')).map((c) => c.nameFa));
    for (const name of ['سمنان', 'شاهرود', 'دامغان', 'گرمسار', 'مهدیشهر', 'سرخه', 'ایوانکی', 'میامی', 'بسطام', 'آرادان', 'شهمیرزاد', 'مجن', 'درجزین']) {
      expect(semnanCities.has(name), name).toBe(true);
    }
  });

  it('has the six Alborz counties', () => {
    const names = counties.filter((c) => c.provinceCode === '30').map((c) => c.nameFa);
    expect([...names].sort()).toEqual(['اشتهارد', 'ساوجبلاغ', 'طالقان', 'فردیس', 'نظرآباد', 'کرج'].sort());
  });

  it("places every city inside Iran's bounding box", () => {
    for (const c of cities) {
      expect(c.latitude, c.code).toBeGreaterThanOrEqual(25);
      expect(c.latitude, c.code).toBeLessThanOrEqual(40);
      expect(c.longitude, c.code).toBeGreaterThanOrEqual(44);
      expect(c.longitude, c.code).toBeLessThanOrEqual(64);
    }
  });
});

describe('agencies', () => {
  it('has unique kebab-case codes', () => {
    expect(duplicates(agencies.map((a) => a.code))).toEqual([]);
    for (const a of agencies) expect(a.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the four founding agencies, each with its house', () => {
    const founding = agencies.filter((a) => a.kind === 'founding');
    expect(founding.map((a) => a.code).sort()).toEqual(['red-crescent', 'relief-committee', 'setad', 'welfare']);
    const houses = Object.fromEntries(founding.map((a) => [a.code, a.houseNameFa]));
    expect(houses).toEqual({
      'relief-committee': 'خانه امداد',
      setad: 'خانه احسان',
      'red-crescent': 'خانه هلال',
      welfare: 'خانه بهزیستی',
    });
    for (const a of founding) expect(a.houseNameEn, a.code).toBeTruthy();
  });

  it('gives partners no house', () => {
    for (const a of agencies.filter((x) => x.kind !== 'founding')) {
      expect(a.houseNameFa, a.code).toBeNull();
      expect(a.houseNameEn, a.code).toBeNull();
    }
  });

  it('includes the governorate, which holds the provincial secretariat', () => {
    expect(agencies.some((a) => a.code === 'governorate')).toBe(true);
  });
});

describe('axes and packages', () => {
  it('has unique package codes and sort orders', () => {
    expect(duplicates(packages.map((p) => p.code))).toEqual([]);
    expect(duplicates(packages.map((p) => String(p.sortOrder)))).toEqual([]);
  });

  it('lists the seven empowerment packages in order', () => {
    const empowerment = packages.filter((p) => p.axis === 'empowerment').sort((a, b) => a.sortOrder - b.sortOrder);
    expect(empowerment.map((p) => p.nameFa)).toEqual([
      'اشتغال',
      'سلامت',
      'تغذیه',
      'پوشاک',
      'ورزش و تفریحات',
      'فرهنگ و مذهب',
      'مسکن',
    ]);
  });

  it('has a few transformation packages, all on a known axis', () => {
    const axisCodes = new Set(axes.map((a) => a.code));
    for (const p of packages) expect(axisCodes.has(p.axis), p.code).toBe(true);
    const transformation = packages.filter((p) => p.axis === 'transformation');
    expect(transformation.length).toBeGreaterThanOrEqual(3);
    expect(transformation.length).toBeLessThanOrEqual(5);
  });
});

describe('names', () => {
  const named: { what: string; nameFa: string; nameEn: string }[] = [
    ...provinces.map((x) => ({ what: `province ${x.code}`, ...x })),
    ...counties.map((x) => ({ what: `county ${x.code}`, ...x })),
    ...cities.map((x) => ({ what: `city ${x.code}`, ...x })),
    ...agencies.map((x) => ({ what: `agency ${x.code}`, ...x })),
    ...axes.map((x) => ({ what: `axis ${x.code}`, ...x })),
    ...packages.map((x) => ({ what: `package ${x.code}`, ...x })),
  ];

  it('are non-empty and trimmed', () => {
    for (const n of named) {
      expect(n.nameFa.trim(), n.what).not.toBe('');
      expect(n.nameEn.trim(), n.what).not.toBe('');
      expect(n.nameFa, n.what).toBe(n.nameFa.trim());
      expect(n.nameEn, n.what).toBe(n.nameEn.trim());
    }
  });

  it('use Persian ی and ک, never Arabic ي, ى or ك', () => {
    const persian = [
      ...named.map((n) => ({ what: n.what, text: n.nameFa })),
      ...agencies.filter((a) => a.houseNameFa !== null).map((a) => ({ what: `house ${a.code}`, text: a.houseNameFa ?? '' })),
    ];
    for (const p of persian) expect(p.text, p.what).not.toMatch(ARABIC_LETTERS);
  });

  it('write Persian names in Persian script and English names in Latin script', () => {
    for (const n of named) {
      expect(n.nameFa, n.what).toMatch(/[\u0600-\u06ff]/);
      expect(n.nameEn, n.what).not.toMatch(/[\u0600-\u06ff]/);
    }
  });
});
