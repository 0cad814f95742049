import type { FieldError } from '../../../lib/errors/index.ts';
import { toLatinDigits } from '../../../lib/persian/index.ts';
import type { Body, Meeting, UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { numberForBody } from '../../forms/parse.ts';
import type { FormInput } from '../../forms/useZodForm.ts';

let rowSeq = 0;
/** A key for a new row of an editable list (React needs one that survives removals). */
export const newRowKey = (): number => ++rowSeq;

export interface AgendaRow {
  key: number;
  title: string;
  notes: string;
}

/** A meeting's header and agenda as the create and header forms hold them. */
export interface MeetingFormValues {
  bodyId: string;
  number: string;
  heldOn: string | null;
  startTime: string;
  place: string;
  invitationNumber: string;
  invitationDate: string | null;
  chair: string;
  secretary: string;
  status: 'planned' | 'held';
  agenda: AgendaRow[];
  /** Only when the minutes are approved: why they are being changed. */
  amendmentReason: string;
}

export const emptyMeetingValues: MeetingFormValues = {
  bodyId: '',
  number: '',
  heldOn: null,
  startTime: '',
  place: '',
  invitationNumber: '',
  invitationDate: null,
  chair: '',
  secretary: '',
  status: 'planned',
  agenda: [],
  amendmentReason: '',
};

/** "۰۸:۳۰" typed in Persian digits is 08:30. */
const timeInput = (text: string) => toLatinDigits(text.trim());

/** Rows left wholly empty are dropped; a row with notes and no title is an error the schema reports. */
export function agendaInput(rows: AgendaRow[]) {
  return rows.filter((row) => row.title.trim() || row.notes.trim()).map((row) => ({ title: row.title, notes: row.notes }));
}

export function createMeetingInput(values: MeetingFormValues): FormInput {
  const errors: FieldError[] = [];
  if (!values.bodyId) errors.push({ path: 'bodyId', code: 'field.required' });
  return {
    input: {
      bodyId: values.bodyId ? Number(values.bodyId) : undefined,
      number: numberForBody(values.number, 'number', undefined, errors) ?? undefined,
      heldOn: values.heldOn ?? undefined,
      startTime: timeInput(values.startTime),
      place: values.place,
      invitationNumber: values.invitationNumber,
      invitationDate: values.invitationDate,
      // Left empty, the body's chair and secretary are used.
      chair: values.chair.trim() || undefined,
      secretary: values.secretary.trim() || undefined,
      status: values.status,
      agenda: agendaInput(values.agenda),
    },
    errors,
  };
}

export function valuesFromMeeting(meeting: Meeting): MeetingFormValues {
  return {
    ...emptyMeetingValues,
    bodyId: String(meeting.bodyId),
    number: String(meeting.number),
    heldOn: meeting.heldOn,
    startTime: meeting.startTime,
    place: meeting.place,
    invitationNumber: meeting.invitationNumber,
    invitationDate: meeting.invitationDate,
    chair: meeting.chair,
    secretary: meeting.secretary,
    agenda: meeting.agenda.filter((item) => item.kind === 'item').map((item) => ({ key: newRowKey(), title: item.title, notes: item.notes })),
  };
}

/** The reason approved minutes are changed: required then, never sent otherwise. */
export function amendmentInput(locked: boolean, reason: string, errors: FieldError[]): string | undefined {
  if (!locked) return undefined;
  if (!reason.trim()) errors.push({ path: 'amendmentReason', code: 'field.required' });
  return reason;
}

/** The header fields that changed, with the version the editor loaded. */
export const headerUpdateInput =
  (original: Meeting) =>
  (values: MeetingFormValues): FormInput => {
    const errors: FieldError[] = [];
    if (!values.heldOn) errors.push({ path: 'heldOn', code: 'field.required' });
    const input: UpdateMeetingBody = { version: original.version };
    const startTime = timeInput(values.startTime);
    if (values.heldOn && values.heldOn !== original.heldOn) input.heldOn = values.heldOn;
    if (startTime !== original.startTime) input.startTime = startTime;
    if (values.place !== original.place) input.place = values.place;
    if (values.invitationNumber !== original.invitationNumber) input.invitationNumber = values.invitationNumber;
    if (values.invitationDate !== original.invitationDate) input.invitationDate = values.invitationDate;
    if (values.chair !== original.chair) input.chair = values.chair;
    if (values.secretary !== original.secretary) input.secretary = values.secretary;
    input.amendmentReason = amendmentInput(original.locked, values.amendmentReason, errors);
    return { input, errors };
  };

/** A body in a select: its province after its name, unless the name says it already. */
export function bodyOptionLabel(body: Pick<Body, 'nameFa' | 'provinceNameFa'>): string {
  return body.provinceNameFa && !body.nameFa.includes(body.provinceNameFa) ? `${body.nameFa} (${body.provinceNameFa})` : body.nameFa;
}
