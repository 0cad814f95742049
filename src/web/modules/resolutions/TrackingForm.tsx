import { useMemo, useState } from 'react';
import { resolutionStatuses, updateResolutionBodySchema, type ResolutionDetail, type ResolutionStatus, type UpdateResolutionBody } from '../../../modules/meetings/resolutions.schemas.ts';
import { ApiError } from '../../api/problem.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useToast } from '../../components/useToast.ts';
import { numberToInput } from '../../forms/parse.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { trackingInput, type TrackingFormValues } from './follow-up-form-values.ts';
import { useUpdateResolution } from './resolution-queries.ts';

interface TrackingFormProps {
  resolution: ResolutionDetail;
  /** Fetches the resolution again (after someone else changed it). */
  onReload(): void;
}

/**
 * The secretariat's correction of a resolution's status and progress. These are tracking, not
 * minutes, so approved minutes need no amendment for them; the version guards against a
 * change made meanwhile by someone else (409 → say so and offer the latest).
 */
export function TrackingForm({ resolution, onReload }: TrackingFormProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const update = useUpdateResolution(resolution.id);
  const initialValues = useMemo<TrackingFormValues>(() => ({ status: resolution.status, progress: numberToInput(resolution.progress, locale) }), [resolution, locale]);
  const toInput = useMemo(() => trackingInput(resolution.version), [resolution.version]);
  const form = useZodForm({ initialValues, schema: updateResolutionBodySchema, toInput });
  const { failure, report, clear } = useFormFailure(form);
  const [conflict, setConflict] = useState<string | null>(null);

  const onSubmit = (body: UpdateResolutionBody) => {
    clear();
    setConflict(null);
    update.mutate(body, {
      onSuccess: () => toast.success(t('resolutions.trackingSaved')),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409 && error.problem.code === 'record.version_conflict') setConflict(error.problem.title);
        else report(error);
      },
    });
  };

  return (
    <form className="record-form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {conflict && (
        <Alert
          tone="warning"
          title={t('resolutions.conflictTitle')}
          actions={
            <Button size="sm" onClick={onReload}>
              {t('common.reload')}
            </Button>
          }
        >
          {conflict}
        </Alert>
      )}
      {failure && <Alert tone="danger">{failure}</Alert>}
      <div className="form-grid">
        <SelectField
          label={t('resolutions.statusLabel')}
          value={form.values.status}
          onChange={(value) => {
            const status = value as ResolutionStatus;
            form.setValue('status', status);
            if (status === 'done') form.setValue('progress', numberToInput(100, locale));
          }}
          options={resolutionStatuses.map((status) => ({ value: status, label: t(`resolutions.status.${status}`) }))}
          error={form.errorOf('status')}
          required
        />
        <NumberField label={t('resolutions.progressPercent')} {...form.field('progress')} required hint={t('resolutions.progressHint')} />
      </div>
      <FormActions saving={update.isPending} onCancel={() => form.reset(initialValues)} size="sm" className="form-actions res-form-actions" />
    </form>
  );
}
