/**
 * A one-stop-shop system's file drop (XLSX or CSV, one row per dossier; `dx-ioc dossiers import`, e.g. from a
 * nightly cron), read through the shared field-sheet reader and its limits, then checked whole — every row as the
 * batch API checks it — and written in ONE transaction through the batch writer (versions, idempotent by the
 * source's own ids, one audit event) with the derived figures refreshed: a file with a bad row writes nothing and
 * each problem names the row, the column and the cell ("dòng 7, cột Ngày tiếp nhận (F7)").
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { dossierProblems, type Dossier } from '../../domain/dossiers.ts';
import { ValidationError, type ValidationProblem } from '../../domain/metadata.ts';
import { foldVietnamese } from '../../domain/text.ts';
import type { Store } from '../../store/db.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { cellOf, readFieldSheet, type FieldSheetRow } from '../imports/field-sheet.ts';
import { cellDate, cellString } from '../imports/sheet-cells.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { dossiersCounter } from './counter.ts';
import { checkSource, writeDossierBatch, type PushResult } from './push.ts';

export const DOSSIER_IMPORT_FIELDS = [
  { field: 'sourceId', label: 'Mã hồ sơ', required: true, aliases: ['ma ho so', 'so ho so', 'dossier id', 'source id'] },
  { field: 'procedureCode', label: 'Mã thủ tục', required: true, aliases: ['ma thu tuc', 'ma tthc', 'procedure code'] },
  { field: 'procedureName', label: 'Tên thủ tục', required: false, aliases: ['ten thu tuc', 'ten tthc', 'procedure name'] },
  { field: 'field', label: 'Mã lĩnh vực', required: true, aliases: ['ma linh vuc', 'linh vuc', 'field'] },
  { field: 'channel', label: 'Kênh tiếp nhận', required: true, aliases: ['kenh tiep nhan', 'kenh', 'hinh thuc tiep nhan', 'channel'] },
  { field: 'level', label: 'Mức độ', required: false, aliases: ['muc do', 'muc do dvc', 'level'] },
  { field: 'unit', label: 'Mã đơn vị', required: true, aliases: ['ma don vi', 'don vi tiep nhan', 'ma co quan', 'unit'] },
  { field: 'receivedOn', label: 'Ngày tiếp nhận', required: true, aliases: ['ngay tiep nhan', 'ngay nhan', 'received on'] },
  { field: 'dueOn', label: 'Ngày hẹn trả', required: false, aliases: ['ngay hen tra', 'han giai quyet', 'due on'] },
  { field: 'finishedOn', label: 'Ngày giải quyết', required: false, aliases: ['ngay giai quyet', 'ngay tra ket qua', 'ngay hoan thanh', 'finished on'] },
  { field: 'result', label: 'Kết quả', required: false, aliases: ['ket qua', 'dung han', 'result'] },
  { field: 'state', label: 'Trạng thái', required: false, aliases: ['trang thai', 'tinh trang', 'state'] },
] as const;
type DossierField = (typeof DOSSIER_IMPORT_FIELDS)[number]['field'];

/** The words the systems write, folded, to the codes. */
const WORDS: Partial<Record<DossierField, Record<string, string>>> = {
  channel: { 'truc tuyen': 'online', online: 'online', 'truc tiep': 'offline', 'buu chinh': 'offline', offline: 'offline' },
  level: { 'toan trinh': 'full', full: 'full', 'mot phan': 'partial', partial: 'partial' },
  result: { 'dung han': 'on_time', 'truoc han': 'on_time', on_time: 'on_time', 'tre han': 'late', 'qua han': 'late', late: 'late' },
  state: {
    'da tiep nhan': 'received',
    'dang giai quyet': 'processing',
    'dang xu ly': 'processing',
    'da giai quyet': 'finished',
    'da tra ket qua': 'finished',
    'da huy': 'cancelled',
    'tra lai': 'cancelled',
  },
};
const DATES: readonly DossierField[] = ['receivedOn', 'dueOn', 'finishedOn'];

function rawDossier(row: FieldSheetRow<DossierField>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field } of DOSSIER_IMPORT_FIELDS) {
    const cell = row.cells[field];
    let value = DATES.includes(field) ? cellDate(cell) : cellString(cell);
    const words = WORDS[field];
    if (value !== null && words) value = words[foldVietnamese(value)] ?? value;
    if (value !== null) out[field] = value;
  }
  return out;
}

export interface DossierImportInput {
  path: string;
  fileName: string;
  source: string;
}

export async function importDossiers(store: Store, input: DossierImportInput, ctx: { actor: Actor; now?: Date; via?: string }): Promise<PushResult> {
  checkSource(input.source);
  const sheet = await readFieldSheet(input.path, input.fileName, DOSSIER_IMPORT_FIELDS);
  if (sheet.failure) throw appError('FILE_UNREADABLE', { reason: sheet.failure.message });
  const label = (field: string) => DOSSIER_IMPORT_FIELDS.find((f) => f.field === field)?.label ?? field;
  const problems: ValidationProblem[] = sheet.errors.map((e) => ({ path: `dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}`, message: e.message }));
  if (sheet.rows.length === 0 && problems.length === 0) problems.push({ path: 'tệp', message: 'không có dòng hồ sơ nào / no dossier rows' });
  const dossiers: Dossier[] = [];
  const rowOf: number[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const checked = dossierProblems(rawDossier(row), 'row');
    for (const p of checked.problems) {
      const field = p.path.slice('row.'.length) as DossierField;
      const cell = cellOf(sheet, row.rowNumber, field);
      problems.push({ path: `dòng ${row.rowNumber}, cột ${label(field)}${cell ? ` (${cell})` : ''}`, message: p.message });
    }
    if (!checked.value) continue;
    const first = seen.get(checked.value.sourceId);
    if (first !== undefined)
      problems.push({ path: `dòng ${row.rowNumber}, cột Mã hồ sơ`, message: `'${checked.value.sourceId}' đã có ở dòng ${first} / repeated` });
    else seen.set(checked.value.sourceId, row.rowNumber);
    dossiers.push(checked.value);
    rowOf.push(row.rowNumber);
  }
  if (problems.length) throw new ValidationError(problems.slice(0, 200));
  const now = ctx.now ?? new Date();
  const context = { actor: ctx.actor, via: ctx.via ?? `import ${input.fileName}` };
  return inRetryingTransaction(store.db, async (trx) => {
    let written: Awaited<ReturnType<typeof writeDossierBatch>>;
    try {
      written = await writeDossierBatch(trx, input.source, dossiers, context, now);
    } catch (error) {
      // The batch writer names `dossiers[i].unit`; the file's reader wants the row.
      if (error instanceof ValidationError)
        throw new ValidationError(
          error.problems.map((p) => ({
            ...p,
            path: p.path.replace(/^dossiers\[(\d+)\]\.unit$/, (_m, i: string) => `dòng ${rowOf[Number(i)]}, cột Mã đơn vị`),
          })),
        );
      throw error;
    }
    const { result, touched } = written;
    if (touched.length > 0) {
      const days = touched.flatMap((d) => [d.receivedOn, d.finishedOn ?? d.receivedOn]).sort();
      await refreshDerivedValues(trx, dossiersCounter, { unitCodes: [...new Set(touched.map((d) => d.unit))], from: days[0], until: days.at(-1), now });
    }
    return result;
  });
}
