/**
 * exceljs's streaming WorkbookReader with its zip loop replaced: the same parts go to the same exceljs parsers
 * (relations, workbook, shared strings, styles, worksheets), but every part first flows through a meter that
 * counts the bytes it really inflates to (the whole file, and each part exceljs keeps in memory), the parts, and
 * the longest XML text — and throws SpreadsheetLimitError past a limit, before the text reaches the parser.
 *
 * It also ends the hang of a damaged file: unzipper reports a part's inflate error (or a file that ends inside
 * a part) on the zip stream, never on the part, so exceljs — reading the part, or piping a worksheet that
 * comes before the shared strings into a temporary file and waiting for it to finish — waited for ever (an
 * upload of a template with bytes 2,000–3,999 overwritten waited for the socket's 300 s timeout). Here an
 * error of the file, of the zip or of `signal` destroys the part being read with that error, so the reader
 * fails at once, and the temporary files are removed whatever happens.
 */
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { atPart, SPREADSHEET_LIMITS, SpreadsheetLimitError, type SpreadsheetLimits } from './spreadsheet-limits.ts';

/** The zip parser exceljs itself uses (its own dependency, resolved from exceljs: the very version it was built with). */
interface ZipEntry extends Readable {
  path: string;
}
interface ZipParse extends NodeJS.WritableStream {
  on(event: 'data', listener: (entry: ZipEntry) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  pause(): void;
  resume(): void;
  read(): ZipEntry | null;
  destroy(error?: Error): void;
}
const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as { Parse(options: { forceStream: boolean }): ZipParse };

/** What WorkbookReader keeps and calls internally (exceljs 4.x, lib/stream/xlsx/workbook-reader.js). */
interface ReaderInternals {
  sharedStrings?: Array<string | { richText?: Array<{ text?: string }> } | null>;
  workbookRels?: unknown;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
}

/** Parts exceljs parses into memory (bounded by partBytes); worksheets stream and count only toward the total. */
const HELD_IN_MEMORY = new Set(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']);
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const LT = 0x3c;

class ZipBudget {
  total = 0;
  parts = 0;
  constructor(readonly limits: Readonly<SpreadsheetLimits>) {}
}

/** Passes one part's inflated bytes through, counting them and the longest run of XML between two tags. */
class PartMeter extends Transform {
  private bytes = 0;
  private run = 0;

  constructor(
    private readonly budget: ZipBudget,
    private readonly path: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const { limits } = this.budget;
    this.bytes += chunk.length;
    this.budget.total += chunk.length;
    if (this.budget.total > limits.unpackedBytes) return done(new SpreadsheetLimitError('unpackedBytes', limits.unpackedBytes));
    if (HELD_IN_MEMORY.has(this.path) && this.bytes > limits.partBytes)
      return done(new SpreadsheetLimitError('partBytes', limits.partBytes, atPart(this.path)));
    if (/\.(xml|rels)$/.test(this.path)) {
      let at = 0;
      for (let lt = chunk.indexOf(LT); lt >= 0; lt = chunk.indexOf(LT, at)) {
        if (this.run + lt - at > limits.xmlTextBytes) return done(new SpreadsheetLimitError('xmlTextBytes', limits.xmlTextBytes, atPart(this.path)));
        this.run = 0;
        at = lt + 1;
      }
      this.run += chunk.length - at;
      if (this.run > limits.xmlTextBytes) return done(new SpreadsheetLimitError('xmlTextBytes', limits.xmlTextBytes, atPart(this.path)));
    }
    done(null, chunk);
  }
}

/**
 * The zip's parts one at a time. Not Node's stream iterator: unzipper emits 'end' and 'close' itself when its
 * input finishes, which that iterator takes for a premature close (as exceljs's own iterate-stream does).
 * That early 'end' comes while parts it has already pushed may still wait in its paused buffer (a slow parser —
 * a busy machine — lets the file be read to its end first): they are read out before the loop ends, or the
 * workbook's later parts (relations, shared strings, whole sheets) would be silently lost.
 */
async function* entriesOf(zip: ZipParse): AsyncGenerator<ZipEntry> {
  const queue: ZipEntry[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  zip.on('data', (entry) => {
    queue.push(entry);
    zip.pause();
    wake?.();
  });
  zip.on('end', () => {
    ended = true;
    wake?.();
  });
  zip.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  for (;;) {
    if (failure) throw failure;
    // After the early 'end', read() hands a buffered part to the 'data' listener above (which queues it).
    const entry = queue.shift() ?? (ended && zip.read() !== null ? queue.shift() : undefined);
    if (entry) yield entry;
    else if (ended) return;
    else {
      const woken = new Promise<void>((resolve) => (wake = resolve));
      zip.resume();
      await woken;
      wake = null;
    }
  }
}

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

function textLength(value: string | { richText?: Array<{ text?: string }> } | null | undefined): number {
  if (typeof value === 'string') return value.length;
  return (value?.richText ?? []).reduce((n, part) => n + (part.text?.length ?? 0), 0);
}

export interface MeteredReaderOptions {
  limits?: Readonly<SpreadsheetLimits>;
  /** Aborting destroys the streams: the reader throws the signal's reason. */
  signal?: AbortSignal;
}

export class MeteredWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  private readonly path: string;
  private readonly metering: Required<Pick<MeteredReaderOptions, 'limits'>> & MeteredReaderOptions;

  constructor(path: string, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>, metering: MeteredReaderOptions = {}) {
    super(path, options);
    this.path = path;
    this.metering = { ...metering, limits: metering.limits ?? SPREADSHEET_LIMITS };
  }

  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const self = this as unknown as ReaderInternals;
    const budget = new ZipBudget(this.metering.limits);
    const file: ReadStream = createReadStream(this.path);
    const zip = unzipper.Parse({ forceStream: true });
    let failure: Error | null = null;
    let current: { destroy(error?: Error): void } | null = null;
    const fail = (error: Error) => {
      failure ??= error;
      current?.destroy(failure);
      file.destroy();
      zip.destroy(failure);
    };
    // The stream being read hears the error through its consumer; a part already read to its end has none left,
    // and an 'error' without a listener would be thrown as uncaught (the failure is thrown by this loop anyway).
    const watched = <S extends Readable>(stream: S): S => stream.on('error', () => undefined);
    const { signal } = this.metering;
    const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error(String(signal?.reason)));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
    file.on('error', fail);
    zip.on('error', fail);
    file.pipe(zip);
    const deferred: Array<{ sheetNo: string; path: string }> = [];
    let tempDir: string | null = null;
    try {
      for await (const entry of entriesOf(zip)) {
        if (failure) throw failure;
        if (++budget.parts > budget.limits.parts) throw new SpreadsheetLimitError('parts', budget.limits.parts);
        const part = watched(new PartMeter(budget, entry.path));
        current = part;
        entry.on('error', fail);
        entry.pipe(part);
        const sheet = WORKSHEET.exec(entry.path);
        if (entry.path === 'xl/_rels/workbook.xml.rels') await self._parseRels(part);
        else if (entry.path === 'xl/workbook.xml') await self._parseWorkbook(part);
        else if (entry.path === 'xl/styles.xml') await self._parseStyles(part);
        else if (entry.path === 'xl/sharedStrings.xml') {
          yield* self._parseSharedStrings(part) as AsyncGenerator<{ eventType: string; value: unknown }>;
          this.checkSharedStrings();
        } else if (sheet && self.sharedStrings && self.workbookRels) {
          yield* self._parseWorksheet(part, sheet[1] ?? '') as Generator<{ eventType: string; value: unknown }>;
        } else if (sheet) {
          // Its shared strings or the workbook's relations come later in the zip: kept in a temporary file until then (as exceljs does).
          tempDir ??= await mkdtemp(join(tmpdir(), 'dxioc-xlsx-'));
          const path = join(tempDir, `sheet${deferred.length}.xml`);
          await pipeline(part, createWriteStream(path));
          deferred.push({ sheetNo: sheet[1] ?? '', path });
        }
        // Whatever a parser left (and every part we do not parse) is still inflated and counted: a bomb anywhere is caught.
        if (!part.readableEnded) await pipeline(part, sink());
        current = null;
        if (failure) throw failure;
      }
      if (failure) throw failure;
      for (const { sheetNo, path } of deferred) {
        // Metered on the way in already.
        const stream = watched(createReadStream(path));
        current = stream;
        yield* self._parseWorksheet(stream, sheetNo) as Generator<{ eventType: string; value: unknown }>;
        current = null;
        if (failure) throw failure;
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      current?.destroy();
      file.destroy();
      zip.destroy();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    }
  }

  /** The shared strings part is within partBytes (so in memory already); its count and each string's length are checked before any cell uses them. */
  private checkSharedStrings(): void {
    const strings = (this as unknown as ReaderInternals).sharedStrings ?? [];
    const { limits } = this.metering;
    if (strings.length > limits.sharedStrings) throw new SpreadsheetLimitError('sharedStrings', limits.sharedStrings);
    const long = strings.findIndex((s) => textLength(s) > limits.cellChars);
    if (long >= 0) throw new SpreadsheetLimitError('cellChars', limits.cellChars, [`chuỗi dùng chung số ${long + 1}`, `shared string ${long + 1}`]);
  }
}
