/**
 * Hostile spreadsheets, generated (never stored): zip bombs that are a few hundred KB on the wire and gigabytes
 * unpacked, a cell at column XFD on every row, a shared string of a hundred million characters, huge CSV cells
 * and rows, a damaged template. Deflated with node:zlib as they are generated (a 100-million-character part is
 * never held in memory), so a test pays well under a second for the largest. Reused by the import tests and the
 * hostile-input suite (test/security/).
 *
 * `xlsxOf` writes a minimal workbook (content types, relations, workbook, one worksheet, shared strings) whose
 * parts are strings or generated chunks; the zip's local headers may declare any uncompressed size (`declare`),
 * to show the reader never trusts them.
 */
import { Readable } from 'node:stream';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { buildTemplate } from '../../src/app/imports/template.ts';
import type { ImportDescription } from '../../src/app/imports/types.ts';

/** A part's content: text, or a generator of chunks (for parts too large to hold). */
export type PartContent = string | Buffer | (() => Iterable<string | Buffer>);

export interface ZipPart {
  name: string;
  content: PartContent;
  /** The uncompressed size written in the headers (default: the true one). */
  declare?: number;
}

function chunksOf(content: PartContent): Iterable<Buffer> {
  if (typeof content === 'function')
    return (function* () {
      for (const chunk of content()) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    })();
  return [typeof content === 'string' ? Buffer.from(content) : content];
}

async function deflated(content: PartContent): Promise<{ data: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const counted = Readable.from(
    (function* () {
      for (const chunk of chunksOf(content)) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    })(),
  );
  const out: Buffer[] = [];
  for await (const chunk of counted.pipe(createDeflateRaw({ level: constants.Z_BEST_SPEED }))) out.push(chunk as Buffer);
  return { data: Buffer.concat(out), crc, size };
}

/** A zip of deflated parts, in the order given. */
export async function zipOf(parts: readonly ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflated(part.content);
    const name = Buffer.from(part.name);
    const declared = part.declare ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Math.min(declared, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `text` repeated until `chars` characters (generated in 1 MiB chunks). */
export function repeated(chars: number, text = 'A'): () => Iterable<string> {
  return function* () {
    const block = text.repeat(Math.ceil((1 << 20) / text.length));
    let left = chars;
    while (left > 0) {
      const n = Math.min(left, block.length);
      yield block.slice(0, n);
      left -= n;
    }
  };
}

/** Chunks of several contents, one after the other. */
export function concat(...contents: PartContent[]): () => Iterable<string | Buffer> {
  return function* () {
    for (const content of contents) yield* chunksOf(content);
  };
}

export interface XlsxSpec {
  /** The worksheet's <sheetData> content (rows). */
  sheetData: PartContent;
  /** The shared strings' <si> items; absent: no shared strings part. */
  sharedStrings?: PartContent;
  /** Parts added after the workbook's own (a media file, say). */
  extra?: ZipPart[];
  /** Put the worksheet before the shared strings and the workbook (exceljs defers it to a temporary file). */
  sheetFirst?: boolean;
  /** Uncompressed sizes to declare, by part name. */
  declare?: Record<string, number>;
}

/** A minimal workbook of one sheet "Số liệu". */
export async function xlsxOf(spec: XlsxSpec): Promise<Buffer> {
  const sheet: ZipPart = {
    name: 'xl/worksheets/sheet1.xml',
    content: concat(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`, spec.sheetData, '</sheetData></worksheet>'),
  };
  const strings: ZipPart[] =
    spec.sharedStrings === undefined
      ? []
      : [{ name: 'xl/sharedStrings.xml', content: concat(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`, spec.sharedStrings, '</sst>') }];
  const book: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
  ];
  const parts = spec.sheetFirst ? [sheet, ...book, ...strings] : [...book, ...strings, sheet];
  return zipOf([...parts, ...(spec.extra ?? [])].map((p) => (spec.declare?.[p.name] !== undefined ? { ...p, declare: spec.declare[p.name] } : p)));
}

/** An inline-string cell (`<c t="inlineStr">`), escaped. */
export const inlineCell = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;

/** The fixture dataset's header row (row 1): unit code and name, then the element codes. */
function headerRow(codes: readonly string[]): string {
  const columns = ['Mã đơn vị', 'Tên đơn vị', ...codes];
  return `<row r="1">${columns.map((text, i) => inlineCell(`${String.fromCharCode(65 + i)}1`, text)).join('')}</row>`;
}

