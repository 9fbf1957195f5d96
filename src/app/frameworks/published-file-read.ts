/**
 * A published-results file from disk (the command, or an upload the route saved): JSON in the shape of
 * domain/frameworks/published-file.ts, or a CSV / XLSX sheet of one row per unit (the first visible sheet), read
 * with the importers' readers (encodings, delimiters, limits). A file that cannot be read is a VALIDATION_FAILED
 * naming the file; its rows are checked later, whole, by the import.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { readPublishedTable, type PublishedRunFile, type TableCell } from '../../domain/frameworks/published-file.ts';
import { problem, publishedFileError } from '../../domain/frameworks/published-problems.ts';
import { publishedBody } from './published-header.ts';
import { openCsv } from '../imports/csv-rows.ts';
import { readXlsxSheets } from '../imports/xlsx-rows.ts';

export const PUBLISHED_FILE_BYTES = 10 * 1024 * 1024;
export const PUBLISHED_FILE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type PublishedFileFormat = (typeof PUBLISHED_FILE_FORMATS)[number];

/** The format by the name's extension (.json, .csv, .xlsx), else null. */
export function publishedFileFormat(fileName: string): PublishedFileFormat | null {
  const ext = extname(fileName).toLowerCase().slice(1);
  return (PUBLISHED_FILE_FORMATS as readonly string[]).includes(ext) ? (ext as PublishedFileFormat) : null;
}

export async function readPublishedFile(path: string, fileName: string, edition: EditionDefinition): Promise<PublishedRunFile> {
  const refuse = (vi: string, en: string) => publishedFileError([problem('not_an_object', fileName, vi, en)], fileName);
  const format = publishedFileFormat(fileName);
  if (!format) throw refuse('cần tệp .json, .csv hoặc .xlsx', 'expected a .json, .csv or .xlsx file');
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw refuse('không có tệp này', 'no such file');
  }
  if (size > PUBLISHED_FILE_BYTES) throw refuse(`tệp lớn hơn ${PUBLISHED_FILE_BYTES / 1024 / 1024} MiB`, 'the file is too large');
  if (format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw refuse(`không phải JSON hợp lệ: ${(error as Error).message}`, 'not valid JSON');
    }
    return publishedBody(Array.isArray(json) ? { results: json } : json);
  }
  const rows: Array<{ rowNumber: number; cells: TableCell[] }> = [];
  try {
    if (format === 'csv') {
      for await (const row of (await openCsv(path)).rows) rows.push(row);
    } else {
      for await (const sheet of readXlsxSheets(path)) {
        if (sheet.hidden || rows.length > 0) {
          for await (const _ of sheet.rows); // a reader must be drained before the next sheet
          continue;
        }
        for await (const row of sheet.rows) rows.push(row);
      }
    }
  } catch (error) {
    throw refuse(`không đọc được tệp: ${(error as Error).message}`, 'cannot read the file');
  }
  const [header, ...body] = rows;
  if (!header) throw refuse('tệp trống', 'the file is empty');
  const table = readPublishedTable(header.cells, body, edition);
  if (table.problems.length) throw publishedFileError(table.problems, fileName);
  return { results: table.rows };
}
