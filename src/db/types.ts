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

export interface BodiesTable {
  id: Generated<number>;
  name_fa: string;
  kind: string;
  level: string;
  province_code: string | null;
  county_code: string | null;
  chair: Defaulted<string>;
  secretary: Defaulted<string>;
  member_agency_codes: Defaulted<string[]>;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MeetingsTable {
  id: Generated<number>;
  body_id: number;
  province_code: string | null;
  county_code: string | null;
  number: number;
  held_on: string;
  start_time: Defaulted<string>;
  place: Defaulted<string>;
  invitation_number: Defaulted<string>;
  invitation_date: string | null;
  chair: Defaulted<string>;
  secretary: Defaulted<string>;
  narrative: Defaulted<string>;
  status: string;
  approved_at: Date | null;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MeetingAttendeesTable {
  id: Generated<number>;
  meeting_id: number;
  sort_order: number;
  kind: string;
  agency_code: string | null;
  person_name: Defaulted<string>;
  position: Defaulted<string>;
  presence: string;
  substitute_name: Defaulted<string>;
  reason: Defaulted<string>;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  sort_order: number;
  kind: string;
  title: string;
  notes: Defaulted<string>;
}

export interface ResolutionsTable {
  id: Generated<number>;
  meeting_id: number;
  body_id: number;
  province_code: string | null;
  county_code: string | null;
  meeting_held_on: string;
  row_number: number;
  text: string;
  search_text: string;
  lead_agency_code: string;
  co_agency_codes: Defaulted<string[]>;
  deadline: string;
  original_deadline: string;
  deadline_amount: number | null;
  deadline_unit: string | null;
  package_codes: Defaulted<string[]>;
  status: string;
  progress: Defaulted<number>;
  completed_on: string | null;
  amendment_id: number | null;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ResolutionNeighborhoodsTable {
  resolution_id: number;
  neighborhood_id: number;
}

export interface MeetingAmendmentsTable {
  id: Generated<number>;
  meeting_id: number;
  seq: number;
  reason: string;
  change: string;
  details: unknown;
  created_by: number | null;
  created_by_name: string;
  created_at: Generated<Date>;
}

export interface ResolutionReviewsTable {
  id: Generated<number>;
  meeting_id: number;
  resolution_id: number;
  status_at_review: string;
  progress_at_review: number;
  deadline_at_review: string;
  decision: string | null;
  new_deadline: string | null;
  new_lead_agency_code: string | null;
  reason: Defaulted<string>;
  decided_at: Date | null;
  decided_by: number | null;
}

export interface ResolutionFollowUpsTable {
  id: Generated<number>;
  resolution_id: number;
  agency_code: string;
  author_id: number | null;
  author_name: string;
  reported_on: string;
  text: string;
  progress: number;
  status_after: string;
  created_at: Generated<Date>;
}

export interface AttachmentsTable {
  id: string;
  follow_up_id: number | null;
  uploaded_by: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Generated<Date>;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: number;
  kind: string;
  dedupe_key: string;
  link: Defaulted<string>;
  params: Defaulted<unknown>;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface HouseholdsTable {
  province_code: string;
  id: Generated<string>;
  neighborhood_id: number;
  address: Defaulted<string>;
  tenure: string | null;
  welfare_decile: number | null;
  head_person_id: string | null;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface HouseholdMovesTable {
  id: Generated<string>;
  province_code: string;
  household_id: string;
  from_neighborhood_id: number;
  to_neighborhood_id: number;
  moved_on: string;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface PersonsTable {
  province_code: string;
  id: Generated<string>;
  household_id: string | null;
  neighborhood_id: number;
  national_id: string | null;
  missing_id_reason: string | null;
  first_name: string;
  last_name: string;
  father_name: Defaulted<string>;
  name_search: string;
  sex: string;
  birth_date: string | null;
  relation: string | null;
  phone: Defaulted<string>;
  schooling: string | null;
  insurance: Defaulted<string>;
  employment: string | null;
  disability: Defaulted<string>;
  notes: Defaulted<string>;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PersonAgenciesTable {
  province_code: string;
  person_id: string;
  agency_code: string;
  case_number: Defaulted<string>;
  started_on: string | null;
  ended_on: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ImportJobsTable {
  id: Generated<string>;
  created_by: number;
  agency_code: string;
  actor: unknown;
  request_ip: string | null;
  file_name: string;
  file_kind: string;
  file_size: number;
  file_sha256: string;
  status: string;
  phase: string | null;
  done: Defaulted<number>;
  total: number | null;
  headers: Defaulted<unknown>;
  chosen_mapping: unknown;
  mapping: Defaulted<unknown>;
  missing_fields: Defaulted<unknown>;
  counts: Defaulted<unknown>;
  skip_rejected: Defaulted<boolean>;
  error: unknown;
  version: Defaulted<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  committed_at: Date | null;
}

export interface ImportFilesTable {
  job_id: string;
  part: number;
  content: Buffer;
}

export interface DuplicateCandidatesTable {
  id: Generated<string>;
  province_code: string;
  person_a_id: string;
  person_b_id: string;
  score: number;
  reasons: string[];
  name_similarity: number | null;
  status: Defaulted<string>;
  detected_at: Generated<Date>;
  decided_by: number | null;
  decided_at: Date | null;
}

export interface PersonMergesTable {
  id: Generated<string>;
  province_code: string;
  survivor_id: string;
  merged_person_id: string;
  merged_person: unknown;
  survivor_before: unknown;
  survivor_version: number;
  steps: Defaulted<unknown>;
  candidate_id: string | null;
  merged_by: number | null;
  merged_at: Generated<Date>;
  undone_by: number | null;
  undone_at: Date | null;
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
  bodies: BodiesTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  agenda_items: AgendaItemsTable;
  resolutions: ResolutionsTable;
  resolution_neighborhoods: ResolutionNeighborhoodsTable;
  meeting_amendments: MeetingAmendmentsTable;
  resolution_reviews: ResolutionReviewsTable;
  resolution_follow_ups: ResolutionFollowUpsTable;
  attachments: AttachmentsTable;
  notifications: NotificationsTable;
  households: HouseholdsTable;
  household_moves: HouseholdMovesTable;
  persons: PersonsTable;
  person_agencies: PersonAgenciesTable;
  duplicate_candidates: DuplicateCandidatesTable;
  person_merges: PersonMergesTable;
  import_jobs: ImportJobsTable;
  import_files: ImportFilesTable;
}
