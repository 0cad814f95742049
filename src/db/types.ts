import type { ColumnType, Generated } from 'kysely';

/** A timestamptz column: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A column with a database default. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface ProvincesTable {
  code: string;
  name_fa: string;
  name_en: string;
  population_2016: number;
  quota: Defaulted<number>;
}

export interface CountiesTable {
  code: string;
  province_code: string;
  name_fa: string;
  name_en: string;
}

export interface CitiesTable {
  code: string;
  county_code: string;
  province_code: string;
  name_fa: string;
  name_en: string;
  latitude: number | null;
  longitude: number | null;
}

export interface AgenciesTable {
  code: string;
  name_fa: string;
  name_en: string;
  kind: string;
  house_name_fa: string | null;
  house_name_en: string | null;
  sort_order: Defaulted<number>;
  active: Defaulted<boolean>;
}

export interface AxesTable {
  code: string;
  name_fa: string;
  name_en: string;
  min_age: number | null;
  max_age: number | null;
}

export interface PackagesTable {
  code: string;
  axis_code: string;
  name_fa: string;
  name_en: string;
  sort_order: Defaulted<number>;
  active: Defaulted<boolean>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  scope_level: string;
  scope_codes: Defaulted<string[]>;
  agency_code: string | null;
  active: Defaulted<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  last_login_at: Date | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
}

export interface LoginFailuresTable {
  id: Generated<string>;
  username: string;
  ip: string;
  at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface NeighborhoodsTable {
  id: Generated<number>;
  code: string;
  name_fa: string;
  name_en: Defaulted<string>;
  search_text: string;
  name_sort: string;
  province_code: string;
  county_code: string;
  city_code: string;
  population: number;
  households: number;
  area_hectares: number | null;
  fabric: string;
  severity: string;
  status: string;
  steward_agency_code: string | null;
  latitude: number | null;
  longitude: number | null;
  profile: Defaulted<string>;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface HousesTable {
  id: Generated<number>;
  neighborhood_id: number;
  agency_code: string;
  name_fa: string;
  address: Defaulted<string>;
  phone: Defaulted<string>;
  opened_on: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ReferenceDataStateTable {
  id: number;
  fingerprint: string;
  loaded_at: Date | string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: Date | string;
}

/** Every table Tavana owns, as Kysely sees it. Modules add theirs here. */
export interface Database {
  app_settings: AppSettingsTable;
  provinces: ProvincesTable;
  counties: CountiesTable;
  cities: CitiesTable;
  agencies: AgenciesTable;
  axes: AxesTable;
  packages: PackagesTable;
  reference_data_state: ReferenceDataStateTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  neighborhoods: NeighborhoodsTable;
  houses: HousesTable;
}
