import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { normalizePersianText } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import { allowedMediaType, safeFileName } from './attachments.ts';
import { scopeArea } from './meetings.area.ts';
import { assertMayFollowUp } from './meetings.policy.ts';
import { isOpenStatus } from './meetings.presenters.ts';
import * as repo from './resolutions.repository.ts';
import type { Attachment, CreateFollowUpBody, FollowUp, ResolutionStatus } from './resolutions.schemas.ts';
import { findResolutionRow } from './resolutions.service.ts';

type AttachmentRow = NonNullable<Awaited<ReturnType<typeof repo.findAttachmentMeta>>>;
function toAttachment(row: AttachmentRow): Attachment {
  return { id: row.id, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, createdAt: row.created_at.toISOString() };
}

export async function followUpsOf(db: Kysely<Database>, resolutionId: number): Promise<FollowUp[]> {
  const rows = await repo.listFollowUps(db, resolutionId);
  const attachments = await repo.attachmentsOfFollowUps(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    resolutionId: row.resolution_id,
    agencyCode: row.agency_code,
    agencyNameFa: row.agency_name_fa,
    authorName: row.author_name,
    reportedOn: row.reported_on,
    text: row.text,
    progress: row.progress,
    statusAfter: row.status_after as ResolutionStatus,
    attachments: attachments.filter((attachment) => attachment.follow_up_id === row.id).map(toAttachment),
    createdAt: row.created_at.toISOString(),
  }));
}

/**
 * A responsible agency reports progress. The latest report sets the resolution's progress and
 * status (done at 100 %), under a row lock so two reports at once both count and neither is lost.
 */
export async function createFollowUp(db: Kysely<Database>, context: RequestContext, resolutionId: number, body: CreateFollowUpBody): Promise<FollowUp> {
  const resolution = await findResolutionRow(db, context, resolutionId);
  assertMayFollowUp(context.actor, { leadAgencyCode: resolution.lead_agency_code, coAgencyCodes: resolution.co_agency_codes });
  const today = todayIso();
  const reportedOn = body.reportedOn ?? today;
  if (reportedOn > today) throw AppError.field('reportedOn', 'resolutions.report_in_future');
  if (reportedOn < resolution.meeting_held_on) throw AppError.field('reportedOn', 'resolutions.report_before_meeting');
  const status = body.status ?? (body.progress === 100 ? 'done' : 'in_progress');
  const progress = status === 'done' ? 100 : body.progress;
  const text = normalizePersianText(body.text);
  const attachmentIds = [...new Set(body.attachmentIds)];

  const id = await db.transaction().execute(async (trx) => {
    const locked = await repo.lockResolution(trx, resolutionId);
    if (!locked || !isOpenStatus(locked.status)) throw new AppError('conflict', 'resolutions.closed', { status: locked?.status ?? '' });
    const followUpId = await repo.insertFollowUp(trx, {
      resolution_id: resolutionId,
      // The actor's agency, which the policy has just found among the responsible ones.
      agency_code: context.actor.agencyCode ?? resolution.lead_agency_code,
      author_id: context.actor.userId,
      author_name: context.actor.username,
      reported_on: reportedOn,
      text,
      progress,
      status_after: status,
    });
    const linked = await repo.linkAttachments(trx, attachmentIds, followUpId, context.actor.userId);
    if (linked !== attachmentIds.length) {
      const known = new Set((await repo.attachmentsOfFollowUps(trx, [followUpId])).map((row) => row.id));
      throw AppError.field('attachmentIds', 'resolutions.attachment_not_found', { id: attachmentIds.find((attachment) => !known.has(attachment)) ?? '' });
    }
    // A report dated before the latest one fills in the history; the latest report is the state.
    const latest = await repo.latestFollowUpDate(trx, resolutionId, followUpId);
    if (latest === null || reportedOn >= latest) {
      await repo.updateResolution(trx, resolutionId, null, { status, progress, completed_on: status === 'done' ? reportedOn : null });
    }
    await recordAudit(trx, context, {
      action: 'create',
      entity: 'follow_up',
      entityId: followUpId,
      after: { resolutionId, reportedOn, progress, status, attachments: attachmentIds.length },
    });
    return followUpId;
  });
  const created = (await followUpsOf(db, resolutionId)).find((followUp) => followUp.id === id);
  if (!created) throw new AppError('not_found', 'resolutions.not_found');
  return created;
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/** Stores an upload for a follow-up to come; refused unless its bytes are an allowed type. */
export async function uploadAttachment(db: Kysely<Database>, context: RequestContext, file: UploadedFile): Promise<Attachment> {
  if (!can(context.actor.role, 'resolutions.follow_up')) throw new AppError('forbidden', 'auth.forbidden');
  if (file.bytes.length === 0) throw AppError.field('file', 'attachments.empty_file');
  const fileName = safeFileName(file.fileName);
  const mediaType = allowedMediaType(fileName, file.bytes);
  if (mediaType === null) throw AppError.field('file', 'attachments.forbidden_type');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await repo.insertAttachment(trx, {
      id,
      uploaded_by: context.actor.userId,
      file_name: fileName,
      media_type: mediaType,
      size_bytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
    });
    await recordAudit(trx, context, { action: 'create', entity: 'attachment', entityId: id, after: { fileName, mediaType, sizeBytes: file.bytes.length } });
  });
  const row = await repo.findAttachmentMeta(db, id);
  if (!row) throw new AppError('not_found', 'attachments.not_found');
  return toAttachment(row);
}

/** A file is seen by whoever sees its resolution; an unattached upload only by its uploader. */
export async function downloadAttachment(db: Kysely<Database>, context: RequestContext, id: string): Promise<Attachment & { content: Buffer }> {
  const meta = await repo.findAttachmentMeta(db, id);
  if (!meta) throw new AppError('not_found', 'attachments.not_found');
  if (meta.follow_up_id === null) {
    if (meta.uploaded_by !== context.actor.userId) throw new AppError('not_found', 'attachments.not_found');
  } else {
    const resolutionId = await repo.resolutionOfFollowUp(db, meta.follow_up_id);
    const visible = resolutionId !== undefined && (await repo.findResolution(db, await scopeArea(db, context.actor.scope), resolutionId)) !== undefined;
    if (!visible) throw new AppError('not_found', 'attachments.not_found');
  }
  const content = await repo.findAttachmentContent(db, id);
  if (!content) throw new AppError('not_found', 'attachments.not_found');
  return { ...toAttachment(meta), content: content.content };
}
