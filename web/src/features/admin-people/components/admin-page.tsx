/** The frame of an administration screen: the way back to /admin, the title and what the screen is for. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import './admin-people.css';

export function AdminPage({ title, intro, backHref, children }: { title: string; intro: string; backHref: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="admin-people">
      <header className="page-header">
        <p className="page-header__back">
          <Link to={backHref}>‹ {t('adminPeople.back')}</Link>
        </p>
        <h1>{title}</h1>
        <p className="page-header__context">{intro}</p>
      </header>
      {children}
    </div>
  );
}
