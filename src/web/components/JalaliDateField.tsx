import { GregorianCalendar, PersianCalendar, parseDate, toCalendar, type CalendarDate, type DateValue } from '@internationalized/date';
import { useEffect, useMemo, useRef } from 'react';
import { toLatinDigits } from '../../lib/persian/index.ts';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { jalaliAriaLocale } from '../i18n/locale.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface JalaliDateFieldProps {
  label: string;
  /** An ISO date (`YYYY-MM-DD`, Gregorian) or null. */
  value: string | null;
  onChange(value: string | null): void;
  onBlur?(): void;
  error?: string | null;
  hint?: string;
  required?: boolean;
  isDisabled?: boolean;
  className?: string;
}

const persian = new PersianCalendar();
const gregorian = new GregorianCalendar();

function toPersianValue(iso: string | null): CalendarDate | null {
  if (!iso) return null;
  try {
    return toCalendar(parseDate(iso.slice(0, 10)), persian);
  } catch {
    return null;
  }
}

const NON_LATIN_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/;

/**
 * Typed Persian or Arabic-Indic digits are re-typed as Latin ones before react-aria's segment
 * sees them: its parser knows the locale's own digits and Latin, but not always Persian digits
 * (the English UI), so this makes both scripts work in both languages.
 */
function latinizeDigits(event: InputEvent): void {
  if (!event.data || !NON_LATIN_DIGIT.test(event.data) || !event.target) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  // The segment handles beforeinput itself (and cancels it), so a copy with Latin digits is enough.
  event.target.dispatchEvent(new InputEvent('beforeinput', { data: toLatinDigits(event.data), inputType: event.inputType, bubbles: true, cancelable: true }));
}

function toIso(value: DateValue | null): string | null {
  if (!value) return null;
  const date = toCalendar(value, gregorian);
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * A Jalali (Solar Hijri) date input and calendar, built on react-aria-components' DatePicker
 * with the Persian calendar. The value in and out is a Gregorian ISO date, as the API expects.
 * Digits may be typed in Persian or Latin script.
 */
export function JalaliDateField({ label, value, onChange, onBlur, error, hint, required, isDisabled, className }: JalaliDateFieldProps) {
  const { locale, t } = useI18n();
  const persianValue = useMemo(() => toPersianValue(value), [value]);
  const wrapper = useRef<HTMLDivElement>(null);

  // A native capturing listener: react-aria listens for beforeinput on each segment itself.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    element.addEventListener('beforeinput', latinizeDigits, { capture: true });
    return () => element.removeEventListener('beforeinput', latinizeDigits, { capture: true });
  }, []);

  return (
    <div ref={wrapper} className="date-field-wrap">
      <I18nProvider locale={jalaliAriaLocale(locale)}>
        <DatePicker<CalendarDate>
          className={['field', 'date-field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}
          value={persianValue}
          onChange={(next) => onChange(toIso(next))}
          onBlur={onBlur}
          isInvalid={Boolean(error)}
          isRequired={required}
          isDisabled={isDisabled}
          granularity="day"
          firstDayOfWeek="sat"
          shouldForceLeadingZeros
        >
          <div className="field-label-row">
            <Label className="field-label">{label}</Label>
            {required && (
              <span className="field-required" aria-hidden="true">
                *
              </span>
            )}
          </div>
          <Group className="input date-group">
            <DateInput className="date-input">
              {(segment) =>
                // English formats of the Persian calendar add an era ("AP") nobody needs to edit.
                segment.type === 'era' ? <span className="date-era" aria-hidden="true" /> : <DateSegment className="date-segment" segment={segment} />
              }
            </DateInput>
            {value && !isDisabled && (
              <button type="button" className="date-clear" aria-label={t('date.clear')} onClick={() => onChange(null)}>
                ×
              </button>
            )}
            <Button className="date-trigger" aria-label={t('date.openCalendar')}>
              <CalendarIcon />
            </Button>
          </Group>
          {hint && !error && (
            <Text slot="description" className="field-hint">
              {hint}
            </Text>
          )}
          <FieldError className="field-error">{error}</FieldError>
          <Popover className="date-popover" placement="bottom end">
            <Dialog className="date-dialog" aria-label={label}>
              <Calendar className="calendar">
                <header className="calendar-header">
                  <Button slot="previous" className="calendar-nav" aria-label={t('date.previousMonth')}>
                    <span aria-hidden="true">‹</span>
                  </Button>
                  <Heading className="calendar-heading" />
                  <Button slot="next" className="calendar-nav" aria-label={t('date.nextMonth')}>
                    <span aria-hidden="true">›</span>
                  </Button>
                </header>
                <CalendarGrid className="calendar-grid">{(date) => <CalendarCell className="calendar-cell" date={date} />}</CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </I18nProvider>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" fill="none" strokeLinecap="round" />
    </svg>
  );
}
