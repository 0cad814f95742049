import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../auth/useSession.ts';
import { AuditIcon, BodyIcon, MeetingIcon, NeighborhoodIcon, OverviewIcon, PackageIcon, PeopleIcon, ResolutionIcon, ScorecardIcon, UsersIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { UploadIcon } from '../modules/imports/UploadIcon.tsx';

function NavItem({ to, icon, label, end = false }: { to: string; icon: ReactNode; label: string; end?: boolean }) {
  return (
    <li>
      <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'nav-link nav-link-active' : 'nav-link')}>
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
        {/* Personal records: only for the staff who serve people; everyone else sees counts. */}
        {can('persons.read') && <NavItem to="/persons" icon={<PeopleIcon />} label={t('nav.persons')} />}
        {can('persons.merge') && <NavItem to="/duplicates" icon={<PeopleIcon />} label={t('nav.duplicates')} />}
        {can('persons.write') && <NavItem to="/imports" icon={<UploadIcon />} label={t('nav.imports')} />}
        <NavItem to="/packages" icon={<PackageIcon />} label={t('nav.packages')} />
      </ul>
      <div className="nav-section">{t('nav.decisions')}</div>
      <ul className="nav-list">
        <NavItem to="/bodies" icon={<BodyIcon />} label={t('nav.bodies')} />
        <NavItem to="/meetings" icon={<MeetingIcon />} label={t('nav.meetings')} />
        <NavItem to="/resolutions" icon={<ResolutionIcon />} label={t('nav.resolutions')} end />
        {can('resolutions.follow_up') && <NavItem to="/resolutions/mine" icon={<ResolutionIcon />} label={t('nav.myResolutions')} />}
        <NavItem to="/scorecards" icon={<ScorecardIcon />} label={t('nav.scorecards')} />
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
