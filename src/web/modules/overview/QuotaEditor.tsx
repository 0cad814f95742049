import { useCallback, type FormEvent } from 'react';
import { updateProvinceBodySchema } from '../../../modules/geography/geography.schemas.ts';
import { ApiError } from '../../api/problem.ts';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { useToast } from '../../components/useToast.ts';
import type { FieldError } from '../../../lib/errors/index.ts';
import { numberForBody, numberToInput } from '../../forms/parse.ts';
import { useZodForm, type FormInput } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useUpdateQuota } from './province-queries.ts';
import { FormActions } from '../../components/FormActions.tsx';

interface QuotaEditorProps {
  provinceCode: string;
  quota: number;
  onDone(): void;
}

type QuotaValues = { quota: string };

/** Edits a province's quota inline, validated by the server's schema as the user types. */
export function QuotaEditor({ provinceCode, quota, onDone }: QuotaEditorProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const update = useUpdateQuota(provinceCode);
  const toInput = useCallback((values: QuotaValues): FormInput => {
    const errors: FieldError[] = [];
    return { input: { quota: numberForBody(values.quota, 'quota', undefined, errors) }, errors };
  }, []);
  const form = useZodForm({ initialValues: { quota: numberToInput(quota, locale) }, schema: updateProvinceBodySchema, toInput });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = form.submit();
    if (!result.ok) return;
    update.mutate(result.data.quota, {
      onSuccess: () => {
        toast.success(t('province.quotaSaved'));
        onDone();
      },
      onError: (error) => {
        if (!(error instanceof ApiError && form.applyProblem(error.problem))) toast.error(messageOf(error));
      },
    });
  };

  return (
    <form className="quota-editor" onSubmit={onSubmit} noValidate>
      <NumberField
        label={t('province.quota')}
        {...form.field('quota')}
        required
      />
      <FormActions saving={update.isPending} onCancel={onDone} size="sm" className="row" />
    </form>
  );
}
