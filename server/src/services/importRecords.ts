// The one way credit records enter the platform: a 双公示 table of
// penalties, licenses or lists, whether uploaded as CSV or XLSX, pushed as
// signed JSON or read by the CLI. The header is checked first (a wrong one
// refuses the whole file), then the rows, a chunk at a time: each chunk is
// read (pure), and its valid rows are stored with set-based queries
// (import/recordStore.ts). All chunks share one transaction, which also
// writes the audit trail and the new ratings of the subjects the file
// touches, so a file's valid rows commit together and a failure leaves
// nothing half-written: a CSV is parsed as its chunks are read, and a
// malformed line after the first chunk rolls back the chunks before it. Records are keyed by (department, type, document
// number): importing a row again changes nothing, importing a corrected
// row updates it and keeps the version it replaced.
import { ImportSource, todayInShanghai } from '@creditplus/shared';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { Department } from '../db/models';
import { checkColumns } from './import/checkColumns';
import { licenseRequiredColumns, readLicenseRow } from './import/licenseRow';
import { listRequiredColumns, readListRow } from './import/listRow';
import type { ParsedRecord, RowResult } from './import/parsedRecord';
import { penaltyRequiredColumns, readPenaltyRow } from './import/penaltyRow';
import { foreignDecision } from './import/ownDecisions';
import { readUpload } from './import/readUpload';
import { RecordStore } from './import/recordStore';
import type { RowContext } from './import/rowReader';
import type { RowProblem } from './import/rowProblem';
import type {
  CsvEncoding,
  SourceFormat,
  SourceRow,
  SourceTable,
} from './import/sourceTable';

export type { ImportSource } from '@creditplus/shared';
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportDeps {
  db: Database;
  /** Absent only where nothing can be cached yet (seeding a new database). */
  cache?: Cache;
  dataKey: Buffer;
}

export interface ImportOrigin {
  /**
   * The department handing the records over: only its own decisions are
   * taken, and only it may revoke them. Without one (the demo seed), each
   * row's authority column names its department.
   */
  department?: Department;
  /** Who, for the audit trail: user:<id>, key:<key id>, cli or seed. */
  actor: string;
}

export interface ImportReport {
  source: ImportSource;
  format: SourceFormat;
  encoding: CsvEncoding | null;
  rows: number;
  counts: Record<RowOutcome, number>;
  /** Outcome of each data row, row 1 first. */
  outcomes: RowOutcome[];
  problems: RowProblem[];
}

const REQUIRED_COLUMNS: Record<ImportSource, string[]> = {
  penalties: penaltyRequiredColumns,
  licenses: licenseRequiredColumns,
  lists: listRequiredColumns,
};

// Rows read and stored together: large enough that a 100,000-row file
// takes about a hundred queries, small enough that a chunk's parsed rows
// and its queries stay a few megabytes (the lookups inline every key in
// their SQL, the inserts every value).
export const CHUNK_ROWS = 2000;

/** A CSV or XLSX file; throws an AppError when the file cannot be read. */
export async function importRecords(
  deps: ImportDeps,
  source: ImportSource,
  content: Buffer,
  now: Date = new Date(),
  origin: ImportOrigin = { actor: 'seed' },
): Promise<ImportReport> {
  const table = await readUpload(content, source);
  return importTable(deps, source, table, now, origin);
}

export async function importTable(
  deps: ImportDeps,
  source: ImportSource,
  table: SourceTable,
  now: Date,
  origin: ImportOrigin,
): Promise<ImportReport> {
  // A pushed row leaves out the keys it has no value for (a person's USCC):
  // that is an empty cell, refused by its row only when the row needs it.
  // A file without a required column is the wrong file.
  const required = table.format === 'json' ? [] : REQUIRED_COLUMNS[source];
  checkColumns(source, table.headers, required);
  const today = todayInShanghai(now);
  const context: RowContext = { today, dataKey: deps.dataKey };

  const report: ImportReport = {
    source,
    format: table.format,
    encoding: table.encoding,
    rows: 0,
    counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    outcomes: [],
    problems: [],
  };
  await deps.db.sequelize.transaction(async (transaction) => {
    const store = new RecordStore(deps, source, origin, today, transaction);
    try {
      for await (const chunk of chunksOf(table.rows, CHUNK_ROWS)) {
        const first = report.rows;
        report.rows += chunk.length;
        const valid: ParsedRecord[] = [];
        const read = chunk
          .map((cells, i) => readRow(source, cells, first + i + 1, context))
          .map((result, i) => ownOnly(source, result, first + i + 1, origin));
        for (const result of read) {
          if (result.ok) valid.push(result.record);
          else report.problems.push(...result.problems);
        }
        const stored = (await store.putChunk(valid)).values();
        for (const result of read) {
          report.outcomes.push(
            result.ok ? (stored.next().value as RowOutcome) : 'rejected',
          );
        }
      }
    } catch (error) {
      // A malformed line read while the last chunk is written, or a
      // refused write: nothing may still be running when the transaction
      // rolls back.
      await store.settled();
      throw error;
    }
    await store.finish(now);
  });

  for (const outcome of report.outcomes) report.counts[outcome] += 1;
  return report;
}

// Rows an uploading department did not decide are refused (ownDecisions).
function ownOnly(
  source: ImportSource,
  result: RowResult,
  row: number,
  origin: ImportOrigin,
): RowResult {
  if (!result.ok || origin.department === undefined) return result;
  const problem = foreignDecision(
    source,
    result.record,
    row,
    origin.department,
  );
  return problem === null ? result : { ok: false, problems: [problem] };
}

async function* chunksOf(
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  size: number,
): AsyncGenerator<SourceRow[]> {
  let chunk: SourceRow[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function readRow(
  source: ImportSource,
  cells: SourceRow,
  row: number,
  context: RowContext,
): RowResult {
  switch (source) {
    case 'penalties':
      return readPenaltyRow(cells, row, context);
    case 'licenses':
      return readLicenseRow(cells, row, context);
    case 'lists':
      return readListRow(cells, row, context);
  }
}
