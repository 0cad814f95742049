import { useMemo } from 'react';
import type { FieldError } from '../../../lib/errors/index.ts';
import { reviewDecisionBodySchema, reviewDecisions, type Review, type ReviewDecision, type ReviewDecisionBody } from '../../../modules/meetings/meetings.schemas.ts';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { namedOptions } from '../reference/options.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { amendmentInput } from './meeting-form-values.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { useReviewDecision } from './meetings-api.ts';
import { SectionForm } from './SectionForm.tsx';
import { useWriteFailure } from './WriteFailure.tsx';

interface DecisionValues {
  decision: ReviewDecision | '';
  newDeadline: string | null;
  newLeadAgencyCode: string;
  reason: string;
  amendmentReason: string;
}

const emptyDecision: DecisionValues = { decision: '', newDeadline: null, newLeadAgencyCode: '', reason: '', amendmentReason: '' };

/** Decisions that must say why. */
const needsReason: readonly ReviewDecision[] = ['extended', 'reassigned', 'cancelled'];

const decisionInput =
  (review: Review, heldOn: string, locked: boolean, formatDate: (iso: string) => string) =>
  (values: DecisionValues): FormInput => {
    const errors: FieldError[] = [];
    const { decision } = values;
    if (!decision) errors.push({ path: 'decision', code: 'field.required' });
    if (decision === 'extended' && !values.newDeadline) errors.push({ path: 'newDeadline', code: 'meetings.decision_needs_deadline' });
    if (decision === 'extended' && values.newDeadline && values.newDeadline <= review.deadlineAtReview) {
      errors.push({ path: 'newDeadline', code: 'meetings.extension_not_later', params: { deadline: formatDate(review.deadlineAtReview) } });
    }
    if ((decision === 'extended' || decision === 'reassigned') && values.newDeadline && values.newDeadline < heldOn) {
      errors.push({ path: 'newDeadline', code: 'meetings.deadline_before_review' });
    }
    if (decision === 'reassigned' && !values.newLeadAgencyCode) errors.push({ path: 'newLeadAgencyCode', code: 'meetings.decision_needs_agency' });
    if (decision && needsReason.includes(decision) && !values.reason.trim()) errors.push({ path: 'reason', code: 'meetings.decision_needs_reason' });
    const withDeadline = decision === 'extended' || decision === 'reassigned';
    return {
      input: {
        decision: decision || undefined,
        newDeadline: withDeadline ? (values.newDeadline ?? undefined) : undefined,
        newLeadAgencyCode: decision === 'reassigned' ? values.newLeadAgencyCode || undefined : undefined,
        reason: values.reason,
        amendmentReason: amendmentInput(locked, values.amendmentReason, errors),
      },
      errors,
    };
  };

/** What this meeting decides about one past resolution: close, extend, reassign, continue or cancel it. */
export function ReviewDecisionForm({ editing, review, onDone }: { editing: MeetingEditing; review: Review; onDone(): void }) {
  const { t, fmt, locale } = useI18n();
  const toast = useToast();
  const agencies = useAgencies();
  const meeting = editing.meeting;
  const decide = useReviewDecision(meeting.id);
  const toInput = useMemo(() => decisionInput(review, meeting.heldOn, meeting.locked, fmt.date), [review, meeting.heldOn, meeting.locked, fmt]);
  const form = useZodForm({
    initialValues: emptyDecision,
    schema: reviewDecisionBodySchema,
    toInput,
  });
  const { failure, report, clear } = useWriteFailure(form);
  const { decision } = form.values;

  const onSubmit = (body: ReviewDecisionBody) => {
    clear();
    decide.mutate(
      { reviewId: review.id, body },
      {
        onSuccess: (saved) => {
          // No version is sent; the decision moved the meeting one version, to the one returned.
          editing.saved(saved.version - 1, saved.version);
          toast.success(t('meetings.reviewSaved', { row: review.rowNumber, number: review.fromMeetingNumber }));
          onDone();
        },
        onError: report,
      },
    );
  };

  return (
    <SectionForm
      frame={{ editing, form, onValid: onSubmit, failure, saving: decide.isPending, locked: meeting.locked, onDone }}
      label={t('meetings.reviewDecide', { row: review.rowNumber, number: review.fromMeetingNumber })}
      className="review-form"
      submitLabel={t('meetings.decisionSave')}
    >
      <div className="form-grid">
        <SelectField
          label={t('meetings.decision')}
          {...form.field('decision')}
          onChange={(value) => form.setValue('decision', value as DecisionValues['decision'])}
          emptyLabel={t('meetings.choose')}
          options={reviewDecisions.map((value) => ({ value, label: t(`resolutions.decision.${value}`) }))}
          required
        />
        {decision === 'reassigned' && (
          <SelectField
            label={t('meetings.newLeadAgency')}
            {...form.field('newLeadAgencyCode')}
            emptyLabel={t('meetings.choose')}
            options={namedOptions(agencies.data, locale).filter((o) => o.value !== review.leadAgencyCode)}
            required
          />
        )}
        {(decision === 'extended' || decision === 'reassigned') && (
          <JalaliDateField
            label={t('meetings.newDeadline')}
            {...form.field('newDeadline')}
            required={decision === 'extended'}
            hint={decision === 'extended' ? t('meetings.newDeadlineHint', { date: fmt.date(review.deadlineAtReview) }) : t('meetings.newDeadlineOptional')}
          />
        )}
        {decision && (
          <TextField label={t('meetings.decisionReason')} {...form.field('reason')} persian maxLength={2000} required={needsReason.includes(decision)} className="field-wide" />
        )}
      </div>
    </SectionForm>
  );
}
