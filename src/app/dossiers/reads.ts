/**
 * The dossier screens' reads, each for a unit (its subtree in the view, through the aggregates' closure, like the
 * drill-down), a period and an optional field / channel / result: a page of dossiers, the same as CSV, the
 * breakdown by field and channel with the online rate, one dossier with its versions. Dossiers carry no personal
 * data (no applicant): a reader of the unit sees them.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { fieldName, type Dossier } from '../../domain/dossiers.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { resolveQueryUnit, type View } from '../../compute/analytics/unit-resolve.ts';
import type { Store } from '../../store/db.ts';
import {
  anySimulatedDossier,
  dossierBreakdown,
  dossierVersions,
  getDossier,
  lastDossierReceived,
  pageOfDossiers,
  type DossierRow,
  type DossierSelection,
} from '../../store/dossiers/repo.ts';
import { unitsCountingTowards } from '../../store/registries/derived-elements.ts';
import { authorizeUnit } from '../policy.ts';
import { asDossier } from './push.ts';

export interface DossierQuery {
  unit: string;
  period: string;
  view?: View;
  /** Which day places a dossier in the period (default: received). */
  dateOf?: 'received' | 'finished';
  field?: string;
  channel?: string;
  result?: string;
  limit?: number;
  offset?: number;
}

export interface DossierItem extends Dossier {
  id: number;
  source: string;
  fieldName: string;
  version: number;
  simulated: boolean;
}

const item = (r: DossierRow): DossierItem => ({
  id: r.id,
  source: r.source,
  ...asDossier(r),
  fieldName: fieldName(r.field),
  version: r.version,
  simulated: r.simulated === 1,
});

async function selectionFor(store: Store, actor: Actor, q: DossierQuery) {
  const period = parsePeriod(q.period);
  const view = q.view ?? 'was';
  const { unit, at } = await resolveQueryUnit(store.db, q.unit, view, [period]);
  await authorizeUnit(store, actor, 'read', unit.code, at);
  const units = await unitsCountingTowards(store.db, unit.id, view, period.end);
  const selection: DossierSelection = {
    dateOf: q.dateOf ?? 'received',
    from: period.start,
    to: period.end,
    units: units.length ? units : [unit.code],
    ...(q.field ? { field: q.field } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
    ...(q.result ? { result: q.result } : {}),
  };
  return { selection, head: { unit: { code: unit.code, name: unit.name }, period: period.id, view } };
}

export async function listDossiers(store: Store, actor: Actor, q: DossierQuery) {
  const { selection, head } = await selectionFor(store, actor, q);
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const { total, rows } = await pageOfDossiers(store.db, selection, { limit, offset });
  return { ...head, total, limit, offset, items: rows.map(item) };
}

const CSV_COLUMNS: Array<keyof DossierItem> = [
  'source',
  'sourceId',
  'procedureCode',
  'procedureName',
  'field',
  'fieldName',
  'channel',
  'level',
  'unit',
  'receivedOn',
  'dueOn',
  'finishedOn',
  'result',
  'state',
  'version',
  'simulated',
];
/** At most this many rows in one CSV export (a province's year). */
export const MAX_CSV_ROWS = 200_000;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The selection as CSV (UTF-8 with a BOM, so a spreadsheet opens the diacritics right), header row first. */
export async function dossiersCsv(store: Store, actor: Actor, q: DossierQuery): Promise<string> {
  const { selection } = await selectionFor(store, actor, q);
  const { rows } = await pageOfDossiers(store.db, selection, { limit: MAX_CSV_ROWS, offset: 0 });
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(item(r)[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : null);

/** Received dossiers by field and by channel, with the online rate (%, 2 decimals) of each field and of all. */
export async function dossierSummary(store: Store, actor: Actor, q: Omit<DossierQuery, 'limit' | 'offset' | 'dateOf'>) {
  const { selection, head } = await selectionFor(store, actor, { ...q, dateOf: 'received' });
  const rows = await dossierBreakdown(store.db, selection);
  const simulated = await anySimulatedDossier(store.db, selection);
  const fields = new Map<string, { field: string; name: string; received: number; online: number; finished: number; onTime: number }>();
  const channels = new Map<string, number>();
  for (const r of rows) {
    const f = fields.get(r.field) ?? { field: r.field, name: fieldName(r.field), received: 0, online: 0, finished: 0, onTime: 0 };
    f.received += r.n;
    if (r.channel === 'online') f.online += r.n;
    f.finished += r.finished;
    f.onTime += r.onTime;
    fields.set(r.field, f);
    channels.set(r.channel, (channels.get(r.channel) ?? 0) + r.n);
  }
  const received = [...fields.values()].reduce((n, f) => n + f.received, 0);
  const online = channels.get('online') ?? 0;
  return {
    ...head,
    received,
    online,
    onlineRate: rate(online, received),
    simulated,
    // An empty period points to the last one with dossiers (the demo's are Ninh Thuận's 2023).
    lastReceived: received === 0 ? await lastDossierReceived(store.db, selection.units ?? []) : null,
    byField: [...fields.values()]
      .map((f) => ({ ...f, onlineRate: rate(f.online, f.received), onTimeRate: rate(f.onTime, f.finished) }))
      .sort((a, b) => b.received - a.received || a.field.localeCompare(b.field)),
    byChannel: [...channels.entries()]
      .map(([channel, n]) => ({ channel, received: n, share: rate(n, received) }))
      .sort((a, b) => a.channel.localeCompare(b.channel)),
  };
}

/** One dossier and every version of it, oldest first. */
export async function dossierDetail(store: Store, actor: Actor, id: number) {
  const row = await getDossier(store.db, id);
  if (!row) throw appError('RECORD_NOT_FOUND', { what: 'hồ sơ thủ tục hành chính', whatEn: 'dossier', id: String(id) });
  await authorizeUnit(store, actor, 'read', row.unit, row.receivedOn);
  return { ...item(row), versions: await dossierVersions(store.db, id) };
}
