/** Names for the generated OpenAPI types the app uses (never written by hand: see schema.d.ts). */
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : never;
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Me = Ok<'/api/v1/auth/me', 'get'>;
export type Actor = Me['actor'];
export type Abilities = Me['abilities'];
export type Ability = keyof Abilities;
export type Role = Actor['role'];
export type LoginAnswer = Ok<'/api/v1/auth/login', 'post'>;

export type UnitList = Ok<'/api/v1/units', 'get'>;
export type Unit = UnitList['items'][number];
export type UnitLevel = NonNullable<Query<'/api/v1/units'>['level']>;
export type UnitLineage = Ok<'/api/v1/units/{code}/lineage', 'get'>;
export type LineageLink = UnitLineage['successors'][number];

export type Analytics = Ok<'/api/v1/analytics', 'get'>;
export type AnalyticsRow = Analytics['rows'][number];
export type AnalyticsQuery = Query<'/api/v1/analytics'>;
export type View = NonNullable<AnalyticsQuery['view']>;

export type PlanList = Ok<'/api/v1/plans', 'get'>;
export type PlanSummary = PlanList['items'][number];
export type PlanStatus = Ok<'/api/v1/plans/{code}/status', 'get'>;
export type PlanTargetStatus = PlanStatus['targets'][number];
export type IndicatorList = Ok<'/api/v1/indicators', 'get'>;
export type IndicatorSummary = IndicatorList['items'][number];

export type Boundaries = Ok<'/api/v1/geo/boundaries', 'get'>;
export type BoundaryDetail = NonNullable<Query<'/api/v1/geo/boundaries'>['detail']>;

export type DatasetList = Ok<'/api/v1/datasets', 'get'>;
export type DatasetSummary = NonNullable<DatasetList['items']>[number];
export type Coverage = Ok<'/api/v1/datasets/{code}/coverage', 'get'>;

export type IndicatorDetail = Ok<'/api/v1/indicators/{code}', 'get'>;
export type ValueHistory = Ok<'/api/v1/data-values/history', 'get'>;

export type Evidence = Ok<'/api/v1/evidence/{id}', 'get'>;
export type FrameworkList = Ok<'/api/v1/frameworks', 'get'>;
export type FrameworkSummary = FrameworkList['items'][number];
export type ScoreRunList = Ok<'/api/v1/frameworks/{code}/editions/{edition}/runs', 'get'>;
export type ScoreRunSummary = ScoreRunList['items'][number];
export type Scores = Ok<'/api/v1/frameworks/{code}/editions/{edition}/scores', 'get'>;
export type ScoreItem = Scores['items'][number];
export type RunDiff = Ok<'/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/diff', 'get'>;
export type UnitReporting = Ok<'/api/v1/units/{code}/reporting', 'get'>;
export type ReportingDataset = UnitReporting['datasets'][number];
export type ReportingPeriod = ReportingDataset['periods'][number];
export type Framework = FrameworkSummary;
export type UnitScoreEntry = Ok<'/api/v1/units/{code}/scores', 'get'>['items'][number];

export type FollowUpList = Ok<'/api/v1/follow-ups', 'get'>;
export type FollowUp = FollowUpList['items'][number];
export type FollowUpDirective = FollowUp['directives'][number];
export type FollowUpQuery = Query<'/api/v1/follow-ups'>;
export type FollowUpState = FollowUp['state'];

export type ReportModel = Ok<'/api/v1/reports/preview', 'post'>;
export type ReportSection = ReportModel['sections'][number];
export type ReportTable = ReportSection['tables'][number];
export type ReportJob = Ok<'/api/v1/reports/{id}', 'get'>;
export type ReportFormat = NonNullable<paths['/api/v1/reports']['post']['requestBody']>['content']['application/json']['format'];

export type RegistryFigures = Ok<'/api/v1/registries/figures', 'get'>;
export type RegistryFigure = RegistryFigures['items'][number];
export type RegistryRecordsPage = Ok<'/api/v1/registries/records', 'get'>;
export type RegistryRecord = RegistryRecordsPage['items'][number];
export type RegistryRecordsQuery = Query<'/api/v1/registries/records'>;

export type TeamsOverview = Ok<'/api/v1/teams', 'get'>;
export type TeamsOverviewQuery = Query<'/api/v1/teams'>;
export type CommuneTeams = TeamsOverview['communes'][number];
export type TeamSummary = CommuneTeams['villageTeams'][number];
export type TeamDetail = Ok<'/api/v1/teams/{id}', 'get'>;
export type TeamActivity = TeamDetail['activities'][number];
export type TeamMembers = Ok<'/api/v1/teams/{id}/members', 'get'>;
export type TeamMember = TeamMembers['items'][number];
export type TeamImportResult = Ok<'/api/v1/teams/import', 'post'>;
export type TeamImportError = TeamImportResult['errors'][number];
export type TeamActivityBody = NonNullable<paths['/api/v1/teams/{id}/activities']['post']['requestBody']>['content']['application/json'];
