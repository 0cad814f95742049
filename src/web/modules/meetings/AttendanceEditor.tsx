import { Button } from '../../components/Button.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { attendanceFieldOfPath, attendanceUpdateInput, attendanceValues, newAttendeeRow, type AttendeeRow } from './attendance-values.ts';
import { AttendeeGroup } from './AttendeeRows.tsx';
import type { MeetingEditing } from './meeting-editing.ts';
import { useBody } from './meetings-api.ts';
import { SectionForm } from './SectionForm.tsx';
import { useMeetingSectionSave } from './useMeetingSectionSave.ts';

/** Edits who attended: the list is saved whole, with the version the editor opened. */
export function AttendanceEditor({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t, locale } = useI18n();
  const { form, original, frame } = useMeetingSectionSave(editing, onDone, {
    initialValues: attendanceValues,
    toInput: attendanceUpdateInput,
    fieldOfPath: attendanceFieldOfPath,
    savedMessage: t('meetings.attendanceSaved'),
  });
  const body = useBody(original.bodyId);
  const agencies = useAgencies();
  const rows = form.values.attendees;
  const members = rows.filter((r) => r.kind === 'member');
  const guests = rows.filter((r) => r.kind === 'guest');
  const agencyOptions = namedOptions(agencies.data, locale);
  const missingMembers = (body.data?.memberAgencyCodes ?? []).filter((code) => !members.some((m) => m.agencyCode === code));

  const setRows = (next: AttendeeRow[]) => form.setValue('attendees', next);
  const change = (key: number, patch: Partial<AttendeeRow>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: number) => setRows(rows.filter((r) => r.key !== key));
  const add = (...added: AttendeeRow[]) => setRows([...rows, ...added]);
  const editRows = { agencies: agencyOptions, onChange: change, onRemove: remove };

  return (
    <SectionForm frame={frame} label={t('meetings.attendanceEdit')}>
      <AttendeeGroup
        kind="member"
        rows={members}
        {...editRows}
        actions={
          <>
            {missingMembers.length > 0 && (
              <Button size="sm" onClick={() => add(...missingMembers.map((code) => newAttendeeRow('member', code)))}>
                <PlusIcon />
                {t('meetings.addBodyMembers', { count: missingMembers.length })}
              </Button>
            )}
            <Button size="sm" onClick={() => add(newAttendeeRow('member'))}>
              <PlusIcon />
              {t('meetings.addMember')}
            </Button>
          </>
        }
      />
      <AttendeeGroup
        kind="guest"
        rows={guests}
        {...editRows}
        actions={
          <Button size="sm" onClick={() => add(newAttendeeRow('guest'))}>
            <PlusIcon />
            {t('meetings.addGuest')}
          </Button>
        }
      />
      {form.errorOf('attendees') && (
        <p className="field-error" role="alert">
          {form.errorOf('attendees')}
        </p>
      )}
    </SectionForm>
  );
}
