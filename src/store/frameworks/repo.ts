/**
 * Frameworks and their versioned editions. An edition's tree is stored whole as JSON, validated before
 * it is written; a bundle (framework + editions + the elements they read) is written in ONE transaction.
 */
import type { Kysely } from 'kysely';
import { ValidationError, type ValidationProblem } from '../../domain/metadata.ts';
import { bundleElements } from '../../domain/frameworks/bundle-elements.ts';
import type { EditionDefinition, FrameworkBundle, FrameworkDefinition, FrameworkLevel } from '../../domain/frameworks/types.ts';
import { validateEdition, validateFramework } from '../../domain/frameworks/validate-edition.ts';
import { inTransaction, sameContent, type UpsertAction } from '../transaction.ts';
import { upsertDataElement } from '../metadata/elements.ts';
import type { Database } from '../schema.ts';

export interface EditionSummary {
  edition: string;
  name: string;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
}

export interface FrameworkSummary extends FrameworkDefinition {
  editions: EditionSummary[];
}

export interface StoredEdition {
  id: number;
  framework: FrameworkDefinition;
  edition: EditionDefinition;
}

export interface BundleWriteResult {
  framework: UpsertAction;
  editions: Record<string, UpsertAction>;
  elements: Record<string, UpsertAction>;
}

/** Validates the whole bundle (every problem with its path), then upserts it in one transaction. */
export async function saveFrameworkBundle(db: Kysely<Database>, bundle: FrameworkBundle, now: Date = new Date()): Promise<BundleWriteResult> {
  const problems: ValidationProblem[] = [...validateFramework(bundle.framework)];
  const seen = new Set<string>();
  bundle.editions.forEach((e, i) => {
    problems.push(...validateEdition(e, bundle.framework.code, `editions[${i}]`));
    if (seen.has(e.edition)) problems.push({ path: `editions[${i}].edition`, message: `phiên bản '${e.edition}' trùng / duplicate edition` });
    seen.add(e.edition);
  });
  if (problems.length > 0)
    throw new ValidationError(problems, `Bộ chỉ số ${bundle.framework.code} không hợp lệ, không ghi gì / invalid framework, nothing written`);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const result: BundleWriteResult = { framework: 'unchanged', editions: {}, elements: {} };
    for (const element of bundleElements(bundle)) result.elements[element.code] = await upsertDataElement(trx, element, now);
    const fw = bundle.framework;
    const row = { code: fw.code, name: fw.name, nameEn: fw.nameEn, level: fw.level, description: fw.description ?? null, updatedAt: at };
    const existing = await trx.selectFrom('frameworks').selectAll().where('code', '=', fw.code).executeTakeFirst();
    let frameworkId: number;
    if (!existing) {
      frameworkId = (
        await trx
          .insertInto('frameworks')
          .values({ ...row, createdAt: at })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      result.framework = 'created';
    } else {
      frameworkId = existing.id;
      const { id: _id, createdAt: _c, updatedAt: _u, ...current } = existing;
      const { updatedAt: _n, ...next } = row;
      if (!sameContent(current, next)) {
        await trx.updateTable('frameworks').set(row).where('id', '=', frameworkId).execute();
        result.framework = 'updated';
      }
    }
    for (const edition of bundle.editions) result.editions[edition.edition] = await upsertEdition(trx, frameworkId, edition, at);
    return result;
  });
}

async function upsertEdition(trx: Kysely<Database>, frameworkId: number, edition: EditionDefinition, at: string): Promise<UpsertAction> {
  const row = {
    frameworkId,
    edition: edition.edition,
    name: edition.name,
    legalBasis: edition.legalBasis,
    validFrom: edition.validFrom,
    validTo: edition.validTo ?? null,
    note: edition.note ?? null,
    definition: JSON.stringify(edition),
    updatedAt: at,
  };
  const existing = await trx
    .selectFrom('frameworkEditions')
    .select(['id', 'definition'])
    .where('frameworkId', '=', frameworkId)
    .where('edition', '=', edition.edition)
    .executeTakeFirst();
  if (!existing) {
    await trx
      .insertInto('frameworkEditions')
      .values({ ...row, createdAt: at })
      .execute();
    return 'created';
  }
  if (sameContent(JSON.parse(existing.definition), edition)) return 'unchanged';
  // Published runs keep the definition they were computed with, so an edition may be corrected.
  await trx.updateTable('frameworkEditions').set(row).where('id', '=', existing.id).execute();
  return 'updated';
}

function toFramework(row: { code: string; name: string; nameEn: string; level: string; description: string | null }): FrameworkDefinition {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    level: row.level as FrameworkLevel,
    ...(row.description ? { description: row.description } : {}),
  };
}

/** Every framework with its editions (oldest first), by code. */
export async function listFrameworks(db: Kysely<Database>): Promise<FrameworkSummary[]> {
  const frameworks = await db.selectFrom('frameworks').selectAll().orderBy('code').execute();
  const editions = await db
    .selectFrom('frameworkEditions')
    .select(['frameworkId', 'edition', 'name', 'legalBasis', 'validFrom', 'validTo'])
    .orderBy('edition')
    .execute();
  return frameworks.map((f) => ({
    ...toFramework(f),
    editions: editions.filter((e) => e.frameworkId === f.id).map(({ frameworkId: _f, ...e }) => e),
  }));
}

export async function getFramework(db: Kysely<Database>, code: string): Promise<FrameworkSummary | null> {
  return (await listFrameworks(db)).find((f) => f.code === code) ?? null;
}

/** One edition with its framework, or null when either is unknown. */
/** True when a framework with this code is stored (whatever its editions). */
export async function frameworkExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('frameworks').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function getEdition(db: Kysely<Database>, framework: string, edition: string): Promise<StoredEdition | null> {
  const row = await db
    .selectFrom('frameworkEditions as e')
    .innerJoin('frameworks as f', 'f.id', 'e.frameworkId')
    .select(['e.id', 'e.definition', 'f.code', 'f.name', 'f.nameEn', 'f.level', 'f.description'])
    .where('f.code', '=', framework)
    .where('e.edition', '=', edition)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, framework: toFramework(row), edition: JSON.parse(row.definition) as EditionDefinition };
}

/** Edition ids of a framework, in edition order (for "the previous edition"). */
export async function listEditionIds(db: Kysely<Database>, framework: string): Promise<Array<{ id: number; edition: string }>> {
  return db
    .selectFrom('frameworkEditions as e')
    .innerJoin('frameworks as f', 'f.id', 'e.frameworkId')
    .select(['e.id', 'e.edition'])
    .where('f.code', '=', framework)
    .orderBy('e.edition')
    .execute();
}
