/** The team spreadsheets (one row per member) read by the shared field-sheet reader with the teams' columns (import-columns.ts). */
import { readFieldSheet, type FieldSheet, type FieldSheetRow } from '../imports/field-sheet.ts';
import type { SpreadsheetLimits } from '../imports/spreadsheet-limits.ts';
import { TEAM_IMPORT_FIELDS, type TeamImportField } from './import-columns.ts';

export { cellOf } from '../imports/field-sheet.ts';
export type TeamSheet = FieldSheet<TeamImportField>;
export type TeamSheetRow = FieldSheetRow<TeamImportField>;

export function readTeamSheet(
  path: string,
  fileName: string,
  options: { limits?: Readonly<SpreadsheetLimits>; signal?: AbortSignal } = {},
): Promise<TeamSheet> {
  return readFieldSheet(path, fileName, TEAM_IMPORT_FIELDS, options);
}
