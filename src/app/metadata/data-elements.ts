/**
 * GET /data-elements: the data elements, filtered and paged. Filters: `q` (code and names, accent-insensitive),
 * `valueType`, `periodType`, `dataset` (the elements of one form; 404 for a form that does not exist) and
 * `section` (the elements a form places under this section heading — of `dataset` when given, else of any
 * form — compared without accents or case). By code.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { type DataElement, type HierarchyAggregation, type ValueType } from '../../domain/metadata.ts';
import { valueBounds } from '../../domain/values.ts';
import type { PeriodType, TimeAggregation } from '../../domain/periods.ts';
import type { Dataset } from '../../domain/validation-dataset.ts';
import { getDataset, listDatasets } from '../../store/collection/datasets.ts';
import type { Store } from '../../store/db.ts';
import { listDataElements } from '../../store/metadata/repo.ts';
import { assertMayRead } from './access.ts';
import { pageOf, sameLabel, textMatcher, type Page, type PageQuery } from './list-page.ts';

export interface DataElementQuery extends PageQuery {
  q?: string;
  valueType?: ValueType;
  periodType?: PeriodType;
  dataset?: string;
  section?: string;
}

export interface DataElementView {
  code: string;
  name: string;
  nameEn: string;
  description: string | null;
  valueType: ValueType;
  timeAggregation: TimeAggregation;
  hierarchyAggregation: HierarchyAggregation;
  periodType: PeriodType;
  unitOfMeasure: string | null;
  /** The bounds its values must keep: declared, else the value type's default (as GET /forms gives them); null: none. */
  minValue: number | null;
  maxValue: number | null;
  /** The registry measure its values are computed from; null: reported. */
  derivedFrom: string | null;
}

export function dataElementView(element: DataElement): DataElementView {
  const bounds = valueBounds(element);
  return {
    code: element.code,
    name: element.name,
    nameEn: element.nameEn,
    description: element.description ?? null,
    valueType: element.valueType,
    timeAggregation: element.timeAggregation,
    hierarchyAggregation: element.hierarchyAggregation,
    periodType: element.periodType,
    unitOfMeasure: element.unitOfMeasure ?? null,
    minValue: bounds.min,
    maxValue: bounds.max,
    derivedFrom: element.derivedFrom ?? null,
  };
}

export async function findDataElements(store: Store, actor: Actor, query: DataElementQuery): Promise<Page<DataElementView>> {
  assertMayRead(actor);
  const placed = await placedCodes(store, query);
  const matches = textMatcher(query.q);
  const elements = (await listDataElements(store.db)).filter(
    (e) =>
      (query.valueType === undefined || e.valueType === query.valueType) &&
      (query.periodType === undefined || e.periodType === query.periodType) &&
      (placed === null || placed.has(e.code)) &&
      matches(e.code, e.name, e.nameEn),
  );
  return pageOf(elements.map(dataElementView), query);
}

/** The codes the form filters allow (null: no form filter). */
async function placedCodes(store: Store, query: DataElementQuery): Promise<Set<string> | null> {
  if (query.dataset === undefined && query.section === undefined) return null;
  let datasets: Dataset[];
  if (query.dataset !== undefined) {
    const dataset = await getDataset(store.db, query.dataset);
    if (!dataset) throw appError('NOT_FOUND', {}, [{ field: 'dataset', message: `không có biểu mẫu mã '${query.dataset}' / no dataset with this code` }]);
    datasets = [dataset];
  } else {
    datasets = await listDatasets(store.db);
  }
  const { section } = query;
  return new Set(datasets.flatMap((d) => d.elements.filter((e) => section === undefined || sameLabel(e.section, section)).map((e) => e.code)));
}
