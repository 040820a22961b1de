// Reads a 双公示 CSV the way departments send it: UTF-8 with or without a
// BOM, or GBK/GB18030 from older Excel exports. Bytes that are not valid
// UTF-8 are taken as GB18030, the superset of GBK.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

import { toHalfWidth } from '@creditplus/shared';

export type CsvEncoding = 'utf-8' | 'gb18030';

export interface CsvTable {
  encoding: CsvEncoding;
  /** Header names with spaces removed and full-width brackets halved. */
  headers: string[];
  /** One object per data row, keyed by normalised header. */
  rows: Record<string, string>[];
}

export function decodeText(content: Buffer): {
  text: string;
  encoding: CsvEncoding;
} {
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

export function readCsv(content: Buffer): CsvTable {
  const { text, encoding } = decodeText(content);
  const records: string[][] = parse(text, {
    skip_empty_lines: true,
    relax_column_count: true,
  });
  const [headerRow = [], ...dataRows] = records;
  const headers = headerRow.map(normaliseHeader);
  const rows = dataRows.map((cells) =>
    Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
  );
  return { encoding, headers, rows };
}
