/**
 * The page frame: a navy header (brand, the user and their actions), the sections, the screen's filters, the
 * main content and a footer. Slots only: what goes in them is composed by the app (app/routes/app/root.tsx).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Emblem } from './emblem';
import './shell.css';

export interface AppShellProps {
  skipLabel: string;
  appName: string;
  appTitle: string;
  homeHref: string;
  user?: ReactNode;
  nav?: ReactNode;
  filters?: ReactNode;
  footer?: ReactNode;
  /** Shown under the header on every screen (the lost-connection badge). */
  status?: ReactNode;
  children: ReactNode;
}

export function AppShell({ skipLabel, appName, appTitle, homeHref, user, nav, filters, footer, status, children }: AppShellProps) {
  return (
    <div className="shell">
      <a className="shell__skip" href="#main">
        {skipLabel}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to={homeHref} className="shell__brand">
            <Emblem />
            <span className="shell__brand-text">
              <span className="shell__name">{appName}</span>
              <span className="shell__title">{appTitle}</span>
            </span>
          </Link>
          {user ? <div className="shell__user">{user}</div> : null}
        </div>
      </header>
      {status ? <div className="shell__status">{status}</div> : null}
      {nav ? <div className="shell__nav">{nav}</div> : null}
      {filters ? <div className="shell__filters">{filters}</div> : null}
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="shell__footer">{footer}</footer> : null}
    </div>
  );
}