/**
 * The probe's bomb: one shared string of `chars` characters (100 million ≈ 100 KB deflated), used by cell C2
 * under a header of the fixture dataset. `declared`: the size the zip says the shared strings part has.
 */
export function sharedStringBomb(chars = 100_000_000, options: { declared?: number; sheetFirst?: boolean } = {}): Promise<Buffer> {
  return xlsxOf({
    sheetData: `${headerRow(['FIBRE_VILLAGES'])}<row r="2">${inlineCell('A2', '24611')}<c r="C2" t="s"><v>0</v></c></row>`,
    sharedStrings: concat('<si><t>', repeated(chars), '</t></si>'),
    ...(options.sheetFirst ? { sheetFirst: true } : {}),
    ...(options.declared !== undefined ? { declare: { 'xl/sharedStrings.xml': options.declared } } : {}),
  });
}

/** One shared string of `runs` rich-text runs of `runChars` characters each: every XML text is short, the string is long. */
export function richTextBomb(runs = 40, runChars = 1000): Promise<Buffer> {
  return xlsxOf({
    sheetData: `${headerRow(['FIBRE_VILLAGES'])}<row r="2">${inlineCell('A2', '24611')}<c r="C2" t="s"><v>0</v></c></row>`,
    sharedStrings: concat(
      '<si>',
      function* () {
        for (let i = 0; i < runs; i++) yield `<r><t>${'B'.repeat(runChars)}</t></r>`;
      },
      '</si>',
    ),
  });
}

/**
 * `rows` data rows of the fixture dataset, each with a value at `column` too (XFD: Excel's last column); `empty`:
 * an empty formatted cell there instead (no value, but exceljs lays the row out 16,384 cells wide).
 */
export function wideColumnXlsx(rows = 100_000, column = 'XFD', options: { empty?: boolean } = {}): Promise<Buffer> {
  const far = (r: number) => (options.empty ? `<c r="${column}${r}" s="0"/>` : `<c r="${column}${r}"><v>1</v></c>`);
  return xlsxOf({
    sheetData: concat(headerRow(['FIBRE_VILLAGES']), function* () {
      let batch = '';
      for (let r = 2; r < rows + 2; r++) {
        batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c>${far(r)}</row>`;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      yield batch;
    }),
  });
}

/** A small valid workbook with an extra part of `bytes` zero bytes (a media file nobody reads), declared as `declared` bytes. */
export function zeroPartBomb(bytes = 600 * 1024 * 1024, declared = 1024): Promise<Buffer> {
  return xlsxOf({
    sheetData: `${headerRow(['FIBRE_VILLAGES'])}<row r="2">${inlineCell('A2', '24611')}<c r="C2"><v>5</v></c></row>`,
    extra: [{ name: 'xl/media/image1.png', content: repeated(bytes, '\0'), declare: declared }],
  });
}

/** A CSV of the fixture dataset whose "Ghi chú" cell on row 2 has `chars` characters (a 50 MB comment in the probe). */
export function hugeCellCsv(chars = 50_000_000): Buffer {
  return Buffer.concat([Buffer.from('Mã đơn vị;FIBRE_VILLAGES;Ghi chú\n24611;5;'), Buffer.alloc(chars, 'x'), Buffer.from('\n')]);
}

/** A CSV whose quote on row 2 never closes: the rest of the file (`chars` characters) is one row. */
export function unclosedQuoteCsv(chars = 5_000_000): Buffer {
  return Buffer.concat([Buffer.from('Mã đơn vị;FIBRE_VILLAGES\n24611;"5\n'), Buffer.alloc(chars, 'y'), Buffer.from('\n')]);
}

/** `rows` rows of one unit code each (a CSV past the row limit). */
export function manyRowsCsv(rows: number): Buffer {
  return Buffer.from(`Mã đơn vị;FIBRE_VILLAGES\n${'24611;1\n'.repeat(rows)}`);
}

/** The template of `description` with bytes [from, to) overwritten (the probe: 2,000–3,999 with 'A'). */
export async function damagedTemplate(description: ImportDescription, from = 2000, to = 4000, byte = 0x41): Promise<Buffer> {
  const file = Buffer.from(await buildTemplate(description));
  file.fill(byte, from, Math.min(to, file.length));
  return file;
}
