import { useState, type FormEvent } from 'react';
import { importFields, requiredImportFields } from '../../../modules/residents/import/fields.ts';
import { ApiError } from '../../api/problem.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useUpdateMapping } from './imports-queries.ts';
import type { ImportField, ImportJob } from './imports-types.ts';

type Choices = Record<ImportField, string>;

const NOT_IMPORTED = '';

function initialChoices(job: ImportJob): Choices {
  const choices = {} as Choices;
  for (const field of importFields) {
    const column = job.mapping[field];
    choices[field] = typeof column === 'number' && column >= 0 && column < job.headers.length ? String(column) : NOT_IMPORTED;
  }
  return choices;
}

/** Required fields for these choices: a national ID unless a column gives the reason there is none. */
function requiredFields(choices: Choices): Set<ImportField> {
  const required = new Set<ImportField>(requiredImportFields);
  if (choices.missingIdReason === NOT_IMPORTED) required.add('nationalId');
  return required;
}

interface MappingFormProps {
  job: ImportJob;
  /** Shown on an analysed job, where changing the mapping is optional. */
  onClose?: () => void;
}

/** Which column of the file holds each field; the server re-reads the file with it. */
export function ImportMappingForm({ job, onClose }: MappingFormProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const save = useUpdateMapping(job.id);
  const [choices, setChoices] = useState<Choices>(() => initialChoices(job));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ImportField, string>>>({});
  const required = requiredFields(choices);

  const headerOptions = job.headers.map((header, column) => ({
    value: String(column),
    label: header.trim() ? `${header} (${t('imports.mapping.columnNumber', { column: column + 1 })})` : t('imports.mapping.untitledColumn', { column: column + 1 }),
  }));

  const errors: Partial<Record<ImportField, string>> = {};
  const firstFieldOf = new Map<string, ImportField>();
  for (const field of importFields) {
    const column = choices[field];
    if (column === NOT_IMPORTED) {
      if (required.has(field)) errors[field] = t('imports.mapping.required');
      continue;
    }
    const earlier = firstFieldOf.get(column);
    if (earlier) errors[field] = t('imports.mapping.columnTaken', { field: t(`imports.field.${earlier}`) });
    else firstFieldOf.set(column, field);
  }
  const valid = Object.keys(errors).length === 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    if (!valid) return;
    const mapping = {} as Record<ImportField, number | null>;
    for (const field of importFields) mapping[field] = choices[field] === NOT_IMPORTED ? null : Number(choices[field]);
    save.mutate(
      { mapping, version: job.version },
      {
        onSuccess: () => onClose?.(),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          // Field errors come back as `mapping.<field>`: put them next to their selects.
          const byField: Partial<Record<ImportField, string>> = {};
          for (const fieldError of error.problem.errors) {
            const field = fieldError.path.replace(/^mapping\./, '') as ImportField;
            if ((importFields as readonly string[]).includes(field)) byField[field] = fieldError.message;
          }
          setServerErrors(byField);
        },
      },
    );
  };

  const missing = job.missingFields.map((field) => t(`imports.field.${field}`));
  return (
    <Card title={t('imports.mapping.title')} actions={<span className="subtle num">{t('imports.mapping.columns', { count: job.headers.length })}</span>}>
      <form className="import-mapping" onSubmit={onSubmit} noValidate>
        <p className="subtle">{t('imports.mapping.intro')}</p>
        {job.status === 'needs_mapping' && missing.length > 0 && <Alert tone="warning">{t('imports.mapping.missing', { fields: missing.join(t('imports.listSeparator')) })}</Alert>}
        {submitted && !valid && <Alert tone="danger">{t('common.fixErrors')}</Alert>}
        {save.isError && Object.keys(serverErrors).length === 0 && <Alert tone="danger">{messageOf(save.error)}</Alert>}
        <div className="form-grid import-mapping-grid">
          {importFields.map((field) => (
            <SelectField
              key={field}
              name={field}
              label={t(`imports.field.${field}`)}
              value={choices[field]}
              onChange={(value) => setChoices((current) => ({ ...current, [field]: value }))}
              options={headerOptions}
              emptyLabel={t('imports.mapping.notImported')}
              required={required.has(field)}
              error={serverErrors[field] ?? (submitted ? (errors[field] ?? null) : null)}
              hint={field === 'nationalId' ? t('imports.mapping.nationalIdHint') : undefined}
            />
          ))}
        </div>
        <div className="form-actions">
          {onClose && (
            <Button onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('imports.mapping.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
