/** The facts about a data element that checking and writing a value needs, loaded for many codes or ids at once. */
import type { Kysely } from 'kysely';
import { type ValueType } from '../../domain/metadata.ts';
import { valueBounds, type ValueBounds } from '../../domain/values.ts';
import type { Database } from '../schema.ts';

export interface ElementRef {
  id: number;
  code: string;
  valueType: ValueType;
  periodType: string;
  /** The registry measure it is computed from (migration 0020); null: reported. */
  derivedFrom: string | null;
  /** The bounds its values must keep (declared, else the value type's default). */
  bounds: ValueBounds;
}

export interface ElementRefs {
  byCode: Map<string, ElementRef>;
  byId: Map<number, ElementRef>;
}

/** Keys per query: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

/** The stored elements among these codes and ids (duplicates asked once; unknown ones are simply absent from the maps). */
export async function loadElementRefs(db: Kysely<Database>, wanted: { codes?: readonly string[]; ids?: readonly number[] }): Promise<ElementRefs> {
  const refs: ElementRefs = { byCode: new Map(), byId: new Map() };
  for (const [column, keys] of [
    ['code', [...new Set(wanted.codes ?? [])]],
    ['id', [...new Set(wanted.ids ?? [])]],
  ] as const) {
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await db
        .selectFrom('dataElements')
        .select(['id', 'code', 'valueType', 'periodType', 'minValue', 'maxValue', 'derivedFrom'])
        .where(column, 'in', keys.slice(i, i + CHUNK))
        .execute();
      for (const { minValue, maxValue, ...row } of rows) {
        const valueType = row.valueType as ValueType;
        const ref = {
          ...row,
          valueType,
          bounds: valueBounds({ valueType, minValue: minValue === null ? null : Number(minValue), maxValue: maxValue === null ? null : Number(maxValue) }),
        };
        refs.byCode.set(ref.code, ref);
        refs.byId.set(ref.id, ref);
      }
    }
  }
  return refs;
}
