import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Spinner } from '../components/Spinner.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { SideNav } from './SideNav.tsx';
import { TopBar } from './TopBar.tsx';

/** The signed-in layout: top bar, side navigation (a drawer on narrow screens), and the page. */
export function AppShell() {
  const { t } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();

  // Navigating closes the drawer on tablets.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className={menuOpen ? 'app app-menu-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <div className="app-body">
        <SideNav />
        {menuOpen && <div className="sidebar-backdrop" onClick={() => setMenuOpen(false)} aria-hidden="true" />}
        <main id="main" className="main" tabIndex={-1}>
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
