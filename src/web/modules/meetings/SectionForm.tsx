import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { AmendmentReasonField } from './AmendmentReasonField.tsx';
import type { MeetingEditing } from './meeting-editing.ts';
import { WriteFailureAlert, type WriteFailure } from './WriteFailure.tsx';

/** What the frame of a form on the meeting page needs from the form and its write. */
export interface SectionFrame<V extends { amendmentReason: string }, Out> {
  editing: MeetingEditing;
  form: ZodForm<V, Out>;
  /** Sends the valid body. */
  onValid(body: Out): void;
  failure: WriteFailure | null;
  saving: boolean;
  /** Approved minutes change only by amendment, with a reason. */
  locked: boolean;
  /** Closes the form (after a save, a cancel, or a reload after a conflict). */
  onDone(): void;
}

interface SectionFormProps<V extends { amendmentReason: string }, Out> {
  frame: SectionFrame<V, Out>;
  /** The form's accessible name. */
  label: string;
  /** A heading above the form. */
  title?: string;
  className?: string;
  submitLabel?: string;
  /** The section's own fields. */
  children: ReactNode;
}

/**
 * A form on the meeting page: why the last save failed (a conflict or locked minutes offer a
 * reload), the "fix the errors" notice, the section's fields, the amendment reason when the
 * minutes are approved, then save and cancel.
 */
export function SectionForm<V extends { amendmentReason: string }, Out>({ frame, label, title, className, submitLabel, children }: SectionFormProps<V, Out>) {
  const { t } = useI18n();
  const { editing, form, onDone } = frame;
  return (
    <form className={className ? `section-form ${className}` : 'section-form'} onSubmit={form.handleSubmit(frame.onValid)} noValidate aria-label={label}>
      {title && <h3>{title}</h3>}
      <WriteFailureAlert
        failure={frame.failure}
        onReload={() => {
          editing.reload();
          onDone();
        }}
      />
      {form.submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
      {children}
      {frame.locked && (
        <div className="form-grid">
          <AmendmentReasonField {...form.field('amendmentReason')} />
        </div>
      )}
      <FormActions saving={frame.saving} onCancel={onDone} size="sm" submitLabel={submitLabel} />
    </form>
  );
}
