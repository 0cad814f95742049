import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { Actor, RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import { assertMayMerge } from './duplicates.service.ts';
import type { MergeBody, MergeResult, PersonMergeList, UndoResult } from './duplicates.schemas.ts';
import * as store from './merge.repository.ts';
import * as residents from './residents.repository.ts';
import { findPersonRow, nameSearchOf } from './residents.service.ts';

/** What a merge step is told: the two people (same province) and where the survivor now lives. */
export interface MergeStepContext {
  trx: Transaction<Database>;
  provinceCode: string;
  survivorId: string;
  mergedId: string;
  /** The survivor's household after the merge (it may have taken the merged person's). */
  survivorHouseholdId: string | null;
}

/**
 * One kind of record that hangs on a person and must follow them into the survivor. `move` runs
 * before the merged row is removed and returns what `undo` needs (kept as JSON in
 * person_merges.steps under `name`); `undo` runs after the row is back, and throws an AppError
 * conflict when it no longer can. Modules that add such records — services delivered, needs,
 * screenings, referrals, pledges — register a step here (through the residents index), so that a
 * merge moves them and an undo brings them back.
 */
export interface MergeStep {
  name: string;
  move(context: MergeStepContext): Promise<unknown>;
  undo(context: MergeStepContext, data: unknown): Promise<void>;
}

interface LinksUndo {
  mergedLinks: store.LinkSnapshot[];
  moved: string[];
  survivorBefore: store.LinkSnapshot[];
}

/** Two case numbers of one agency kept side by side; the undo puts each back from its snapshot. */
function bothCaseNumbers(survivor: string, merged: string): string {
  if (merged === '' || merged === survivor) return survivor;
  return survivor === '' ? merged : `${survivor} / ${merged}`;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null || a <= b ? a : b;
}

/** Agency links: moved to the survivor; an agency on both keeps one link, the earliest start, both case numbers. */
const agencyLinksStep: MergeStep = {
  name: 'agency_links',
  async move({ trx, provinceCode, survivorId, mergedId }): Promise<LinksUndo> {
    const mergedLinks = await store.linkSnapshots(trx, provinceCode, mergedId);
    const survivorLinks = new Map((await store.linkSnapshots(trx, provinceCode, survivorId)).map((link) => [link.agency_code, link]));
    const undo: LinksUndo = { mergedLinks, moved: [], survivorBefore: [] };
    for (const link of mergedLinks) {
      const own = survivorLinks.get(link.agency_code);
      if (!own) {
        await store.moveLink(trx, provinceCode, mergedId, survivorId, link.agency_code);
        undo.moved.push(link.agency_code);
        continue;
      }
      undo.survivorBefore.push(own);
      await store.setLink(trx, provinceCode, survivorId, link.agency_code, {
        case_number: bothCaseNumbers(own.case_number, link.case_number),
        started_on: earlier(own.started_on, link.started_on),
        // Still served while either link is open.
        ended_on: own.ended_on === null || link.ended_on === null ? null : own.ended_on > link.ended_on ? own.ended_on : link.ended_on,
      });
    }
    return undo;
  },
  async undo({ trx, provinceCode, survivorId }, data) {
    const { mergedLinks, moved, survivorBefore } = data as LinksUndo;
    await store.deleteLinks(trx, provinceCode, survivorId, moved);
    for (const link of survivorBefore) await store.setLink(trx, provinceCode, survivorId, link.agency_code, { case_number: link.case_number, started_on: link.started_on, ended_on: link.ended_on });
    await store.insertLinks(trx, mergedLinks);
  },
};

type HeadsUndo = { id: string; version: number }[];

/**
 * Households the merged person headed: the survivor heads them when the survivor is (now) a member;
 * otherwise the household is left without a head for its staff to choose, rather than headed by a
 * stranger.
 */
const householdHeadsStep: MergeStep = {
  name: 'household_heads',
  async move({ trx, provinceCode, survivorId, mergedId, survivorHouseholdId }): Promise<HeadsUndo> {
    const undo: HeadsUndo = [];
    for (const household of await store.householdsHeadedBy(trx, provinceCode, mergedId)) {
      const head = household.id === survivorHouseholdId ? survivorId : null;
      undo.push({ id: household.id, version: await store.setHouseholdHead(trx, provinceCode, household.id, head) });
    }
    return undo;
  },
  async undo({ trx, provinceCode, mergedId }, data) {
    for (const household of data as HeadsUndo) {
      const version = await store.householdVersion(trx, provinceCode, household.id);
      if (version === undefined) throw new AppError('conflict', 'duplicates.undo_household_gone');
      if (version !== household.version) throw new AppError('conflict', 'duplicates.undo_household_changed');
      await store.setHouseholdHead(trx, provinceCode, household.id, mergedId);
    }
  },
};

const mergeSteps: MergeStep[] = [agencyLinksStep, householdHeadsStep];

/** Adds a kind of record that merges move and undos bring back (see MergeStep). */
export function registerMergeStep(step: MergeStep): void {
  if (mergeSteps.some((existing) => existing.name === step.name)) throw new Error(`Merge step ${step.name} is registered twice`);
  mergeSteps.push(step);
}

/** The survivor's empty fields that the merged record can fill, with each field's "empty". */
const fillable = [
  ['national_id', 'nationalId', null],
  ['father_name', 'fatherName', ''],
  ['birth_date', 'birthDate', null],
  ['phone', 'phone', ''],
  ['relation', 'relation', null],
  ['schooling', 'schooling', null],
  ['employment', 'employment', null],
  ['insurance', 'insurance', 'unknown'],
  ['disability', 'disability', ''],
  ['notes', 'notes', ''],
] as const;

/** What the survivor takes from the merged record, what it had before, and the fields' names (for the audit). */
function fillsFor(survivor: residents.PersonRow, merged: residents.PersonRow) {
  const changes: store.SurvivorChanges = {};
  const before: Record<string, unknown> = {};
  const fields: string[] = [];
  const take = <K extends keyof store.SurvivorChanges>(column: K, value: store.SurvivorChanges[K], field: string) => {
    changes[column] = value;
    before[column] = survivor[column as keyof residents.PersonRow];
    if (field && !fields.includes(field)) fields.push(field);
  };
  for (const [column, field, empty] of fillable) {
    if (survivor[column] === empty && merged[column] !== empty) take(column, merged[column] as never, field);
  }
  if (changes.national_id !== undefined) take('missing_id_reason', null, '');
  if (survivor.household_id === null && merged.household_id !== null) {
    take('household_id', String(merged.household_id), 'householdId');
    take('neighborhood_id', merged.neighborhood_id, '');
  }
  if (changes.father_name !== undefined) take('name_search', nameSearchOf(survivor.first_name, survivor.last_name, changes.father_name), '');
  return { changes, before, fields };
}

/** A person to merge, inside the scope; one merged away already gets its own answer. */
async function personToMerge(db: Kysely<Database>, actor: Actor, id: string): Promise<residents.PersonRow> {
  try {
    return await findPersonRow(db, actor, id);
  } catch (error) {
    const merge = await store.activeMergeOf(db, id);
    if (merge && (await residents.findPerson(db, actor.scope, merge.survivor_id))) throw new AppError('conflict', 'duplicates.already_merged');
    throw error;
  }
}

/**
 * Merges one person into another, in one transaction: the merged person's links, household
 * headship and whatever registered steps carry move to the survivor, the survivor's empty fields
 * are filled, and the merged row is removed, kept whole in person_merges for an exact undo.
 */
export async function mergePersons(db: Kysely<Database>, context: RequestContext, body: MergeBody): Promise<MergeResult> {
  const { actor } = context;
  assertMayMerge(actor);
  if (body.survivorId === body.mergedId) throw AppError.field('mergedId', 'duplicates.merge_self');
  const survivor = await personToMerge(db, actor, body.survivorId);
  const merged = await personToMerge(db, actor, body.mergedId);
  if (survivor.province_code !== merged.province_code) throw AppError.field('mergedId', 'duplicates.merge_other_province');
  const provinceCode = survivor.province_code;
  const { changes, before, fields } = fillsFor(survivor, merged);
  return db.transaction().execute(async (trx) => {
    const snapshot = await store.lockPersonSnapshot(trx, provinceCode, body.mergedId, body.mergedVersion);
    if (!snapshot || (await store.lockPersonVersion(trx, provinceCode, body.survivorId)) !== body.survivorVersion) throw new AppError('conflict', 'record.version_conflict');
    const stepContext: MergeStepContext = { trx, provinceCode, survivorId: body.survivorId, mergedId: body.mergedId, survivorHouseholdId: changes.household_id ?? (survivor.household_id === null ? null : String(survivor.household_id)) };
    const steps: Record<string, unknown> = {};
    for (const step of mergeSteps) steps[step.name] = await step.move(stepContext);
    // The row goes before the survivor takes its national ID (unique in the country).
    await store.deletePerson(trx, provinceCode, body.mergedId);
    const survivorVersion = await store.updateSurvivor(trx, provinceCode, body.survivorId, body.survivorVersion, changes);
    if (survivorVersion === undefined) throw new AppError('conflict', 'record.version_conflict');
    const candidateId = await store.settleCandidates(trx, provinceCode, body.survivorId, body.mergedId, actor.userId);
    const mergeId = await store.insertMerge(trx, {
      province_code: provinceCode,
      survivor_id: body.survivorId,
      merged_person_id: body.mergedId,
      merged_person: snapshot,
      survivor_before: before,
      survivor_version: survivorVersion,
      steps,
      candidate_id: candidateId,
      merged_by: actor.userId,
    });
    const movedLinks = (steps.agency_links as LinksUndo).mergedLinks.length;
    // Ids and field names only: the audit log is no copy of personal data.
    await recordAudit(trx, context, { action: 'merge', entity: 'person', entityId: body.survivorId, after: { mergeId, mergedPersonId: body.mergedId, filledFields: fields, movedLinks } });
    return { mergeId, survivorId: body.survivorId, survivorVersion, filledFields: fields, movedLinks };
  });
}

/**
 * Undoes a merge exactly: the survivor's filled fields go back, the merged row returns with its
 * original id, and each step brings back what it moved. Refuses (409, saying why) once the
 * survivor was edited or merged away, the national ID was taken, or a household changed.
 */
export async function undoMerge(db: Kysely<Database>, context: RequestContext, mergeId: string): Promise<UndoResult> {
  const { actor } = context;
  assertMayMerge(actor);
  if (!/^\d{1,18}$/.test(mergeId)) throw new AppError('not_found', 'duplicates.merge_not_found');
  return db.transaction().execute(async (trx) => {
    const merge = await store.lockMerge(trx, mergeId);
    const snapshot = merge?.merged_person as store.PersonSnapshot | undefined;
    if (!merge || !snapshot || !(await store.placeInScope(trx, actor.scope, merge.province_code, snapshot.neighborhood_id))) throw new AppError('not_found', 'duplicates.merge_not_found');
    const survivorVisible = await residents.findPerson(trx, actor.scope, merge.survivor_id);
    if (!survivorVisible && (await store.personExists(trx, merge.survivor_id))) throw new AppError('not_found', 'duplicates.merge_not_found');
    if (merge.undone_at !== null) throw new AppError('conflict', 'duplicates.undo_already_undone');
    const survivorVersion = await store.lockPersonVersion(trx, merge.province_code, merge.survivor_id);
    if (survivorVersion === undefined) throw new AppError('conflict', 'duplicates.undo_survivor_gone');
    if (survivorVersion !== merge.survivor_version) throw new AppError('conflict', 'duplicates.undo_survivor_changed');
    if (snapshot.national_id !== null) {
      const owner = await store.nationalIdOwner(trx, snapshot.national_id);
      if (owner !== undefined && owner !== merge.survivor_id) throw new AppError('conflict', 'duplicates.undo_national_id_taken');
    }
    if (snapshot.household_id !== null && !(await store.householdExists(trx, merge.province_code, String(snapshot.household_id)))) throw new AppError('conflict', 'duplicates.undo_household_gone');

    await store.updateSurvivor(trx, merge.province_code, merge.survivor_id, survivorVersion, merge.survivor_before as store.SurvivorChanges);
    await store.restorePerson(trx, snapshot);
    const survivorHouseholdId = (await residents.findPerson(trx, { level: 'country', codes: [] }, merge.survivor_id))?.household_id ?? null;
    const stepContext: MergeStepContext = { trx, provinceCode: merge.province_code, survivorId: merge.survivor_id, mergedId: merge.merged_person_id, survivorHouseholdId };
    const steps = merge.steps as Record<string, unknown>;
    for (const step of [...mergeSteps].reverse()) {
      if (step.name in steps) await step.undo(stepContext, steps[step.name]);
    }
    if (merge.candidate_id !== null) await store.reopenCandidate(trx, merge.candidate_id);
    await store.markUndone(trx, mergeId, actor.userId);
    await recordAudit(trx, context, { action: 'merge_undo', entity: 'person', entityId: merge.survivor_id, after: { mergeId, restoredPersonId: merge.merged_person_id } });
    return { mergeId, survivorId: merge.survivor_id, restoredPersonId: merge.merged_person_id };
  });
}

/** The merges a person survived, newest first (read access to the person is enough to see them). */
export async function listMerges(db: Kysely<Database>, context: RequestContext, personId: string): Promise<PersonMergeList> {
  const person = await findPersonRow(db, context.actor, personId);
  const mayMerge = can(context.actor.role, 'persons.merge');
  const rows = await store.mergesOfSurvivor(db, personId);
  return {
    items: rows.map((row) => {
      const snapshot = row.merged_person as { first_name?: string; last_name?: string };
      return {
        id: String(row.id),
        survivorId: personId,
        mergedPersonId: String(row.merged_person_id),
        mergedName: `${snapshot.first_name ?? ''} ${snapshot.last_name ?? ''}`.trim(),
        mergedAt: row.merged_at.toISOString(),
        mergedBy: row.merged_by_name,
        undoneAt: row.undone_at === null ? null : row.undone_at.toISOString(),
        undoneBy: row.undone_by_name,
        undoable: mayMerge && row.undone_at === null && row.survivor_version === person.version,
      };
    }),
  };
}
