import { useCallback, useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useErrorMessage } from '../components/ErrorNotice.tsx';
import type { Problem } from '../api/problem.ts';

interface ProblemTarget {
  applyProblem(problem: Problem): boolean;
}

/**
 * What to say when a save fails: field errors go next to their fields; anything else
 * (a conflict, a network failure, a refusal) becomes one message above the form.
 */
export function useFormFailure(form: ProblemTarget) {
  const messageOf = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const report = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && form.applyProblem(error.problem)) setFailure(null);
      else setFailure(messageOf(error));
    },
    [form, messageOf],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { failure, report, clear };
}
