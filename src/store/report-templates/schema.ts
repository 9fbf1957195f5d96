/** Row type of the report templates table (migration 0017-report-templates.ts); merged into Database in schema.ts. */

export interface ReportTemplatesTable {
  /** A key of domain/report-template.ts REPORT_TEMPLATE_DEFAULTS. */
  key: string;
  text: string;
  /** ISO instant of the last change and the user who made it. */
  updatedAt: string;
  updatedBy: string;
}

export interface ReportTemplateTables {
  reportTemplates: ReportTemplatesTable;
}
