import type { Locale } from './messages.ts';

/** Names of fields as a person reads them, for validation messages. */
const fieldLabels: Record<string, { fa: string; en: string }> = {
  id: { fa: 'شناسه', en: 'ID' },
  username: { fa: 'نام کاربری', en: 'Username' },
  password: { fa: 'گذرواژه', en: 'Password' },
  displayName: { fa: 'نام نمایشی', en: 'Display name' },
  role: { fa: 'نقش', en: 'Role' },
  scope: { fa: 'محدودهٔ دسترسی', en: 'Scope' },
  level: { fa: 'سطح محدوده', en: 'Scope level' },
  codes: { fa: 'کدهای محدوده', en: 'Scope codes' },
  agencyCode: { fa: 'دستگاه', en: 'Agency' },
  active: { fa: 'فعال', en: 'Active' },
  code: { fa: 'کد', en: 'Code' },
  nameFa: { fa: 'نام فارسی', en: 'Persian name' },
  nameEn: { fa: 'نام انگلیسی', en: 'English name' },
  provinceCode: { fa: 'استان', en: 'Province' },
  countyCode: { fa: 'شهرستان', en: 'County' },
  cityCode: { fa: 'شهر', en: 'City' },
  population: { fa: 'جمعیت', en: 'Population' },
  households: { fa: 'تعداد خانوار', en: 'Households' },
  areaHectares: { fa: 'مساحت (هکتار)', en: 'Area (hectares)' },
  fabric: { fa: 'نوع بافت', en: 'Fabric type' },
  severity: { fa: 'شدت محرومیت', en: 'Deprivation severity' },
  status: { fa: 'وضعیت', en: 'Status' },
  stewardAgencyCode: { fa: 'دستگاه متولی', en: 'Steward agency' },
  latitude: { fa: 'عرض جغرافیایی', en: 'Latitude' },
  longitude: { fa: 'طول جغرافیایی', en: 'Longitude' },
  profile: { fa: 'شناسنامه', en: 'Profile' },
  version: { fa: 'نسخه', en: 'Version' },
  quota: { fa: 'سهمیهٔ محلات', en: 'Neighbourhood quota' },
  province: { fa: 'استان', en: 'Province' },
  county: { fa: 'شهرستان', en: 'County' },
  city: { fa: 'شهر', en: 'City' },
  stewardAgency: { fa: 'دستگاه متولی', en: 'Steward agency' },
  actor: { fa: 'کاربر', en: 'User' },
  action: { fa: 'عمل', en: 'Action' },
  entity: { fa: 'نوع رکورد', en: 'Record type' },
  entityId: { fa: 'شناسهٔ رکورد', en: 'Record ID' },
  page: { fa: 'صفحه', en: 'Page' },
  pageSize: { fa: 'اندازهٔ صفحه', en: 'Page size' },
  sort: { fa: 'مرتب‌سازی', en: 'Sort' },
  q: { fa: 'عبارت جست‌وجو', en: 'Search text' },
  from: { fa: 'از تاریخ', en: 'From date' },
  to: { fa: 'تا تاریخ', en: 'To date' },
  openedOn: { fa: 'تاریخ گشایش', en: 'Opening date' },
  address: { fa: 'نشانی', en: 'Address' },
  phone: { fa: 'تلفن', en: 'Phone' },
  axisCode: { fa: 'محور', en: 'Axis' },
  sortOrder: { fa: 'ترتیب', en: 'Order' },
};

/** The label for a field path such as `scope.codes` (its last segment decides). */
export function fieldLabel(path: ReadonlyArray<PropertyKey>, locale: Locale): string {
  // The body itself has an empty path, and list items a numeric segment: neither names a field.
  const last = [...path].reverse().find((segment) => typeof segment === 'string' && segment !== '' && !/^\d+$/.test(segment));
  if (typeof last !== 'string') return locale === 'fa' ? 'مقدار' : 'Value';
  return fieldLabels[last]?.[locale] ?? last;
}
