/** The app's sections and the ability each needs (from GET /auth/me: the server decides, the menu only reads it). */
import type { Ability } from '@/lib/api/types';

export interface Section {
  path: string;
  label:
    | 'nav.overview'
    | 'nav.rankings'
    | 'nav.entry'
    | 'nav.approvals'
    | 'nav.admin'
    | 'imports.nav'
    | 'followUps.nav'
    | 'reports.nav'
    | 'tasks.nav'
    | 'products.nav'
    | 'teams.nav'
    | 'dossiers.nav'
    | 'feedback.nav';
  ability: Ability;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'nav.overview', ability: 'read' },
  { path: '/rankings', label: 'nav.rankings', ability: 'read' },
  { path: '/follow-ups', label: 'followUps.nav', ability: 'read' },
  { path: '/tasks', label: 'tasks.nav', ability: 'read' },
  { path: '/products', label: 'products.nav', ability: 'read' },
  { path: '/teams', label: 'teams.nav', ability: 'read' },
  { path: '/dossiers', label: 'dossiers.nav', ability: 'read' },
  { path: '/feedback', label: 'feedback.nav', ability: 'read' },
  { path: '/reports', label: 'reports.nav', ability: 'read' },
  { path: '/entry', label: 'nav.entry', ability: 'write_values' },
  { path: '/imports', label: 'imports.nav', ability: 'write_values' },
  { path: '/approvals', label: 'nav.approvals', ability: 'approve' },
  { path: '/admin', label: 'nav.admin', ability: 'manage' },
];
