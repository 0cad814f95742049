import type { FieldError } from '../../../lib/errors/index.ts';
import type { ResolutionDetail, ResolutionStatus } from '../../../modules/meetings/resolutions.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import { numberForBody, numberToInput } from '../../forms/parse.ts';
import type { Locale } from '../../i18n/locale.ts';

/** The statuses a follow-up may report. */
export const followUpStatuses = ['in_progress', 'done'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export interface FollowUpFormValues {
  /** ISO date; today (in Tehran) to start with. */
  reportedOn: string | null;
  text: string;
  /** As typed: Persian or Latin digits. */
  progress: string;
  status: FollowUpStatus;
  /** Ids of the files already uploaded for this report. */
  attachmentIds: string[];
}

/** Today's date in Iran, as the server judges "not in the future". */
export function todayInTehran(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function initialFollowUpValues(resolution: Pick<ResolutionDetail, 'progress'>, locale: Locale): FollowUpFormValues {
  return { reportedOn: todayInTehran(), text: '', progress: numberToInput(resolution.progress, locale), status: 'in_progress', attachmentIds: [] };
}

/** The request body for POST /resolutions/:id/follow-ups, as createFollowUpBodySchema reads it. */
export function followUpInput(values: FollowUpFormValues): FormInput {
  const errors: FieldError[] = [];
  const progress = numberForBody(values.progress, 'progress', undefined, errors);
  // "done" needs no check here: the server sets a done report's progress to 100 (and so does the form).
  return {
    input: { reportedOn: values.reportedOn ?? undefined, text: values.text, progress, status: values.status, attachmentIds: values.attachmentIds },
    errors,
  };
}

export interface TrackingFormValues {
  status: ResolutionStatus;
  progress: string;
}

/** The request body for PATCH /resolutions/:id when only tracking (status, progress) changes. */
export const trackingInput =
  (version: number) =>
  (values: TrackingFormValues): FormInput => {
    const errors: FieldError[] = [];
    const progress = numberForBody(values.progress, 'progress', undefined, errors);
    if (values.status === 'done' && typeof progress === 'number' && progress !== 100) errors.push({ path: 'progress', code: 'resolutions.done_needs_full_progress' });
    return { input: { version, status: values.status, progress }, errors };
  };
