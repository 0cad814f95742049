import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface AmendmentReasonFieldProps {
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  error: string | null;
}

/** Approved minutes change only by amendment: why, in a few words, recorded with the change. */
export function AmendmentReasonField(props: AmendmentReasonFieldProps) {
  const { t } = useI18n();
  return <TextAreaField label={t('meetings.amendmentReason')} {...props} rows={2} required persian hint={t('meetings.amendmentReasonHint')} className="field-wide amendment-field" />;
}
