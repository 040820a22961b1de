// Reads a 双公示 CSV the way departments send it: UTF-8 with or without a
// BOM, or GBK/GB18030 from older Excel exports. Bytes that are not valid
// UTF-8 are taken as GB18030, the superset of GBK. Text in any other
// encoding (UTF-16, Big5 …) is refused here or by its unreadable header.
import iconv from 'iconv-lite';

import { toHalfWidth } from '@creditplus/shared';

import { AppError } from '../../errors';
import { csvRecords } from './csvRecords';
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
  const records = csvRecords(text);
  const headers = (records.next().value ?? []).map(normaliseHeader);
  return { format: 'csv', encoding, headers, rows: keyed(headers, records) };
}

function* keyed(
  headers: string[],
  records: Iterator<string[]>,
): Generator<Record<string, string>> {
  for (let next = records.next(); !next.done; next = records.next()) {
    const cells = next.value;
    const row: Record<string, string> = {};
    headers.forEach((header, i) => {
      row[header] = (cells[i] ?? '').trim();
    });
    yield row;
  }
}
