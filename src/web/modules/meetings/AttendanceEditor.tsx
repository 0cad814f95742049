import { useMemo, useState } from 'react';
import { updateMeetingBodySchema, type UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { AmendmentReasonField } from './AmendmentReasonField.tsx';
import { GuestRows, MemberRows } from './AttendeeRows.tsx';
import { attendanceFieldOfPath, attendanceUpdateInput, newAttendeeRow, rowFromAttendee, type AttendanceValues, type AttendeeRow } from './attendance-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useBody, useUpdateMeeting } from './meetings-api.ts';
import { useWriteFailure, WriteFailureAlert } from './WriteFailure.tsx';

/** Edits who attended: the list is saved whole, with the version the editor opened. */
export function AttendanceEditor({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [original] = useState(editing.meeting);
  const body = useBody(original.bodyId);
  const agencies = useAgencies();
  const update = useUpdateMeeting(original.id);
  const toInput = useMemo(() => attendanceUpdateInput(original), [original]);
  const [initialValues] = useState<AttendanceValues>(() => ({ attendees: original.attendees.map(rowFromAttendee), amendmentReason: '' }));
  const form = useZodForm({ initialValues, schema: updateMeetingBodySchema, toInput, fieldOfPath: attendanceFieldOfPath });
  const { failure, report, clear } = useWriteFailure(form);
  const rows = form.values.attendees;
  const members = rows.filter((r) => r.kind === 'member');
  const guests = rows.filter((r) => r.kind === 'guest');
  const agencyOptions = namedOptions(agencies.data, locale);
  const missingMembers = (body.data?.memberAgencyCodes ?? []).filter((code) => !members.some((m) => m.agencyCode === code));

  const setRows = (next: AttendeeRow[]) => form.setValue('attendees', next);
  const change = (key: number, patch: Partial<AttendeeRow>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: number) => setRows(rows.filter((r) => r.key !== key));

  const onSubmit = (data: UpdateMeetingBody) => {
    clear();
    const version = editing.versionFor(original.version);
    update.mutate(
      { ...data, version },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          toast.success(t('meetings.attendanceSaved'));
          onDone();
        },
        onError: report,
      },
    );
  };

  return (
    <form className="section-form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('meetings.attendanceEdit')}>
      <WriteFailureAlert
        failure={failure}
        onReload={() => {
          editing.reload();
          onDone();
        }}
      />
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <div className="row section-subheader">
        <h3>{t('meetings.members')}</h3>
        <span className="spacer" />
        {missingMembers.length > 0 && (
          <Button size="sm" onClick={() => setRows([...rows, ...missingMembers.map((code) => newAttendeeRow('member', code))])}>
            <PlusIcon />
            {t('meetings.addBodyMembers', { count: missingMembers.length })}
          </Button>
        )}
        <Button size="sm" onClick={() => setRows([...rows, newAttendeeRow('member')])}>
          <PlusIcon />
          {t('meetings.addMember')}
        </Button>
      </div>
      {members.length > 0 ? <MemberRows rows={members} agencies={agencyOptions} onChange={change} onRemove={remove} /> : <p className="subtle">{t('meetings.noMembersYet')}</p>}
      <div className="row section-subheader">
        <h3>{t('meetings.guests')}</h3>
        <span className="spacer" />
        <Button size="sm" onClick={() => setRows([...rows, newAttendeeRow('guest')])}>
          <PlusIcon />
          {t('meetings.addGuest')}
        </Button>
      </div>
      {guests.length > 0 ? <GuestRows rows={guests} agencies={agencyOptions} onChange={change} onRemove={remove} /> : <p className="subtle">{t('meetings.noGuests')}</p>}
      {form.errorOf('attendees') && (
        <p className="field-error" role="alert">
          {form.errorOf('attendees')}
        </p>
      )}
      {original.locked && (
        <div className="form-grid">
          <AmendmentReasonField {...form.field('amendmentReason')} />
        </div>
      )}
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}
