import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { updateUserBodySchema, type UpdateUserBody, type User } from '../../../modules/users/users.schemas.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useToast } from '../../components/useToast.ts';
import { useFormFailure } from '../../forms/useFormFailure.ts';
import { useZodForm } from '../../forms/useZodForm.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { updateUserInput, userFieldOfPath, valuesFromUser } from './user-form-values.ts';
import { UserForm } from './UserForm.tsx';
import { useUpdateUser, useUser } from './users-queries.ts';

export function UserEditPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const user = useUser(id);
  if (user.isPending) return <Spinner label={t('app.loading')} />;
  if (user.isError) return <ErrorNotice error={user.error} onRetry={() => void user.refetch()} />;
  return <EditUser key={user.data.id} user={user.data} />;
}

function EditUser({ user }: { user: User }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const update = useUpdateUser();
  const toInput = useMemo(() => updateUserInput((level) => t(`scopeLevel.${level}`)), [t]);
  const form = useZodForm({ initialValues: valuesFromUser(user), schema: updateUserBodySchema, toInput, fieldOfPath: userFieldOfPath });
  const { failure, report, clear } = useFormFailure(form);

  const onSubmit = (body: UpdateUserBody) => {
    clear();
    update.mutate(
      { id: user.id, body },
      {
        onSuccess: () => {
          toast.success(t('users.saved'));
          void navigate('/users');
        },
        onError: report,
      },
    );
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('users.editTitle', { name: user.displayName })} breadcrumbs={[{ label: t('nav.users'), to: '/users' }]} />
      <UserForm form={form} mode="edit" onSubmit={onSubmit} onCancel={() => void navigate('/users')} saving={update.isPending} banner={failure ? <Alert tone="danger">{failure}</Alert> : undefined} />
    </div>
  );
}
