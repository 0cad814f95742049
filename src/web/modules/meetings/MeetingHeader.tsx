import { useMemo, useState } from 'react';
import { updateMeetingBodySchema, type UpdateMeetingBody } from '../../../modules/meetings/meetings.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { EditIcon } from '../../components/icons.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AmendmentReasonField } from './AmendmentReasonField.tsx';
import { headerUpdateInput, valuesFromMeeting } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { MeetingHeaderFields } from './MeetingHeaderFields.tsx';
import { useUpdateMeeting } from './meetings-api.ts';
import { MeetingStatusBadge } from './StatusBadges.tsx';
import { weekdayOf } from './weekday.ts';
import { useWriteFailure, WriteFailureAlert } from './WriteFailure.tsx';

/** The header of the minutes as a table, the way the printed minutes show it. */
function HeaderTable({ editing }: { editing: MeetingEditing }) {
  const { t, fmt, locale } = useI18n();
  const m = editing.meeting;
  const cells: Array<[string, string]> = [
    [t('meetings.heldOn'), fmt.date(m.heldOn)],
    [t('meetings.weekday'), weekdayOf(m.heldOn, locale) || m.weekdayFa],
    [t('meetings.startTime'), m.startTime ? fmt.digits(m.startTime) : '—'],
    [t('meetings.place'), m.place || '—'],
    [t('meetings.invitationNumber'), m.invitationNumber ? fmt.digits(m.invitationNumber) : '—'],
    [t('meetings.invitationDate'), fmt.date(m.invitationDate)],
  ];
  return (
    <div className="stack">
      <div className="table-wrap">
        <table className="header-table">
          <caption className="visually-hidden">{t('meetings.headerCard')}</caption>
          <thead>
            <tr>
              {cells.map(([label]) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {cells.map(([label, value]) => (
                <td key={label} className="num-cell">
                  {value}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <dl className="description-list">
        <div className="description">
          <dt>{t('meetings.chair')}</dt>
          <dd>{m.chair || '—'}</dd>
        </div>
        <div className="description">
          <dt>{t('meetings.secretary')}</dt>
          <dd>{m.secretary || '—'}</dd>
        </div>
        <div className="description">
          <dt>{t('meetings.statusLabel')}</dt>
          <dd>
            <MeetingStatusBadge status={m.status} />
            {m.approvedAt && <span className="subtle num"> {t('meetings.approvedAt', { date: fmt.date(m.approvedAt) })}</span>}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Edits the header; approved minutes ask for an amendment reason. */
function HeaderForm({ editing, onDone }: { editing: MeetingEditing; onDone(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  // The meeting as it was when the form opened: its version is the one the edit is based on.
  const [original] = useState(editing.meeting);
  const update = useUpdateMeeting(original.id);
  const toInput = useMemo(() => headerUpdateInput(original), [original]);
  const form = useZodForm({ initialValues: valuesFromMeeting(original), schema: updateMeetingBodySchema, toInput });
  const { failure, report, clear } = useWriteFailure(form);

  const onSubmit = (body: UpdateMeetingBody) => {
    clear();
    const version = editing.versionFor(original.version);
    update.mutate(
      { ...body, version },
      {
        onSuccess: (saved) => {
          editing.saved(version, saved.version);
          toast.success(t('meetings.saved'));
          onDone();
        },
        onError: report,
      },
    );
  };

  return (
    <form className="section-form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('meetings.editHeader')}>
      <WriteFailureAlert
        failure={failure}
        onReload={() => {
          editing.reload();
          onDone();
        }}
      />
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      <div className="form-grid">
        <MeetingHeaderFields form={form} />
        {original.locked && <AmendmentReasonField {...form.field('amendmentReason')} />}
      </div>
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" />
    </form>
  );
}

/** The meeting's header card: the minutes' header table, chair, secretary and status; editable by the secretariat. */
export function MeetingHeader({ editing }: { editing: MeetingEditing }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('meetings.headerCard')}
      actions={
        editing.canWrite &&
        !open && (
          <Button size="sm" onClick={() => setOpen(true)}>
            <EditIcon />
            {editing.meeting.locked ? t('meetings.amend') : t('common.edit')}
          </Button>
        )
      }
    >
      {open ? <HeaderForm editing={editing} onDone={() => setOpen(false)} /> : <HeaderTable editing={editing} />}
    </Card>
  );
}
