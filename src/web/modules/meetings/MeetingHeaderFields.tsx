import { useId } from 'react';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { MeetingFormValues } from './meeting-form-values.ts';
import { weekdayOf } from './weekday.ts';

interface MeetingHeaderFieldsProps<Out> {
  form: ZodForm<MeetingFormValues, Out>;
  /** What an empty chair or secretary falls back to (the body's). */
  defaults?: { chair: string; secretary: string };
}

/** The minutes' header: date with its weekday shown as it is picked, time, place, invitation, chair, secretary. */
export function MeetingHeaderFields<Out>({ form, defaults }: MeetingHeaderFieldsProps<Out>) {
  const { t, locale } = useI18n();
  const weekday = weekdayOf(form.values.heldOn, locale);
  const weekdayLabel = useId();
  return (
    <>
      <JalaliDateField label={t('meetings.heldOn')} {...form.field('heldOn')} required />
      <div className="field weekday-field">
        <span className="field-label" id={weekdayLabel}>
          {t('meetings.weekday')}
        </span>
        <output className="weekday-output" aria-live="polite" aria-labelledby={weekdayLabel}>
          {weekday || <span className="subtle">{t('meetings.weekdayHint')}</span>}
        </output>
      </div>
      <TextField label={t('meetings.startTime')} {...form.field('startTime')} ltr inputMode="numeric" placeholder="08:00" maxLength={5} hint={t('meetings.startTimeHint')} />
      <TextField label={t('meetings.place')} {...form.field('place')} persian maxLength={300} />
      <TextField label={t('meetings.invitationNumber')} {...form.field('invitationNumber')} ltr maxLength={100} />
      <JalaliDateField label={t('meetings.invitationDate')} {...form.field('invitationDate')} />
      <TextField label={t('meetings.chair')} {...form.field('chair')} persian maxLength={200} placeholder={defaults?.chair || undefined} />
      <TextField label={t('meetings.secretary')} {...form.field('secretary')} persian maxLength={200} placeholder={defaults?.secretary || undefined} />
    </>
  );
}
