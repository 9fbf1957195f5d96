import type { DossierTables } from './dossiers/schema.ts';
import type { FeedbackTables } from './feedback/schema.ts';
import type { Generated } from 'kysely';
import type { AuthTables } from './auth/schema.ts';
import type { CollectionTables } from './collection/schema.ts';
import type { ComputeTables } from './aggregates/schema.ts';
import type { FrameworkTables } from './frameworks/schema.ts';
import type { ImportTables } from './imports/schema.ts';
import type { GeoTables } from './geo/schema.ts';
import type { FollowUpTables } from './follow-ups/schema.ts';
import type { DxProductTables } from './products/schema.ts';
import type { ReportTemplateTables } from './report-templates/schema.ts';
import type { OpenDataTables } from './open-data/schema.ts';
import type { ReportTables } from './report-files/schema.ts';
import type { TaskTables } from './tasks/schema.ts';
import type { TeamTables } from './teams/schema.ts';

/**
 * Row types: exactly the database tables (camelCase here, snake_case in SQL).
 * Dates are ISO text 'YYYY-MM-DD'; open ranges use the sentinels in ./dates.ts.
 * Flags are integers 0/1 on both dialects.
 */
export interface UnitsTable {
  id: Generated<number>;
  code: string;
  level: string;
  type: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  searchText: string;
  validFrom: string;
  validFromKnown: number;
  validTo: string;
  validToKnown: number;
  codeOfficial: Generated<number>;
  source: string;
  note: string | null;
}

export interface UnitParentsTable {
  id: Generated<number>;
  childId: number;
  parentId: number;
  validFrom: string;
  validTo: string;
}

export interface LineageEventsTable {
  id: Generated<number>;
  kind: string;
  date: string | null;
  legalBasis: string | null;
  note: string | null;
  source: string;
  /** An administrator's event: its row edits as JSON (store/units/version-edits.ts), for withdrawal (migration 0015). */
  effects: string | null;
}

export interface LineageLinksTable {
  id: Generated<number>;
  eventId: number;
  fromUnitId: number;
  toUnitId: number;
  kind: string;
  share: number | null;
}

export interface DataElementsTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: string;
  description: string | null;
  valueType: string;
  timeAggregation: string;
  hierarchyAggregation: string;
  periodType: string;
  unitOfMeasure: string | null;
  /** Declared bounds of the values (migration 0010); null: the value type's default. */
  minValue: number | null;
  maxValue: number | null;
  /** The registry measure it is computed from ('products.completed'…, migration 0020); null: reported. */
  derivedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IndicatorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: string;
  description: string | null;
  numerator: string;
  denominator: string | null;
  factor: number;
  unitOfMeasure: string | null;
  decimals: number;
  direction: string;
  createdAt: string;
  updatedAt: string;
}

export interface PlansTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: string;
  legalBasis: string | null;
  unitCode: string | null;
  startPeriod: string | null;
  endPeriod: string | null;
  createdAt: string;
}

export interface TargetsTable {
  id: Generated<number>;
  planId: number;
  indicatorId: number;
  unitCode: string;
  period: string;
  value: number;
  comparison: string;
  groupName: string | null;
  label: string | null;
}

export interface DataValuesTable {
  id: Generated<number>;
  elementId: number;
  unitId: number;
  period: string;
  version: number;
  valueNum: number | null;
  valueText: string | null;
  status: string;
  comment: string | null;
  evidenceRef: string | null;
  author: string;
  source: string;
  createdAt: string;
  /** 1 when worked back from other figures, 0 when reported (migration 0012). */
  derived: Generated<number>;
}

export interface CurrentValuesTable {
  elementId: number;
  unitId: number;
  period: string;
  valueId: number;
  version: number;
  valueNum: number | null;
  valueText: string | null;
  status: string;
  updatedAt: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

/** Every table; each later migration's tables are declared in its own schema-*.ts file. */
export interface Database
  extends
    AuthTables,
    CollectionTables,
    ComputeTables,
    FrameworkTables,
    ImportTables,
    GeoTables,
    FollowUpTables,
    DxProductTables,
    ReportTemplateTables,
    OpenDataTables,
    ReportTables,
    TaskTables,
    TeamTables,
    DossierTables,
    FeedbackTables {
  units: UnitsTable;
  unitParents: UnitParentsTable;
  lineageEvents: LineageEventsTable;
  lineageLinks: LineageLinksTable;
  dataElements: DataElementsTable;
  indicators: IndicatorsTable;
  plans: PlansTable;
  targets: TargetsTable;
  dataValues: DataValuesTable;
  currentValues: CurrentValuesTable;
  appMeta: AppMetaTable;
}
