/** The full story of one value: every stored version, and the audit events of the value and its submissions. */
import { datasetCodesWithElement } from '../../store/collection/datasets.ts';
import { elementIdByCode } from '../../store/metadata/elements.ts';
import { can, type Actor } from '../../domain/access.ts';
import type { DataValueContent } from '../../domain/metadata.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { listAuditEvents, valueAuditKey, type AuditEvent } from '../../store/audit.ts';
import { resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import type { Store } from '../../store/db.ts';
import { getValueHistory } from '../../store/values/repo.ts';
import { AppError } from '../../domain/errors.ts';

export interface ValueHistory {
  dataElement: string;
  unit: string;
  period: string;
  versions: Array<{
    version: number;
    value: DataValueContent;
    status: string;
    comment: string | null;
    evidence: string | null;
    author: string;
    source: string;
    createdAt: string;
  }>;
  events: AuditEvent[];
}

export async function valueHistory(store: Store, key: { dataElement: string; unit: string; period: string }, actor: Actor): Promise<ValueHistory> {
  if (!isPeriodId(key.period))
    throw new AppError('VALIDATION_FAILED', `Kỳ '${key.period}' không hợp lệ / invalid period`, [
      { field: 'period', message: 'kỳ không hợp lệ / invalid period' },
    ]);
  const end = parsePeriod(key.period).end;
  const unit = (await resolveUnitsAt(store.db, [{ code: key.unit, at: end }])).get(unitAtKey(key.unit, end));
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `Không có đơn vị mã '${key.unit}' có hiệu lực vào ${end} / no unit in force at the period's end`);
  if (!can(actor, 'read', { unitPath: unit.path, unitIdPath: unit.pathIds }))
    throw new AppError('FORBIDDEN', `Không có quyền xem đơn vị ${key.unit} / not allowed`);
  const element = await elementIdByCode(store.db, key.dataElement);
  if (!element) throw new AppError('NOT_FOUND', `Không có phần tử dữ liệu '${key.dataElement}' / no such data element`);
  const versions = await getValueHistory(store.db, { elementId: element.id, unitId: unit.id, period: key.period });
  const datasets = await datasetCodesWithElement(store.db, element.id);
  const events = await listAuditEvents(store.db, [
    { entity: 'data_value', entityKey: valueAuditKey(key.dataElement, unit.code, key.period) },
    ...datasets.map((code) => ({ entity: 'submission', entityKey: `${code}|${unit.code}|${key.period}` })),
  ]);
  return {
    ...key,
    versions: versions.map((v) => ({
      version: v.version,
      value: v.value,
      status: v.status,
      comment: v.comment,
      evidence: v.evidenceRef,
      author: v.author,
      source: v.source,
      createdAt: v.createdAt,
    })),
    events,
  };
}
