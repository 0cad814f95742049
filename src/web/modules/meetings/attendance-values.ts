import type { FieldError } from '../../../lib/errors/index.ts';
import type { Attendee, AttendeeInput, Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import { amendmentInput, newRowKey } from './meeting-form-values.ts';

/** One attendance row as the editor holds it; agency '' is none (a guest without one). */
export interface AttendeeRow extends Omit<AttendeeInput, 'agencyCode'> {
  key: number;
  agencyCode: string;
}

export interface AttendanceValues {
  attendees: AttendeeRow[];
  amendmentReason: string;
}

export function rowFromAttendee(attendee: Attendee): AttendeeRow {
  return {
    key: newRowKey(),
    kind: attendee.kind,
    agencyCode: attendee.agencyCode ?? '',
    personName: attendee.personName,
    position: attendee.position,
    presence: attendee.presence,
    substituteName: attendee.substituteName,
    reason: attendee.reason,
  };
}

/** The editor's values for the meeting as it was when the editor opened. */
export function attendanceValues(meeting: Meeting): AttendanceValues {
  return { attendees: meeting.attendees.map(rowFromAttendee), amendmentReason: '' };
}

export function newAttendeeRow(kind: AttendeeRow['kind'], agencyCode = ''): AttendeeRow {
  return { key: newRowKey(), kind, agencyCode, personName: '', position: '', presence: 'present', substituteName: '', reason: '' };
}

/** The list as the API takes it: a substitute's name only for substitutes, a reason only for those not there. */
function attendeeInput(row: AttendeeRow): AttendeeInput {
  const present = row.presence === 'present';
  return {
    kind: row.kind,
    agencyCode: row.agencyCode || null,
    personName: row.personName,
    position: row.position,
    presence: row.kind === 'guest' ? 'present' : row.presence,
    substituteName: row.kind === 'member' && row.presence === 'substitute' ? row.substituteName : '',
    reason: row.kind === 'member' && !present ? row.reason : '',
  };
}

export const attendanceUpdateInput =
  (original: Meeting) =>
  (values: AttendanceValues): FormInput => {
    const errors: FieldError[] = [];
    // A row with nothing in it is a row added and not used.
    const rows = values.attendees.filter((row) => row.agencyCode || row.personName.trim() || row.position.trim());
    return {
      input: { version: original.version, attendees: rows.map(attendeeInput), amendmentReason: amendmentInput(original.locked, values.amendmentReason, errors) },
      errors,
    };
  };

/** Errors about any attendee show under the attendance editor. */
export const attendanceFieldOfPath = (path: string): keyof AttendanceValues & string => (path.startsWith('amendmentReason') ? 'amendmentReason' : 'attendees');
