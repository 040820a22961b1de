// The one way credit records enter the platform: a 双公示 table of
// penalties, licenses or lists, whether uploaded as CSV or XLSX, pushed as
// signed JSON or read by the CLI. The header is checked first (a wrong one
// refuses the whole file), then every row; the valid rows are stored in
// one transaction together with their audit trail and the new ratings of
// the subjects they touch, so a failure leaves nothing half-written.
// Records are keyed by (department, type, document number): importing a
// row again changes nothing, importing a corrected row updates it and
// keeps the version it replaced.
import {
  ImportSource,
  RecordStatus,
  todayInShanghai,
} from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { CreditRecord, Department, Subject } from '../db/models';
import { checkColumns } from './import/checkColumns';
import { licenseRequiredColumns, readLicenseRow } from './import/licenseRow';
import { listRequiredColumns, readListRow } from './import/listRow';
import type { ParsedRecord, RowResult } from './import/parsedRecord';
import { penaltyRequiredColumns, readPenaltyRow } from './import/penaltyRow';
import { readUpload } from './import/readUpload';
import type { RowContext } from './import/rowReader';
import type { RowProblem } from './import/rowProblem';
import type {
  CsvEncoding,
  SourceFormat,
  SourceTable,
} from './import/sourceTable';
import { findOrCreateDepartment } from './findOrCreateDepartment';
import { findOrCreateSubject } from './findOrCreateSubject';
import { forgetRatings } from './ratingCache';
import { AuditEntry, snapshotOf } from './recordHistory';
import { rescoreSubject } from './rescoreSubject';

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
   * The department handing the records over: they become its own, and
   * only it may revoke them. Without one (the demo seed), each row's
   * authority column names its department.
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

const AUDIT_BATCH = 1000;

/** A CSV or XLSX file; throws an AppError when the file cannot be read. */
export async function importRecords(
  deps: ImportDeps,
  source: ImportSource,
  content: Buffer,
  now: Date = new Date(),
  origin: ImportOrigin = { actor: 'seed' },
): Promise<ImportReport> {
  return importTable(deps, source, await readUpload(content), now, origin);
}

export async function importTable(
  deps: ImportDeps,
  source: ImportSource,
  table: SourceTable,
  now: Date,
  origin: ImportOrigin,
): Promise<ImportReport> {
  checkColumns(source, table.headers, REQUIRED_COLUMNS[source]);
  const today = todayInShanghai(now);
  const context: RowContext = { today, dataKey: deps.dataKey };
  const results = table.rows.map((cells, i) =>
    readRow(source, cells, i + 1, context),
  );

  const report: ImportReport = {
    source,
    format: table.format,
    encoding: table.encoding,
    rows: table.rows.length,
    counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    outcomes: [],
    problems: [],
  };
  await deps.db.sequelize.transaction(async (transaction) => {
    const store = new RecordStore(deps, origin, today, transaction);
    for (const result of results) {
      if (!result.ok) {
        report.outcomes.push('rejected');
        report.problems.push(...result.problems);
        continue;
      }
      report.outcomes.push(await store.put(result.record));
    }
    await store.finish(now);
  });

  for (const outcome of report.outcomes) report.counts[outcome] += 1;
  return report;
}

function readRow(
  source: ImportSource,
  cells: Record<string, string>,
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

/** Stores the rows of one import inside its transaction. */
class RecordStore {
  private readonly touched = new Set<number>();
  private readonly audits: AuditEntry[] = [];
  // Files repeat the same few departments and often the same subjects.
  private readonly departments = new Map<string, Department>();
  private readonly subjects = new Map<string, Subject>();

  constructor(
    private readonly deps: ImportDeps,
    private readonly origin: ImportOrigin,
    private readonly today: string,
    private readonly transaction: Transaction,
  ) {}

  async put(parsed: ParsedRecord): Promise<RowOutcome> {
    const { CreditRecord, RecordVersion } = this.deps.db.models;
    const { transaction } = this;
    const department = await this.department(parsed);
    const subject = await this.subject(parsed);
    const existing = await CreditRecord.findOne({
      where: {
        departmentId: department.id,
        type: parsed.type,
        docNumber: parsed.docNumber,
      },
      transaction,
    });
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
      status: settledStatus(parsed, existing, this.today),
      payload: parsed.payload,
    };

    if (existing === null) {
      const record = await CreditRecord.create(fields, { transaction });
      this.touched.add(subject.id);
      this.audit(record, 'create', null);
      return 'created';
    }
    if (sameContent(existing, fields)) return 'unchanged';

    // A corrected row may even name another subject: both are rescored.
    this.touched.add(existing.subjectId);
    this.touched.add(subject.id);
    const before = snapshotOf(existing);
    const version =
      (await RecordVersion.count({
        where: { recordId: existing.id },
        transaction,
      })) + 1;
    await existing.update(fields, { transaction });
    await RecordVersion.create(
      { recordId: existing.id, version, before, after: snapshotOf(existing) },
      { transaction },
    );
    this.audit(existing, 'update', before);
    return 'updated';
  }

  /** Writes the audit trail, rescores, and retires cached ratings. */
  async finish(now: Date): Promise<void> {
    const { db, cache } = this.deps;
    const { transaction } = this;
    for (let i = 0; i < this.audits.length; i += AUDIT_BATCH) {
      await db.models.RecordAudit.bulkCreate(
        this.audits.slice(i, i + AUDIT_BATCH),
        { transaction },
      );
    }
    for (const subjectId of this.touched) {
      await rescoreSubject(db, subjectId, { transaction, now });
    }
    const touched = [...this.touched];
    if (cache) transaction.afterCommit(() => forgetRatings(cache, touched));
  }

  private audit(
    record: CreditRecord,
    action: 'create' | 'update',
    before: AuditEntry['before'],
  ): void {
    this.audits.push({
      recordId: record.id,
      action,
      actor: this.origin.actor,
      reason: null,
      before,
      after: snapshotOf(record),
    });
  }

  private async department(parsed: ParsedRecord): Promise<Department> {
    if (this.origin.department) return this.origin.department;
    const key = `${parsed.department.uscc ?? ''}/${parsed.department.name}`;
    const known = this.departments.get(key);
    if (known) return known;
    const department = await findOrCreateDepartment(
      this.deps.db,
      parsed.department,
      this.transaction,
    );
    this.departments.set(key, department);
    return department;
  }

  private async subject(parsed: ParsedRecord): Promise<Subject> {
    const key = `${parsed.subject.kind}/${parsed.subject.code}`;
    const known = this.subjects.get(key);
    if (known) return known;
    const subject = await findOrCreateSubject(
      this.deps.db,
      parsed.subject,
      this.deps.dataKey,
      this.transaction,
    );
    this.subjects.set(key, subject);
    return subject;
  }
}

/**
 * The status a row leaves its record in. A revocation is final: sending the
 * original row again must not bring a revoked record back. A record whose
 * window already passed arrives expired, as the expiry job would leave it,
 * so importing a file again after the job ran still changes nothing.
 */
function settledStatus(
  parsed: ParsedRecord,
  existing: CreditRecord | null,
  today: string,
): RecordStatus {
  if (existing?.status === 'revoked') return 'revoked';
  const ended = parsed.disclosureEnd !== null && parsed.disclosureEnd < today;
  return parsed.status === 'active' && ended ? 'expired' : parsed.status;
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
