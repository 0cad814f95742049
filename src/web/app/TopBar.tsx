import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../auth/session-api.ts';
import { useSession } from '../auth/useSession.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { LogoMark, LogoutIcon, MenuIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { NotificationBell } from '../modules/notifications/NotificationBell.tsx';
import { useSystemInfo } from './useSystemInfo.ts';

interface TopBarProps {
  menuOpen: boolean;
  onToggleMenu(): void;
}

/** App name, the signed-in user and their role, language switch and sign-out. */
export function TopBar({ menuOpen, onToggleMenu }: TopBarProps) {
  const { t } = useI18n();
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    // Whatever the server says, this browser forgets the session.
    onSettled: () => {
      setSession(null);
      void navigate('/login', { replace: true });
    },
  });
  const user = session?.user;
  const system = useSystemInfo();

  return (
    <header className="topbar">
      <button type="button" className="btn btn-ghost btn-icon menu-toggle" onClick={onToggleMenu} aria-expanded={menuOpen} aria-controls="sidebar" aria-label={menuOpen ? t('nav.closeMenu') : t('nav.menu')}>
        <MenuIcon />
      </button>
      <div className="brand">
        <LogoMark />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
        {system?.demo && (
          <span className="demo-chip" title={t('app.demoNote')}>
            {t('app.demo')}
          </span>
        )}
      </div>
      <div className="spacer" />
      {user && <NotificationBell />}
      <LanguageSwitch />
      {user && (
        <div className="user-chip" aria-label={t('auth.userMenu')}>
          <span className="user-avatar" aria-hidden="true">
            {user.displayName.trim().charAt(0)}
          </span>
          <span className="user-text">
            <span className="user-name">{user.displayName}</span>
            <span className="user-role">{t(`role.${user.role}`)}</span>
          </span>
        </div>
      )}
      <button type="button" className="btn btn-ghost" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        <LogoutIcon />
        <span className="hide-narrow">{t('auth.logout')}</span>
      </button>
    </header>
  );
}
