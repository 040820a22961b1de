// Reads a 双公示 CSV the way departments send it: UTF-8 with or without a
// BOM, or GBK/GB18030 from older Excel exports. Bytes that are not valid
// UTF-8 are taken as GB18030, the superset of GBK. Text in any other
// encoding (UTF-16, Big5 …) is refused here or by its unreadable header.
import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

import { toHalfWidth } from '@creditplus/shared';

import { AppError } from '../../errors';
import type { CsvEncoding, SourceTable } from './sourceTable';

export function decodeText(content: Buffer): {
  text: string;
  encoding: CsvEncoding;
} {
  // UTF-16 (Excel's "Unicode text") is valid UTF-8 byte by byte, NULs
  // and all, and would otherwise come out as garbage with no error.
  if (content.includes(0)) throw new AppError('unreadable_header');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(content, 'gb18030'), encoding: 'gb18030' };
  }
}

export function normaliseHeader(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, '');
}

export function readCsv(content: Buffer): SourceTable {
  const { text, encoding } = decodeText(content);
  const records = parseCsv(text);
  const [headerRow = [], ...dataRows] = records;
  const headers = headerRow.map(normaliseHeader);
  const rows = dataRows.map((cells) =>
    Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
  );
  return { format: 'csv', encoding, headers, rows };
}

function parseCsv(text: string): string[][] {
  try {
    return parse(text, { skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError) {
      const { lines } = error as CsvError & { lines?: number };
      throw new AppError('invalid_csv', { line: lines ?? null });
    }
    throw error;
  }
}
