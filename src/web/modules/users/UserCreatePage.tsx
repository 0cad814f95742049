import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { createUserBodySchema, type CreateUserBody } from '../../../modules/users/users.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { createUserInput, emptyUserValues, userFieldOfPath } from './user-form-values.ts';
import { UserForm } from './UserForm.tsx';
import { useCreateUser } from './users-queries.ts';

export function UserCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateUser();
  const toInput = useMemo(() => createUserInput((level) => t(`scopeLevel.${level}`)), [t]);
  const form = useZodForm({ initialValues: emptyUserValues, schema: createUserBodySchema, toInput, fieldOfPath: userFieldOfPath });
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: CreateUserBody) => {
    clear();
    create.mutate(body, {
      onSuccess: () => {
        toast.success(t('users.created'));
        void navigate('/users');
      },
      onError: report,
    });
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('users.createTitle')} breadcrumbs={[{ label: t('nav.users'), to: '/users' }]} />
      <UserForm form={form} mode="create" onSubmit={onSubmit} onCancel={() => void navigate('/users')} saving={create.isPending} banner={failure ? <Alert tone="danger">{failure}</Alert> : undefined} />
    </div>
  );
}
