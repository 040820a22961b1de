// Tells an uploaded file's kind by its first bytes, not by its name or
// declared type: an XLSX workbook is a zip, anything in a binary format we
// know is refused, and the rest is read as CSV text. A workbook's table is
// found by the source's columns (readXlsx); a CSV's is its first line.
import type { ImportSource } from '@creditplus/shared';

import { AppError } from '../../errors';
import { readCsv } from './decodeCsv';
import { readXlsx } from './readXlsx';
import type { SourceTable } from './sourceTable';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// Formats departments send by mistake: old .xls and .doc (OLE2), PDF,
// images, archives.
const BINARY_SIGNATURES = [
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
  Buffer.from('%PDF'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  Buffer.from([0xff, 0xd8, 0xff]),
  Buffer.from('GIF8'),
  Buffer.from([0x1f, 0x8b]),
  Buffer.from('Rar!'),
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]),
];

export async function readUpload(
  content: Buffer,
  source: ImportSource,
): Promise<SourceTable> {
  if (startsWith(content, ZIP)) return readXlsx(content, source);
  if (BINARY_SIGNATURES.some((signature) => startsWith(content, signature))) {
    throw new AppError('unsupported_file_type');
  }
  return readCsv(content);
}

function startsWith(content: Buffer, signature: Buffer): boolean {
  return (
    content.length >= signature.length &&
    content.subarray(0, signature.length).equals(signature)
  );
}
