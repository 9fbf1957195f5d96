/** A white panel with an optional heading: the building block of the dashboard's blocks. */
import type { ReactNode } from 'react';
import './ui.css';

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title (default 2). */
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Card({ title, level = 2, actions, children, className }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['ui-card', className ?? ''].filter(Boolean).join(' ')}>
      {title || actions ? (
        <header className="ui-card__header">
          {title ? <Heading className="ui-card__title">{title}</Heading> : null}
          {actions ? <div className="ui-card__actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}
