/**
 * Metadata files: {format: 'dx-ioc-metadata', version: 1, dataElements, indicators, plans (with targets)},
 * everything keyed by code. Import checks the whole file first (every problem with its JSON path), then
 * writes it in one transaction (upsert by code): a bad file changes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import {
  validateDataElement,
  validateIndicator,
  validatePlan,
  ValidationError,
  type DataElement,
  type Indicator,
  type Plan,
  type ValidationProblem,
  type ValueType,
} from '../../domain/metadata.ts';
import type { Database } from '../../store/schema.ts';
import { writeAudit } from '../../store/audit.ts';
import { inTransaction } from '../../store/transaction.ts';
import {
  dataElementTypes,
  listDataElements,
  listIndicators,
  listPlans,
  upsertDataElement,
  upsertIndicator,
  upsertPlan,
  type UpsertAction,
} from '../../store/metadata/repo.ts';

export const METADATA_FORMAT = 'dx-ioc-metadata';
export const METADATA_VERSION = 1;

export interface MetadataFile {
  format: typeof METADATA_FORMAT;
  version: typeof METADATA_VERSION;
  dataElements: DataElement[];
  indicators: Indicator[];
  plans: Plan[];
}

export type ActionCounts = Record<UpsertAction, number>;

export interface ImportSummary {
  dataElements: ActionCounts;
  indicators: ActionCounts;
  plans: ActionCounts;
  /** Targets in the file's plans. */
  targets: number;
}

/** Everything in the store, by code; plans carry their targets. */
export async function exportMetadata(db: Kysely<Database>): Promise<MetadataFile> {
  return {
    format: METADATA_FORMAT,
    version: METADATA_VERSION,
    dataElements: await listDataElements(db),
    indicators: await listIndicators(db),
    plans: await listPlans(db),
  };
}

