import { useState } from 'react';
import { updateMeetingBodySchema, type Meeting, type UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { useToast } from '../../components/useToast.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useUpdateMeeting } from './meetings-api.ts';
import type { SectionFrame } from './SectionForm.tsx';
import { useWriteFailure } from './WriteFailure.tsx';

interface SectionSaveOptions<V> {
  /** The form's values for the meeting as it was when the form opened. */
  initialValues(meeting: Meeting): V;
  /** Builds the change from the form's values, against the meeting the form opened on. */
  toInput(meeting: Meeting): (values: V) => FormInput;
  fieldOfPath?(path: string): keyof V & string;
  /** The toast after a save. */
  savedMessage: string;
}

/**
 * The form of one section of the meeting page that changes the meeting itself (header,
 * attendance, agenda, narrative): it sends the version the form opened with, moved on by this
 * page's own saves since, so that another section's save is not taken for a conflict.
 */
export function useMeetingSectionSave<V extends { amendmentReason: string }>(editing: MeetingEditing, onDone: () => void, options: SectionSaveOptions<V>) {
  const toast = useToast();
  // The meeting as it was when the form opened: its version is the one the edit is based on.
  const [opened] = useState(() => ({ original: editing.meeting, initialValues: options.initialValues(editing.meeting), toInput: options.toInput(editing.meeting) }));
  const { original } = opened;
  const update = useUpdateMeeting(original.id);
  const form = useZodForm({ initialValues: opened.initialValues, schema: updateMeetingBodySchema, toInput: opened.toInput, fieldOfPath: options.fieldOfPath });
  const { failure, report, clear } = useWriteFailure(form);

  const onValid = (body: UpdateMeetingBody) => {
    clear();
    const version = editing.versionFor(original.version);
    update.mutate(
      { ...body, version },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          toast.success(options.savedMessage);
          onDone();
        },
        onError: report,
      },
    );
  };

  const frame: SectionFrame<V, UpdateMeetingBody> = { editing, form, onValid, failure, saving: update.isPending, locked: original.locked, onDone };
  return { form, original, frame };
}
