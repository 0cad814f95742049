import { useCallback, useState } from 'react';
import { ApiError, type Problem } from '../../api/problem.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** Why a write failed, as far as the page can do something about it. */
export interface WriteFailure {
  /** `conflict`: someone saved first; `locked`: the minutes were approved meanwhile; `other`: anything else. */
  kind: 'conflict' | 'locked' | 'other';
  message: string;
}

interface ProblemTarget {
  applyProblem(problem: Problem): boolean;
}

/** The 409s of the meetings API that only a reload can resolve. */
export function failureKind(error: unknown): WriteFailure['kind'] {
  if (error instanceof ApiError && error.status === 409) {
    if (error.problem.code === 'record.version_conflict') return 'conflict';
    if (error.problem.code === 'meetings.minutes_locked') return 'locked';
  }
  return 'other';
}

/**
 * What to say when a write fails: field errors go next to their fields (when a form is given);
 * a version conflict or locked minutes become a notice with a reload; anything else one message.
 */
export function useWriteFailure(form?: ProblemTarget) {
  const messageOf = useErrorMessage();
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const report = useCallback(
    (error: unknown) => {
      const kind = failureKind(error);
      if (kind === 'other' && error instanceof ApiError && form?.applyProblem(error.problem)) {
        setFailure(null);
        return;
      }
      setFailure({ kind, message: messageOf(error) });
    },
    [form, messageOf],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { failure, report, clear };
}

/** The notice for a failed write; conflicts and locked minutes offer to load the latest version. */
export function WriteFailureAlert({ failure, onReload }: { failure: WriteFailure | null; onReload(): void }) {
  const { t } = useI18n();
  if (!failure) return null;
  if (failure.kind === 'other') return <Alert tone="danger">{failure.message}</Alert>;
  return (
    <Alert
      tone="warning"
      title={failure.kind === 'conflict' ? t('conflict.title') : t('meetings.lockedTitle')}
      actions={
        <Button variant="primary" size="sm" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      }
    >
      {failure.message}
    </Alert>
  );
}
