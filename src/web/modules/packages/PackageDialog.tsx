import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { createPackageBodySchema, updatePackageBodySchema, type Axis, type Package } from '../../../modules/reference/reference.schemas.ts';
import { ApiError } from '../../api/problem.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useToast } from '../../components/useToast.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { createPackageInput, packageValues, updatePackageInput, type PackageFormValues } from './package-form-values.ts';
import { useSavePackage } from './package-queries.ts';

interface PackageDialogProps {
  /** The package to edit, or null to create one in `axisCode`. */
  pkg: Package | null;
  axisCode: string;
  axes: Axis[];
  onClose(): void;
}

/** Create or edit a package in a modal form. */
export function PackageDialog({ pkg, axisCode, axes, onClose }: PackageDialogProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const save = useSavePackage();
  const creating = pkg === null;
  const form = useZodForm({
    initialValues: packageValues(pkg, axisCode, locale),
    schema: creating ? createPackageBodySchema : updatePackageBodySchema,
    toInput: creating ? createPackageInput : updatePackageInput,
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = form.submit();
    if (!result.ok) return;
    const request = creating
      ? { kind: 'create' as const, body: createPackageBodySchema.parse(result.data) }
      : { kind: 'update' as const, code: pkg.code, body: updatePackageBodySchema.parse(result.data) };
    setFailure(null);
    save.mutate(request, {
      onSuccess: () => {
        toast.success(creating ? t('packages.created') : t('packages.saved'));
        onClose();
      },
      onError: (error) => {
        if (!(error instanceof ApiError && form.applyProblem(error.problem))) setFailure(messageOf(error));
      },
    });
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={!save.isPending} onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {creating ? t('packages.createTitle') : t('packages.editTitle', { name: pickName(pkg, locale) })}
          </Heading>
          <form className="stack" onSubmit={submit} noValidate>
            {failure && <Alert tone="danger">{failure}</Alert>}
            <div className="form-grid">
              <TextField label={t('packages.code')} {...form.field('code')} ltr required disabled={!creating} hint={creating ? t('packages.codeHint') : undefined} maxLength={40} />
              <SelectField
                label={t('packages.axis')}
                value={form.values.axisCode}
                onChange={(value) => form.setValue('axisCode', value)}
                error={form.errorOf('axisCode')}
                options={axes.map((axis) => ({ value: axis.code, label: pickName(axis, locale) }))}
                required
              />
              <TextField label={t('packages.nameFa')} {...form.field('nameFa')} required persian maxLength={120} />
              <TextField label={t('packages.nameEn')} {...form.field('nameEn')} ltr required maxLength={120} />
              <NumberField
                label={t('packages.sortOrder')}
                value={form.values.sortOrder}
                onChange={(value) => form.setValue('sortOrder', value)}
                onBlur={() => form.touch('sortOrder')}
                error={form.errorOf('sortOrder' satisfies keyof PackageFormValues)}
              />
              <CheckboxField label={t('packages.active')} checked={form.values.active} onChange={(active) => form.setValue('active', active)} />
            </div>
            <div className="dialog-actions">
              <Button onClick={onClose} disabled={save.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="primary" busy={save.isPending}>
                {creating ? t('common.create') : t('common.save')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
