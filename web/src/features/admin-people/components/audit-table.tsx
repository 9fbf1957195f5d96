/** One page of the audit trail as a table (on a phone each event a block, each cell labelled): when (vi-VN, Vietnam time), who, what in words, on which entity, the change. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime, type Language } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { adminPeopleVi } from '@/lib/i18n/admin-people.vi';
import type { AuditEvent } from '../api/types';
import { auditChange, shortValue, type ChangeEntry } from './audit-change';

type EntityName = keyof typeof adminPeopleVi.adminPeople.audit.entities;
type ActionName = keyof typeof adminPeopleVi.adminPeople.audit.actions;
type FieldName = keyof typeof adminPeopleVi.adminPeople.audit.fields;
const FIELD_NAMES = new Set(Object.keys(adminPeopleVi.adminPeople.audit.fields));
const ROLES = new Set(['admin', 'approver', 'reporter', 'viewer', 'api_client']);
export const AUDIT_ENTITIES = Object.keys(adminPeopleVi.adminPeople.audit.entities) as EntityName[];
const ACTIONS = new Set(Object.keys(adminPeopleVi.adminPeople.audit.actions));

/** An entity in words; an entity the catalogue does not know keeps its code. */
export function entityLabel(entity: string, t: TFunction): string {
  return (AUDIT_ENTITIES as string[]).includes(entity) ? t(`adminPeople.audit.entities.${entity as EntityName}`) : entity;
}

function actionLabel(action: string, t: TFunction): string {
  return ACTIONS.has(action) ? t(`adminPeople.audit.actions.${action as ActionName}`) : action;
}

/** "Vai trò: Báo cáo số liệu → Phê duyệt số liệu": the field and role names in words, instants in vi-VN. */
function entryText(entry: ChangeEntry, t: TFunction, language: Language): string {
  const none = t('adminPeople.audit.nothing');
  const value = (v: unknown) =>
    entry.field === 'role' && typeof v === 'string' && ROLES.has(v) ? t(`role.${v as 'admin'}`) : shortValue(v, none, (iso) => formatDateTime(iso, language));
  const field = entry.field === null ? '' : `${FIELD_NAMES.has(entry.field) ? t(`adminPeople.audit.fields.${entry.field as FieldName}`) : entry.field}: `;
  return entry.hadBefore ? `${field}${value(entry.before)} → ${value(entry.after)}` : `${field}${value(entry.after)}`;
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="admin-people__table-scroll" tabIndex={0} role="region" aria-label={t('adminPeople.audit.title')}>
      <table className="admin-people__table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('adminPeople.audit.when')}</th>
            <th scope="col">{t('adminPeople.audit.actor')}</th>
            <th scope="col">{t('adminPeople.audit.action')}</th>
            <th scope="col">{t('adminPeople.audit.entity')}</th>
            <th scope="col">{t('adminPeople.audit.key')}</th>
            <th scope="col">{t('adminPeople.audit.change')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const change = auditChange(event.before, event.after);
            return (
              <tr key={event.id}>
                <td className="admin-people__nowrap" data-label={t('adminPeople.audit.when')}>
                  {formatDateTime(event.at, language)}
                </td>
                <td data-label={t('adminPeople.audit.actor')}>
                  {event.actorName}
                  {event.via ? <span className="admin-people__via">{event.via}</span> : null}
                </td>
                <td data-label={t('adminPeople.audit.action')}>{actionLabel(event.action, t)}</td>
                <td data-label={t('adminPeople.audit.entity')}>{entityLabel(event.entity, t)}</td>
                <td className="admin-people__key" data-label={t('adminPeople.audit.key')}>
                  {event.entityKey}
                </td>
                <td className="admin-people__change" data-label={t('adminPeople.audit.change')}>
                  {change.entries.length
                    ? change.entries.map((entry, i) => <span key={i}>{entryText(entry, t, language)}</span>)
                    : t('adminPeople.audit.nothing')}
                  {change.more ? <span>{t('adminPeople.audit.more', { count: change.more })}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
