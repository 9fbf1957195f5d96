/**
 * Streams the rows of a CSV file: detects the encoding (text-encoding.ts) and the delimiter
 * (';', ',' or tab) from the first 64 KiB, then decodes and parses chunk by chunk, so memory stays
 * bounded whatever the file's size: a row longer than `maxRowChars` (an unclosed quote makes the rest of the
 * file one row) is refused (SpreadsheetLimitError csvRowChars). Cells come out as NFC text (Windows-1258 and
 * macOS files carry combining tone marks). Aborting `signal` stops the read with the signal's reason.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { atRow, SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';
import { sniffEncoding, type TextEncoding } from './text-encoding.ts';
import type { SheetRow } from './types.ts';

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;

export interface CsvSource {
  encoding: TextEncoding;
  delimiter: string;
  rows: AsyncGenerator<SheetRow>;
}

export interface CsvOptions {
  /** Characters one row may have (default SPREADSHEET_LIMITS.csvRowChars). */
  maxRowChars?: number;
  signal?: AbortSignal;
}

/** Opens a CSV file for reading: what was detected, and the rows. */
export async function openCsv(path: string, options: CsvOptions = {}): Promise<CsvSource> {
  const handle = await open(path, 'r');
  let sample: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const { encoding, bomLength } = sniffEncoding(sample, sample.length >= size);
  const text = iconv.decode(sample.subarray(bomLength), encoding);
  const delimiter = detectDelimiter(text);
  return { encoding, delimiter, rows: readRows(path, bomLength, encoding, delimiter, options) };
}

async function* readRows(path: string, start: number, encoding: TextEncoding, delimiter: string, options: CsvOptions): AsyncGenerator<SheetRow> {
  const maxRowChars = options.maxRowChars ?? SPREADSHEET_LIMITS.csvRowChars;
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: maxRowChars });
  const file = createReadStream(path, { start });
  const input = file.pipe(iconv.decodeStream(encoding));
  const fail = (error: Error) => {
    file.destroy();
    parser.destroy(error);
  };
  file.on('error', fail);
  input.on('error', fail);
  const { signal } = options;
  const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error(String(signal?.reason)));
  signal?.addEventListener('abort', onAbort);
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record.map((cell) => (cell.trim() === '' ? null : cell.normalize('NFC').trim())) };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw new SpreadsheetLimitError('csvRowChars', maxRowChars, atRow(rowNumber + 1));
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    file.destroy();
  }
}

/** The delimiter that splits the first lines most consistently (quoted parts ignored). */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 30);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((n) => n > 0);
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    let score = 0;
    for (const [n, times] of frequency) score = Math.max(score, n * times);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}
