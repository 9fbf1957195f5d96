/**
 * Messages in the page: an error (role=alert, read out at once), a warning or information (role=status), and
 * the empty state, which always says what to do next.
 */
import type { ReactNode } from 'react';
import './ui.css';

export interface NoticeProps {
  tone?: 'info' | 'warning' | 'danger' | 'success';
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}

export function Notice({ tone = 'info', title, children, actions }: NoticeProps) {
  return (
    <div className={`ui-notice ui-notice--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {title ? <p className="ui-notice__title">{title}</p> : null}
      {children ? <div className="ui-notice__body">{children}</div> : null}
      {actions ? <div className="ui-notice__actions">{actions}</div> : null}
    </div>
  );
}

export function EmptyState({ title, children, actions }: { title: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="ui-empty" role="status">
      <p className="ui-empty__title">{title}</p>
      {children ? <div className="ui-empty__body">{children}</div> : null}
      {actions ? <div className="ui-empty__actions">{actions}</div> : null}
    </div>
  );
}
