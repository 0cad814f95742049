import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { updateBodyBodySchema, type Body, type UpdateBodyBody } from '../../../modules/meetings/meetings.schemas.ts';
import { useToast } from '../../components/useToast.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { updateBodyInput, valuesFromBody } from './body-form-values.ts';
import { BodyForm } from './BodyForm.tsx';
import { bodyKeys, useUpdateBody } from './meetings-api.ts';
import { useWriteFailure, WriteFailureAlert } from './WriteFailure.tsx';

/** Edits a body as loaded; a concurrent edit answers 409 and offers the latest version. */
export function BodyEditPanel({ original, onDone }: { original: Body; onDone(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const update = useUpdateBody(original.id);
  const toInput = useMemo(() => updateBodyInput(original), [original]);
  const form = useZodForm({ initialValues: valuesFromBody(original), schema: updateBodyBodySchema, toInput });
  const { failure, report, clear } = useWriteFailure(form);

  const onSubmit = (body: UpdateBodyBody) => {
    clear();
    update.mutate(body, {
      onSuccess: () => {
        toast.success(t('bodies.saved'));
        onDone();
      },
      onError: report,
    });
  };
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: bodyKeys.detail(original.id) });
    onDone();
  };

  return (
    <div className="inline-form-panel">
      <h2 className="panel-title">{t('bodies.editTitle')}</h2>
      <BodyForm form={form} mode="edit" onSubmit={onSubmit} onCancel={onDone} saving={update.isPending} banner={<WriteFailureAlert failure={failure} onReload={reload} />} />
    </div>
  );
}
