/** The sections the caller may use, as tabs; each link keeps the screen's unit, period and view. */
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allowed } from '@/lib/authorization';
import type { Me } from '@/lib/api/types';
import { SECTIONS } from '../navigation';
import './layout.css';

export function MainNav({ me, search }: { me: Me; search: string }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {allowed(me, SECTIONS).map((section) => (
          <li key={section.path}>
            <NavLink
              to={{ pathname: section.path, search }}
              end={section.path === '/'}
              className={({ isActive }) => ['main-nav__link', isActive ? 'is-active' : ''].filter(Boolean).join(' ')}
            >
              {t(section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
