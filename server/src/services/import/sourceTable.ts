// What every intake path (CSV, XLSX, signed JSON push) turns its input
// into before the one import path reads the rows.

export type SourceFormat = 'csv' | 'xlsx' | 'json';
export type CsvEncoding = 'utf-8' | 'gb18030';

export interface SourceTable {
  format: SourceFormat;
  /** How a CSV was decoded; null for the other formats. */
  encoding: CsvEncoding | null;
  /** Header names as normaliseHeader gives them. */
  headers: string[];
  /** One object per data row, keyed by normalised header, cells trimmed. */
  rows: Record<string, string>[];
}
