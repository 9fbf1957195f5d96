/**
 * What an evidence file really is, from its first bytes (and, for Office files, the names in the zip's
 * central directory at its end), which must agree with its extension. Allowed: PDF, DOCX, XLSX, JPEG,
 * PNG. Executables and everything else are refused, whatever their name says.
 */
export interface EvidenceType {
  ext: 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';
  mediaType: string;
}

export type SniffResult = EvidenceType | { error: string };

const TYPES: Record<EvidenceType['ext'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};
/** The media types an evidence file may have (and is downloaded with). */
export const EVIDENCE_MEDIA_TYPES = Object.values(TYPES);
const EXTENSIONS: Record<string, EvidenceType['ext']> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', jpg: 'jpg', jpeg: 'jpg', png: 'png' };
const ALLOWED = 'PDF, DOCX, XLSX, JPG, PNG';

const startsWith = (head: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

function sniffContent(head: Uint8Array, tail: Uint8Array): EvidenceType['ext'] | 'executable' | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const names = Buffer.from(tail).toString('latin1');
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  if (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0x23, 0x21]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe])
  ) {
    return 'executable';
  }
  return null;
}

/** `head`: the first bytes (≥ 8); `tail`: the last 64 KiB (the zip directory of Office files). */
export function sniffEvidenceType(head: Uint8Array, tail: Uint8Array, fileName: string): SniffResult {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const content = sniffContent(head, tail);
  if (content === 'executable') return { error: `tệp chương trình (thực thi) không được phép / executables are not allowed` };
  if (content === null) return { error: `nội dung tệp không phải ${ALLOWED} / the content is not one of ${ALLOWED}` };
  const claimed = EXTENSIONS[extension];
  if (!claimed) return { error: `đuôi tệp ".${extension}" không được phép (chỉ ${ALLOWED}) / extension not allowed` };
  if (claimed !== content)
    return { error: `đuôi tệp ".${extension}" không khớp nội dung (${content.toUpperCase()}) / the extension does not match the content` };
  return { ext: content, mediaType: TYPES[content] };
}
