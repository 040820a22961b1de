// What every intake path (CSV, XLSX, signed JSON push) turns its input
// into before the one import path reads the rows.

export type SourceFormat = 'csv' | 'xlsx' | 'json';
export type CsvEncoding = 'utf-8' | 'gb18030';

/** One data row, keyed by normalised header, cells trimmed. */
export type SourceRow = Record<string, string>;

export interface SourceTable {
  format: SourceFormat;
  /** How a CSV was decoded; null for the other formats. */
  encoding: CsvEncoding | null;
  /** Header names as normaliseHeader gives them. */
  headers: string[];
  /**
   * The data rows, row 1 first; a CSV's are parsed as they are read, and
   * reading them may throw an AppError (a malformed CSV).
   */
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>;
}
