import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../auth/useSession.ts';
import { AuditIcon, NeighborhoodIcon, OverviewIcon, PackageIcon, UsersIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/useI18n.ts';

function NavItem({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  return (
    <li>
      <NavLink to={to} className={({ isActive }) => (isActive ? 'nav-link nav-link-active' : 'nav-link')}>
        {icon}
        <span>{label}</span>
      </NavLink>
    </li>
  );
}

/** The main navigation; administration links appear only for those allowed to use them. */
export function SideNav() {
  const { t } = useI18n();
  const { can } = useSession();
  const showAdmin = can('users.manage') || can('audit.read');
  return (
    <nav id="sidebar" className="sidebar" aria-label={t('nav.main')}>
      <ul className="nav-list">
        <NavItem to="/overview" icon={<OverviewIcon />} label={t('nav.overview')} />
        <NavItem to="/neighborhoods" icon={<NeighborhoodIcon />} label={t('nav.neighborhoods')} />
        <NavItem to="/packages" icon={<PackageIcon />} label={t('nav.packages')} />
      </ul>
      {showAdmin && (
        <>
          <div className="nav-section">{t('nav.admin')}</div>
          <ul className="nav-list">
            {can('users.manage') && <NavItem to="/users" icon={<UsersIcon />} label={t('nav.users')} />}
            {can('audit.read') && <NavItem to="/audit" icon={<AuditIcon />} label={t('nav.audit')} />}
          </ul>
        </>
      )}
    </nav>
  );
}
