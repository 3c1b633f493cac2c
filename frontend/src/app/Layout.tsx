// The frame of every page: skip link, header (name, menu, account, language), main content, footer.
import { useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { SessionMenu } from '../features/auth/SessionMenu';
import { useI18n } from '../lib/i18n/useI18n';
import { paths } from '../lib/paths';
import { HasNavigatedContext } from '../lib/ui/routeFocus';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

export function Layout() {
  const { messages } = useI18n();
  const location = useLocation();
  const [firstLocationKey] = useState(location.key);
  const mainRef = useRef<HTMLElement>(null);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus directly: a hash change would count as a navigation for the router.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {messages.skipToMain}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to={paths.home} className="brand">
            Koushin <span lang="ja">更新</span>
          </Link>
          <MainNav />
          <div className="header-tools">
            <SessionMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <HasNavigatedContext value={location.key !== firstLocationKey}>
          <Outlet />
        </HasNavigatedContext>
      </main>
      <footer className="app-footer">
        <div className="app-footer-inner">
          <span>Koushin 更新 · {messages.footerNote}</span>
        </div>
      </footer>
    </div>
  );
}
