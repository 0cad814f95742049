import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A deciding body: a provincial social headquarters, a working group, a county council. Its
  // area (national, a province or a county) is what scopes everything decided in it.
  await sql`
    create table bodies (
      id integer generated always as identity primary key,
      name_fa text not null,
      kind text not null check (kind in ('social_hq', 'working_group', 'headquarters', 'county_council')),
      level text not null check (level in ('national', 'province', 'county')),
      province_code char(2) references provinces,
      county_code text references counties,
      chair text not null default '',
      secretary text not null default '',
      member_agency_codes text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((level = 'national') = (province_code is null)),
      check ((level = 'county') = (county_code is not null))
    )`.execute(db);
  await sql`create unique index bodies_area_name_key on bodies (coalesce(province_code, ''), coalesce(county_code, ''), name_fa)`.execute(db);

  await sql`
    create table meetings (
      id integer generated always as identity primary key,
      body_id integer not null references bodies on delete restrict,
      province_code char(2),
      county_code text,
      number integer not null check (number > 0),
      held_on date not null,
      start_time text not null default '',
      place text not null default '',
      invitation_number text not null default '',
      invitation_date date,
      chair text not null default '',
      secretary text not null default '',
      narrative text not null default '',
      status text not null check (status in ('planned', 'held', 'approved')),
      approved_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index meetings_body_number_key on meetings (body_id, number)`.execute(db);
  await sql`create index meetings_body_held on meetings (body_id, held_on desc)`.execute(db);
  await sql`create index meetings_province_held on meetings (province_code, held_on desc)`.execute(db);

  await sql`
    create table meeting_attendees (
      id integer generated always as identity primary key,
      meeting_id integer not null references meetings on delete cascade,
      sort_order integer not null,
      kind text not null check (kind in ('member', 'guest')),
      agency_code text references agencies,
      person_name text not null default '',
      position text not null default '',
      presence text not null check (presence in ('present', 'absent', 'substitute')),
      substitute_name text not null default '',
      reason text not null default ''
    )`.execute(db);
  await sql`create index meeting_attendees_meeting on meeting_attendees (meeting_id, sort_order)`.execute(db);

  await sql`
    create table agenda_items (
      id integer generated always as identity primary key,
      meeting_id integer not null references meetings on delete cascade,
      sort_order integer not null,
      kind text not null check (kind in ('item', 'past_resolutions')),
      title text not null,
      notes text not null default ''
    )`.execute(db);
  await sql`create index agenda_items_meeting on agenda_items (meeting_id, sort_order)`.execute(db);

  // Body, place and meeting date are copied from the meeting so the tracker filters one table.
  await sql`
    create table resolutions (
      id integer generated always as identity primary key,
      meeting_id integer not null references meetings on delete restrict,
      body_id integer not null references bodies,
      province_code char(2),
      county_code text,
      meeting_held_on date not null,
      row_number integer not null check (row_number > 0),
      text text not null,
      search_text text collate "C" not null,
      lead_agency_code text not null references agencies,
      co_agency_codes text[] not null default '{}',
      deadline date not null,
      original_deadline date not null,
      deadline_amount integer,
      deadline_unit text check (deadline_unit in ('day', 'week', 'month')),
      package_codes text[] not null default '{}',
      status text not null check (status in ('not_started', 'in_progress', 'done', 'stopped', 'cancelled')),
      progress integer not null default 0 check (progress between 0 and 100),
      completed_on date,
      amendment_id integer,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (deadline >= meeting_held_on),
      check ((deadline_amount is null) = (deadline_unit is null)),
      check ((status = 'done') = (completed_on is not null))
    )`.execute(db);
  await sql`create unique index resolutions_meeting_row_key on resolutions (meeting_id, row_number)`.execute(db);
  await sql`create index resolutions_province_deadline on resolutions (province_code, deadline, id)`.execute(db);
  await sql`create index resolutions_lead_deadline on resolutions (lead_agency_code, deadline, id)`.execute(db);
  await sql`create index resolutions_body_status on resolutions (body_id, status, deadline)`.execute(db);
  await sql`create index resolutions_open_deadline on resolutions (deadline, id) where status in ('not_started', 'in_progress')`.execute(db);
  await sql`create index resolutions_co_agencies on resolutions using gin (co_agency_codes)`.execute(db);
  await sql`create index resolutions_search_trgm on resolutions using gin (search_text gin_trgm_ops)`.execute(db);

  await sql`
    create table resolution_neighborhoods (
      resolution_id integer not null references resolutions on delete cascade,
      neighborhood_id integer not null references neighborhoods on delete restrict,
      primary key (resolution_id, neighborhood_id)
    )`.execute(db);
  await sql`create index resolution_neighborhoods_neighborhood on resolution_neighborhoods (neighborhood_id)`.execute(db);

  // Approved minutes are never edited silently: every later change is one of these.
  await sql`
    create table meeting_amendments (
      id integer generated always as identity primary key,
      meeting_id integer not null references meetings on delete cascade,
      seq integer not null,
      reason text not null,
      change text not null,
      details jsonb not null default '{}',
      created_by integer references users,
      created_by_name text not null,
      created_at timestamptz not null default now(),
      unique (meeting_id, seq)
    )`.execute(db);

  // "Review of past resolutions": one row per open resolution carried into a later meeting.
  await sql`
    create table resolution_reviews (
      id integer generated always as identity primary key,
      meeting_id integer not null references meetings on delete cascade,
      resolution_id integer not null references resolutions on delete cascade,
      status_at_review text not null,
      progress_at_review integer not null,
      deadline_at_review date not null,
      decision text check (decision in ('closed', 'extended', 'reassigned', 'continued', 'cancelled')),
      new_deadline date,
      new_lead_agency_code text references agencies,
      reason text not null default '',
      decided_at timestamptz,
      decided_by integer references users,
      unique (meeting_id, resolution_id)
    )`.execute(db);
  await sql`create index resolution_reviews_resolution on resolution_reviews (resolution_id)`.execute(db);

  await sql`
    create table resolution_follow_ups (
      id integer generated always as identity primary key,
      resolution_id integer not null references resolutions on delete cascade,
      agency_code text not null references agencies,
      author_id integer references users,
      author_name text not null,
      reported_on date not null,
      text text not null,
      progress integer not null check (progress between 0 and 100),
      status_after text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index resolution_follow_ups_resolution on resolution_follow_ups (resolution_id, reported_on desc, id desc)`.execute(db);

  // Files live in the database: one transaction, one backup, nothing on disk to serve by mistake.
  await sql`
    create table attachments (
      id uuid primary key,
      follow_up_id integer references resolution_follow_ups on delete cascade,
      uploaded_by integer not null references users,
      file_name text not null,
      media_type text not null,
      size_bytes integer not null,
      sha256 text not null,
      content bytea not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index attachments_follow_up on attachments (follow_up_id)`.execute(db);
  await sql`create index attachments_unlinked on attachments (created_at) where follow_up_id is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['attachments', 'resolution_follow_ups', 'resolution_reviews', 'meeting_amendments', 'resolution_neighborhoods', 'resolutions', 'agenda_items', 'meeting_attendees', 'meetings', 'bodies']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
