import { useI18n } from '../i18n/useI18n.ts';
import { Button } from './Button.tsx';

interface FormActionsProps {
  saving: boolean;
  onCancel(): void;
  /** The submit button's text when not saving; "Save" by default. */
  submitLabel?: string;
  size?: 'sm' | 'md';
  className?: string;
}

/** A form's submit and cancel buttons: the submit shows progress, both wait while saving. */
export function FormActions({ saving, onCancel, submitLabel, size = 'md', className = 'form-actions' }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div className={className}>
      <Button type="submit" variant="primary" size={size} busy={saving}>
        {saving ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </Button>
      <Button size={size} onClick={onCancel} disabled={saving}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
