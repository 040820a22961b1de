// The one way credit records enter the platform: a 双公示 CSV of penalties,
// licenses or lists. Every row is checked first; the valid ones are then
// stored in one transaction together with the new ratings of the subjects
// they touch, so a failure leaves nothing half-written. Records are keyed
// by (department, type, document number): importing a row again changes
// nothing, importing a corrected row updates it.
import type { Transaction } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { CreditRecord } from '../db/models';
import { CsvEncoding, readCsv } from './import/decodeCsv';
import { licenseRequiredColumns, readLicenseRow } from './import/licenseRow';
import { listRequiredColumns, readListRow } from './import/listRow';
import type { ParsedRecord, RowResult } from './import/parsedRecord';
import { penaltyRequiredColumns, readPenaltyRow } from './import/penaltyRow';
import { problemMessages, RowProblem } from './import/rowProblem';
import { findOrCreateDepartment } from './findOrCreateDepartment';
import { findOrCreateSubject } from './findOrCreateSubject';
import { forgetRatings } from './ratingCache';
import { rescoreSubject } from './rescoreSubject';

export type ImportSource = 'penalties' | 'licenses' | 'lists';
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportDeps {
  db: Database;
  /** Absent only where nothing can be cached yet (seeding a new database). */
  cache?: Cache;
  dataKey: Buffer;
}

export interface ImportReport {
  source: ImportSource;
  encoding: CsvEncoding;
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

export async function importRecords(
  deps: ImportDeps,
  source: ImportSource,
  content: Buffer,
  now: Date = new Date(),
): Promise<ImportReport> {
  const table = readCsv(content);
  const report: ImportReport = {
    source,
    encoding: table.encoding,
    rows: table.rows.length,
    counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    outcomes: [],
    problems: missingColumns(source, table.headers),
  };
  if (report.problems.length > 0) {
    report.outcomes = table.rows.map(() => 'rejected');
    report.counts.rejected = table.rows.length;
    return report;
  }

  const results = table.rows.map((cells, i) =>
    readRow(source, cells, i + 1, deps.dataKey),
  );
  const touched = new Set<number>();
  await deps.db.sequelize.transaction(async (transaction) => {
    for (const result of results) {
      if (!result.ok) {
        report.outcomes.push('rejected');
        report.problems.push(...result.problems);
        continue;
      }
      report.outcomes.push(
        await storeRecord(deps, result.record, touched, transaction),
      );
    }
    for (const subjectId of touched) {
      await rescoreSubject(deps.db, subjectId, { transaction, now });
    }
    const { cache } = deps;
    if (cache) transaction.afterCommit(() => forgetRatings(cache, touched));
  });

  for (const outcome of report.outcomes) report.counts[outcome] += 1;
  return report;
}

function readRow(
  source: ImportSource,
  cells: Record<string, string>,
  row: number,
  dataKey: Buffer,
): RowResult {
  switch (source) {
    case 'penalties':
      return readPenaltyRow(cells, row);
    case 'licenses':
      return readLicenseRow(cells, row);
    case 'lists':
      return readListRow(cells, row, dataKey);
  }
}

function missingColumns(source: ImportSource, headers: string[]): RowProblem[] {
  return REQUIRED_COLUMNS[source]
    .filter((column) => !headers.includes(column))
    .map((column) => ({
      row: 0,
      column,
      code: 'missing_column',
      message: problemMessages.missing_column,
    }));
}

async function storeRecord(
  deps: ImportDeps,
  parsed: ParsedRecord,
  touched: Set<number>,
  transaction: Transaction,
): Promise<RowOutcome> {
  const { db, dataKey } = deps;
  const department = await findOrCreateDepartment(
    db,
    parsed.department,
    transaction,
  );
  const subject = await findOrCreateSubject(
    db,
    parsed.subject,
    dataKey,
    transaction,
  );
  const fields = {
    subjectId: subject.id,
    departmentId: department.id,
    type: parsed.type,
    docNumber: parsed.docNumber,
    title: parsed.title,
    category: parsed.category,
    amountFen: parsed.amountFen,
    decisionDate: parsed.decisionDate,
    disclosureEnd: parsed.disclosureEnd,
    severity: parsed.severity,
    status: parsed.status,
    payload: parsed.payload,
  };

  const existing = await db.models.CreditRecord.findOne({
    where: {
      departmentId: department.id,
      type: parsed.type,
      docNumber: parsed.docNumber,
    },
    transaction,
  });
  if (existing === null) {
    await db.models.CreditRecord.create(fields, { transaction });
    touched.add(subject.id);
    return 'created';
  }
  if (sameContent(existing, fields)) return 'unchanged';

  // A corrected row may even name another subject: both are rescored.
  touched.add(existing.subjectId);
  touched.add(subject.id);
  await existing.update(fields, { transaction });
  return 'updated';
}

function sameContent(
  existing: CreditRecord,
  fields: Record<string, unknown>,
): boolean {
  return Object.entries(fields).every(([name, value]) => {
    const current: unknown = existing.get(name);
    return JSON.stringify(current) === JSON.stringify(value);
  });
}
