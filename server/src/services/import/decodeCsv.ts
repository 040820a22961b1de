// Reads a 双公示 CSV the way departments send it: UTF-8 with or without a
// BOM, or GBK/GB18030 from older Excel exports. A file whose Chinese
// header is not valid UTF-8 is taken as GB18030, the superset of GBK. A
// UTF-8 file with a few bytes that are not (a character cut in half) stays
// UTF-8: those bytes read as U+FFFD and their rows are refused one by one
// (RowReader). Text in any other encoding (UTF-16, Big5 …) is refused here
// or by its unreadable header.
//
// The rows are parsed as the import asks for them, through csv-parse's
// stream, so a large file is never held as rows all at once and its rows
// are parsed while the rows before them are written.
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';

import { toHalfWidth } from '@creditplus/shared';

import { AppError } from '../../errors';
import type { CsvEncoding, SourceRow, SourceTable } from './sourceTable';

// Bytes handed to the parser at a time: the parser stops taking them while
// the import has not asked for the rows already parsed.
const SLICE_BYTES = 64 * 1024;

export function normaliseHeader(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, '');
}

export async function readCsv(content: Buffer): Promise<SourceTable> {
  // UTF-16 (Excel's "Unicode text") is valid UTF-8 byte by byte, NULs
  // and all, and would otherwise come out as garbage with no error.
  if (content.includes(0)) throw new AppError('unreadable_header');
  const encoding: CsvEncoding =
    isUtf8(content) || isUtf8(headerLine(content)) ? 'utf-8' : 'gb18030';

  const bytes = Readable.from(slices(content));
  // Excel ends a saved sheet with lines of bare commas where rows were
  // once filled in: like blank lines, they are no rows and take no number.
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
  });
  if (encoding === 'utf-8') bytes.pipe(parser);
  else bytes.pipe(iconv.decodeStream('gb18030')).pipe(parser);
  const records: AsyncIterator<string[]> = parser[Symbol.asyncIterator]();

  const first = await nextRecord(records);
  const headers = (first ?? []).map(normaliseHeader);
  return { format: 'csv', encoding, headers, rows: rowsOf(headers, records) };
}

// GBK's two-byte characters are almost never valid UTF-8, so a header of
// Chinese column names tells the encoding on its own.
function headerLine(content: Buffer): Buffer {
  const end = content.indexOf(0x0a);
  return content.subarray(0, end === -1 ? content.length : end);
}

function* slices(content: Buffer): Generator<Buffer> {
  for (let at = 0; at < content.length; at += SLICE_BYTES) {
    yield content.subarray(at, at + SLICE_BYTES);
  }
}

async function* rowsOf(
  headers: string[],
  records: AsyncIterator<string[]>,
): AsyncGenerator<SourceRow> {
  try {
    for (;;) {
      const cells = await nextRecord(records);
      if (cells === null) return;
      const row: SourceRow = {};
      headers.forEach((header, i) => {
        row[header] = (cells[i] ?? '').trim();
      });
      yield row;
    }
  } finally {
    // Stops the parser when the import ends before the last row.
    await records.return?.();
  }
}

/** The next record; null after the last. */
async function nextRecord(
  records: AsyncIterator<string[]>,
): Promise<string[] | null> {
  try {
    const next = await records.next();
    return next.done === true ? null : next.value;
  } catch (error) {
    if (error instanceof CsvError) {
      const { lines } = error as CsvError & { lines?: number };
      throw new AppError('invalid_csv', { line: lines ?? null });
    }
    throw error;
  }
}
