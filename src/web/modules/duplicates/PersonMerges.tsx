import { useState } from 'react';
import type { PersonMerge } from '../../../modules/residents/duplicates.schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { useToast } from '../../components/useToast.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { usePersonMerges, useUndoMerge } from './duplicates-queries.ts';
import './duplicates.css';

/** The records merged into this person, each with an undo while it is still possible. */
export function PersonMerges({ personId }: { personId: string }) {
  const { t, fmt } = useI18n();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const merges = usePersonMerges(personId);
  const undo = useUndoMerge();
  const [confirming, setConfirming] = useState<PersonMerge | null>(null);
  const items = merges.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('duplicates.historyTitle')}>
      <ul className="dup-merges">
        {items.map((merge) => (
          <li key={merge.id} className="dup-merge">
            <div className="dup-merge-text">
              <span lang="fa">{t('duplicates.historyMerged', { name: merge.mergedName })}</span>
              <span className="dup-merge-meta subtle">
                <span className="num">{fmt.dateTime(merge.mergedAt)}</span>
                {merge.mergedBy && <span>{t('duplicates.historyBy', { name: merge.mergedBy })}</span>}
                {merge.undoneAt && <span>{t('duplicates.historyUndone', { at: fmt.dateTime(merge.undoneAt) })}</span>}
              </span>
            </div>
            {merge.undoable && (
              <Button size="sm" onClick={() => setConfirming(merge)}>
                {t('duplicates.undo')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('duplicates.undo')}
        message={confirming ? t('duplicates.undoConfirm', { name: confirming.mergedName }) : ''}
        confirmLabel={t('duplicates.undo')}
        busy={undo.isPending}
        error={undo.error ? errorMessage(undo.error) : null}
        onConfirm={() =>
          confirming &&
          undo.mutate(confirming.id, {
            onSuccess: () => {
              setConfirming(null);
              toast.success(t('duplicates.undone'));
            },
          })
        }
        onCancel={() => {
          setConfirming(null);
          undo.reset();
        }}
      />
    </Card>
  );
}