/** Reads a JSON file (UTF-8, BOM allowed); throws a message naming the file and what is wrong with it. */
export async function readMetadataFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Không đọc được tệp ${path} / cannot read the file: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`Tệp ${path} không phải JSON hợp lệ / not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Checks a parsed file against itself and the store: formulas may name elements from the file or the
 * store, targets indicators from either. Throws ValidationError listing every problem by JSON path.
 */
export async function validateMetadataFile(db: Kysely<Database>, raw: unknown): Promise<MetadataFile> {
  const problems: ValidationProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValidationError([{ path: '$', message: 'phải là một đối tượng JSON / must be an object' }], 'Tệp metadata không hợp lệ / invalid metadata file');
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== METADATA_FORMAT) problems.push({ path: 'format', message: `phải là '${METADATA_FORMAT}' / must be '${METADATA_FORMAT}'` });
  if (file.version !== METADATA_VERSION)
    problems.push({ path: 'version', message: `phiên bản ${String(file.version)} không được hỗ trợ, dùng ${METADATA_VERSION} / unsupported version` });
  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'dataElements', 'indicators', 'plans'].includes(key))
      problems.push({ path: key, message: 'trường không được hỗ trợ / unknown field' });
  }
  const list = (key: string): unknown[] => {
    const value = file[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.push({ path: key, message: 'phải là mảng / must be an array' });
    return [];
  };
  const rawElements = list('dataElements');
  const rawIndicators = list('indicators');
  const rawPlans = list('plans');

  const elementTypes = await dataElementTypes(db);
  for (const raw of rawElements) {
    const { code, valueType } = (raw ?? {}) as { code?: unknown; valueType?: unknown };
    if (typeof code === 'string' && typeof valueType === 'string') elementTypes.set(code, valueType as ValueType);
  }
  const indicatorCodes = new Set((await listIndicators(db)).map((i) => i.code));
  for (const raw of rawIndicators) {
    const code = (raw as { code?: unknown } | null)?.code;
    if (typeof code === 'string') indicatorCodes.add(code);
  }

  const dataElements = collect(rawElements, 'dataElements', (item, path) => validateDataElement(item, path), problems);
  const indicators = collect(rawIndicators, 'indicators', (item, path) => validateIndicator(item, elementTypes, path), problems);
  const plans = collect(rawPlans, 'plans', (item, path) => validatePlan(item, indicatorCodes, path), problems);
  if (problems.length > 0) throw new ValidationError(problems, 'Tệp metadata không hợp lệ, không ghi gì / invalid metadata file, nothing written');
  return { format: METADATA_FORMAT, version: METADATA_VERSION, dataElements, indicators, plans };
}

/** Validates each item and reports codes given twice. */
function collect<T extends { code: string }>(
  items: unknown[],
  key: string,
  validate: (item: unknown, path: string) => { value?: T; problems: ValidationProblem[] },
  problems: ValidationProblem[],
): T[] {
  const out: T[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const { value, problems: found } = validate(item, `${key}[${i}]`);
    problems.push(...found);
    if (!value) return;
    const first = seen.get(value.code);
    if (first !== undefined) problems.push({ path: `${key}[${i}].code`, message: `mã '${value.code}' trùng với ${key}[${first}] / duplicate code` });
    else seen.set(value.code, i);
    out.push(value);
  });
  return out;
}

/** Who imports a metadata file, for the audit trail (the CLI names itself; the demo and tests are 'system'). */
export interface MetadataImporter {
  name: string;
  kind: string;
  via?: string;
}

const SYSTEM: MetadataImporter = { name: 'system', kind: 'system' };

/**
 * Validates the whole file, then upserts everything by code in one transaction, with one audit event when
 * anything changed (so open screens and kept answers see the change: store/changes.ts).
 */
export async function importMetadata(db: Kysely<Database>, raw: unknown, now: Date = new Date(), importer: MetadataImporter = SYSTEM): Promise<ImportSummary> {
  const file = await validateMetadataFile(db, raw);
  return inTransaction(db, async (trx) => {
    const summary = await writeMetadataFile(trx, file, now);
    const changed = [summary.dataElements, summary.indicators, summary.plans].some((c) => c.created + c.updated > 0);
    if (changed) {
      await writeAudit(
        trx,
        [{ actor: importer, source: 'import', via: importer.via ?? null, entity: 'metadata', entityKey: 'file', action: 'import', after: summary }],
        now,
      );
    }
    return summary;
  });
}

/**
 * The one write of metadata: upserts a validated file's definitions by code (inside the caller's transaction),
 * elements before the indicators that name them before the plans that target those. The caller writes the
 * audit: the import one event for the file, the admin API (plan-admin.ts) one per plan.
 */
export async function writeMetadataFile(trx: Kysely<Database>, file: MetadataFile, now: Date): Promise<ImportSummary> {
  const counts = (): ActionCounts => ({ created: 0, updated: 0, unchanged: 0 });
  const summary: ImportSummary = { dataElements: counts(), indicators: counts(), plans: counts(), targets: 0 };
  for (const [i, element] of file.dataElements.entries()) {
    summary.dataElements[await repath(`dataElements[${i}]`, 'dataElement', upsertDataElement(trx, element, now))]++;
  }
  for (const [i, indicator] of file.indicators.entries()) {
    summary.indicators[await repath(`indicators[${i}]`, 'indicator', upsertIndicator(trx, indicator, now))]++;
  }
  for (const [i, plan] of file.plans.entries()) {
    summary.plans[await repath(`plans[${i}]`, 'plan', upsertPlan(trx, plan, now))]++;
    summary.targets += plan.targets.length;
  }
  return summary;
}

/** A repository's problems ('dataElement.valueType') re-addressed to the file ('dataElements[2].valueType'). */
async function repath<T>(path: string, prefix: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const problems = error.problems.map((p) => ({ ...p, path: p.path.startsWith(prefix) ? path + p.path.slice(prefix.length) : `${path}.${p.path}` }));
    throw new ValidationError(problems, 'Tệp metadata không ghi được, không ghi gì / metadata file rejected, nothing written');
  }
}
