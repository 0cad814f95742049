import { useId } from 'react';
import { deadlineUnits, type DeadlineUnit } from '../../../modules/meetings/resolutions.schemas.ts';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { ZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { durationLabel } from './deadline-words.ts';
import { deadlineFromDuration, type ResolutionFormValues } from './resolution-form-values.ts';
import { weekdayOf } from './weekday.ts';
import { parseNumberInput } from '../../forms/parse.ts';

/** زمان اقدام: a Jalali date, or an amount of days, weeks or months from the meeting, with the date it comes to. */
export function DeadlineFields<Out>({ form, heldOn }: { form: ZodForm<ResolutionFormValues, Out>; heldOn: string }) {
  const { t, fmt, locale } = useI18n();
  const name = useId();
  const comesToLabel = useId();
  const { values } = form;
  const computed = values.deadlineKind === 'duration' ? deadlineFromDuration(heldOn, values.deadlineAmount, values.deadlineUnit) : values.deadlineDate;
  const amount = parseNumberInput(values.deadlineAmount);
  const spoken = values.deadlineKind === 'duration' && amount.kind === 'number' && Number.isInteger(amount.value) && amount.value >= 1 ? durationLabel(amount.value, values.deadlineUnit, t, locale) : null;

  return (
    <fieldset className="deadline-fields field-wide">
      <legend className="field-label">
        {t('meetings.deadline')} <span className="field-required" aria-hidden="true">*</span>
      </legend>
      <div className="radio-row" role="radiogroup" aria-label={t('meetings.deadlineKind')}>
        {(['duration', 'date'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name={name} value={kind} checked={values.deadlineKind === kind} onChange={() => form.setValue('deadlineKind', kind)} />
            <span>{t(`meetings.deadlineKinds.${kind}`)}</span>
          </label>
        ))}
      </div>
      <div className="form-grid">
        {values.deadlineKind === 'date' ? (
          <JalaliDateField label={t('meetings.deadlineDate')} {...form.field('deadlineDate')} required />
        ) : (
          <>
            <TextField label={t('meetings.deadlineAmount')} {...form.field('deadlineAmount')} ltr inputMode="numeric" maxLength={3} required />
            <SelectField
              label={t('meetings.deadlineUnit')}
              {...form.field('deadlineUnit')}
              onChange={(unit) => form.setValue('deadlineUnit', unit as DeadlineUnit)}
              options={deadlineUnits.map((unit) => ({ value: unit, label: t(`meetings.units.${unit}`) }))}
            />
          </>
        )}
        <div className="field">
          <span className="field-label" id={comesToLabel}>
            {t('meetings.deadlineComesTo')}
          </span>
          <output className="weekday-output num" aria-live="polite" aria-labelledby={comesToLabel}>
            {computed ? `${fmt.date(computed)} (${weekdayOf(computed, locale)})` : '—'}
            {spoken && <span className="subtle"> · {spoken}</span>}
          </output>
        </div>
      </div>
      {form.errorOf('deadlineKind') && (
        <p className="field-error" role="alert">
          {form.errorOf('deadlineKind')}
        </p>
      )}
    </fieldset>
  );
}
