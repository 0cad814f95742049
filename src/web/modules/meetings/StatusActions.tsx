import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { useToast } from '../../components/useToast.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useDeleteMeeting, useMeetingStatus } from './meetings-api.ts';
import { failureKind, type WriteFailure } from './WriteFailure.tsx';

interface StatusActionsProps {
  editing: MeetingEditing;
  /** A conflict is shown on the page, with a reload, rather than in the dialog. */
  onFailure(failure: WriteFailure): void;
}

/** planned → held → approved, each confirmed; approving locks the minutes. */
export function StatusActions({ editing, onFailure }: StatusActionsProps) {
  const { t } = useI18n();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const { meeting } = editing;
  const change = useMeetingStatus(meeting.id);
  const [confirming, setConfirming] = useState(false);
  if (!editing.canWrite || meeting.status === 'approved') return null;
  const next = meeting.status === 'planned' ? 'held' : 'approved';

  const onConfirm = () => {
    const version = editing.versionFor(meeting.version);
    change.mutate(
      { version, status: next },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          setConfirming(false);
          toast.success(next === 'held' ? t('meetings.markedHeld') : t('meetings.approved'));
        },
        onError: (error) => {
          const kind = failureKind(error);
          if (kind === 'other') return; // shown in the dialog
          setConfirming(false);
          change.reset();
          onFailure({ kind, message: messageOf(error) });
        },
      },
    );
  };

  return (
    <>
      <Button variant={next === 'approved' ? 'primary' : 'secondary'} onClick={() => setConfirming(true)}>
        {next === 'held' ? t('meetings.markHeld') : t('meetings.approve')}
      </Button>
      <ConfirmDialog
        isOpen={confirming}
        title={next === 'held' ? t('meetings.markHeld') : t('meetings.approve')}
        message={next === 'held' ? t('meetings.markHeldConfirm') : t('meetings.approveConfirm', { count: meeting.resolutions.length })}
        confirmLabel={next === 'held' ? t('meetings.markHeld') : t('meetings.approve')}
        busy={change.isPending}
        error={change.isError ? messageOf(change.error) : null}
        onCancel={() => {
          setConfirming(false);
          change.reset();
        }}
        onConfirm={onConfirm}
      />
    </>
  );
}

/** Deletes a planned meeting that has no resolutions (the only kind the server lets go). */
export function DeleteMeetingButton({ editing }: { editing: MeetingEditing }) {
  const { t } = useI18n();
  const { meeting } = editing;
  const remove = useDeleteMeeting(meeting.id);
  if (!editing.canWrite || meeting.status !== 'planned' || meeting.resolutions.length > 0) return null;
  return (
    <DeleteButton
      remove={remove}
      title={t('meetings.deleteTitle')}
      message={t('meetings.deleteConfirm', { number: meeting.number, body: meeting.bodyNameFa })}
      deletedMessage={t('meetings.deleted')}
      navigateTo={`/bodies/${meeting.bodyId}`}
    />
  );
}
