/**
 * Checks what a client sends to create evidence: the target (unit, period, and an element for a value
 * or a dataset for a submission, exactly one), and the kind's fields: a document reference (số/ký hiệu,
 * ngày ban hành, cơ quan ban hành, trích yếu), or a link (http/https only). Every problem names its field.
 * Whether the element or dataset exists is checked against the store.
 */
import type { Kysely } from 'kysely';
import { isCalendarDate } from '../../domain/dates.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Database } from '../schema.ts';

export interface EvidenceTarget {
  unit: string;
  period: string;
  element: string | null;
  dataset: string | null;
  /** The period's last day: the date the unit is looked up (and permission checked) at. */
  at: string;
}

export interface DocumentReference {
  number: string;
  date: string | null;
  issuer: string | null;
  summary: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

type Fields = Record<string, unknown>;

function text(fields: Fields, name: string, max: number, problems: FieldProblem[], required = false): string | null {
  const value = fields[name];
  if (value === undefined || value === null || value === '') {
    if (required) problems.push({ field: name, message: 'là trường bắt buộc / is required' });
    return null;
  }
  if (typeof value !== 'string') problems.push({ field: name, message: 'phải là chuỗi ký tự / must be a string' });
  else if (value.length > max) problems.push({ field: name, message: `dài quá ${max} ký tự / longer than ${max} characters` });
  else return value.trim();
  return null;
}

/** The target of the evidence, or the problems with it (fields unit, period, element, dataset). */
export function readEvidenceTarget(fields: Fields, problems: FieldProblem[]): EvidenceTarget | null {
  const unit = text(fields, 'unit', 64, problems, true);
  const period = text(fields, 'period', 16, problems, true);
  const element = text(fields, 'element', 64, problems);
  const dataset = text(fields, 'dataset', 64, problems);
  if ((element === null) === (dataset === null)) {
    problems.push({
      field: 'element',
      message: 'cần đúng một trong "element" (gắn với số liệu) hoặc "dataset" (gắn với biểu mẫu) / give exactly one of element or dataset',
    });
  }
  let at: string | null = null;
  if (period !== null) {
    try {
      at = parsePeriod(period).end;
    } catch (error) {
      problems.push({ field: 'period', message: (error as Error).message });
    }
  }
  return unit && period && at && problems.length === 0 ? { unit, period, element, dataset, at } : null;
}

export function readDocumentReference(fields: Fields, problems: FieldProblem[]): DocumentReference | null {
  const number = text(fields, 'number', 100, problems, true);
  const date = text(fields, 'date', 10, problems);
  if (date !== null && !isCalendarDate(date)) problems.push({ field: 'date', message: 'cần ngày có thật dạng YYYY-MM-DD / expected a real date YYYY-MM-DD' });
  const issuer = text(fields, 'issuer', 300, problems);
  const summary = text(fields, 'summary', 2000, problems);
  return number ? { number, date, issuer, summary } : null;
}

export function readLink(fields: Fields, problems: FieldProblem[]): string | null {
  const url = text(fields, 'url', 2000, problems, true);
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({ field: 'url', message: 'không phải địa chỉ hợp lệ / not a valid URL' });
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    problems.push({ field: 'url', message: `chỉ nhận liên kết http hoặc https, không nhận "${parsed.protocol}" / only http and https links` });
    return null;
  }
  return parsed.toString();
}

/** Problems when the target's element or dataset is not in the store. */
export async function checkEvidenceTargetExists(db: Kysely<Database>, target: EvidenceTarget): Promise<FieldProblem[]> {
  if (target.element !== null) {
    const row = await db.selectFrom('dataElements').select('id').where('code', '=', target.element).executeTakeFirst();
    if (!row) return [{ field: 'element', message: `không có phần tử dữ liệu "${target.element}" / unknown data element` }];
  }
  if (target.dataset !== null) {
    const row = await db.selectFrom('datasets').select('id').where('code', '=', target.dataset).executeTakeFirst();
    if (!row) return [{ field: 'dataset', message: `không có biểu mẫu "${target.dataset}" / unknown dataset` }];
  }
  return [];
}

/** A client's file name made safe to show and to put in a header: no path, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep-minh-chung' : cleaned).slice(-200);
}
