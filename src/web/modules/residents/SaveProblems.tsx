import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface SaveProblemsProps {
  /** Someone else saved first: the form offers the latest version. */
  conflict: boolean;
  conflictMessage: string;
  onReload(): void;
  /** Why the last save failed, in the server's words. */
  failure: string | null;
  /** The form was submitted with errors in its fields. */
  submitFailed: boolean;
}

/** What went wrong with the last save of a registry form, above its fields. */
export function SaveProblems({ conflict, conflictMessage, onReload, failure, submitFailed }: SaveProblemsProps) {
  const { t } = useI18n();
  return (
    <>
      {conflict && (
        <Alert
          tone="warning"
          title={t('conflict.title')}
          actions={
            <Button variant="primary" size="sm" onClick={onReload}>
              {t('conflict.reload')}
            </Button>
          }
        >
          {conflictMessage}
        </Alert>
      )}
      {failure && <Alert tone="danger">{failure}</Alert>}
      {submitFailed && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
    </>
  );
}
