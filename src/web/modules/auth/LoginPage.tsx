import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginBodySchema } from '../../../modules/users/users.schemas.ts';
import { useSystemInfo } from '../../app/useSystemInfo.ts';
import { login } from '../../auth/session-api.ts';
import { useSession } from '../../auth/useSession.ts';
import { Button } from '../../components/Button.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LogoMark } from '../../components/icons.tsx';
import { TextField } from '../../components/TextField.tsx';
import { messagesFromIssues, type FieldMessages } from '../../forms/messages.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** Only paths inside this app may be returned to after login (no open redirects). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/overview';
}

export function LoginPage() {
  const { t, locale } = useI18n();
  const { session, expired, setSession } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const messageOf = useErrorMessage();
  const next = safeNext(searchParams.get('next'));
  const system = useSystemInfo();

  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (info) => {
      setSession(info);
      void navigate(next, { replace: true });
    },
  });

  if (session) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginBodySchema.safeParse({ username, password });
    if (!parsed.success) {
      setFieldErrors(messagesFromIssues(parsed.error.issues, locale));
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data);
  };

  return (
    <div className="login-page">
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <main className="login-card" id="main">
        <div className="login-brand">
          <LogoMark />
          <div>
            <div className="login-app-name">{t('app.name')}</div>
            <div className="login-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        {system?.demo && (
          <div className="demo-banner" role="note">
            <strong>{t('app.demo')}</strong>
            <span>{t('app.demoNote')}</span>
          </div>
        )}
        <h1 className="login-title">{t('auth.title')}</h1>
        <form className="stack" onSubmit={onSubmit} noValidate>
          {expired && !signIn.isError && (
            <div className="alert alert-warning" role="status">
              {t('auth.sessionExpired')}
            </div>
          )}
          {signIn.isError && (
            <div className="alert alert-danger" role="alert">
              {messageOf(signIn.error)}
            </div>
          )}
          <TextField label={t('auth.username')} value={username} onChange={setUsername} autoComplete="username" ltr error={fieldErrors.username} name="username" />
          <TextField label={t('auth.password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" ltr error={fieldErrors.password} name="password" />
          <Button type="submit" variant="primary" className="btn-block" busy={signIn.isPending}>
            {signIn.isPending ? t('auth.submitting') : t('auth.submit')}
          </Button>
        </form>
      </main>
      <footer className="login-footer">{t('auth.footer')}</footer>
    </div>
  );
}
