import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { createBodyBodySchema, type CreateBodyBody } from '../../../modules/meetings/meetings.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { createBodyInput, emptyBodyValues, type BodyFormValues } from './body-form-values.ts';
import { BodyForm } from './BodyForm.tsx';
import { useCreateBody } from './meetings-api.ts';

/** A provincial user starts with a body of their own province. */
function useInitialValues(): BodyFormValues {
  const { session } = useSession();
  const scope = session?.user.scope;
  const [initial] = useState<BodyFormValues>(() =>
    scope?.level === 'province' && scope.codes.length === 1 ? { ...emptyBodyValues, provinceCode: scope.codes[0] ?? '' } : emptyBodyValues,
  );
  return initial;
}

/** Creates a body and opens its page. */
export function BodyCreatePanel({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateBody();
  const toInput = useCallback(createBodyInput, []);
  const form = useZodForm({ initialValues: useInitialValues(), schema: createBodyBodySchema, toInput });
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: CreateBodyBody) => {
    clear();
    create.mutate(body, {
      onSuccess: (saved) => {
        toast.success(t('bodies.created'));
        onDone();
        void navigate(`/bodies/${saved.id}`);
      },
      onError: report,
    });
  };

  return (
    <div className="inline-form-panel">
      <h2 className="panel-title">{t('bodies.createTitle')}</h2>
      <BodyForm form={form} mode="create" onSubmit={onSubmit} onCancel={onDone} saving={create.isPending} banner={failure ? <Alert tone="danger">{failure}</Alert> : undefined} />
    </div>
  );
}
