import { ApiError, NetworkError } from '../api/problem.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { Button } from './Button.tsx';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
}

/** The message a user should read for a failed request: the server's title, or a network hint. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof ApiError) return error.problem.title;
    if (error instanceof NetworkError) return t('common.networkError');
    return t('common.loadError');
  };
}

/** An inline alert for a failed load, with an optional retry. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  return (
    <div className="alert alert-danger" role="alert">
      <span>{messageOf(error)}</span>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
