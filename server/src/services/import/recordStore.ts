// Stores the valid rows of one import, a chunk at a time, inside the
// import's transaction. Per chunk the subjects are found or created with
// one lookup, the records the rows name are read with one query, and the
// new records, versions and audit entries are written with one insert
// each; only records a row corrects are saved one by one. A created record
// gets no audit row of its own: it names its import batch, written once
// per import, which with the record tells who created it, when and as what
// (recordAuditTrail.ts); corrections are audited row by row. The rows of a
// chunk are settled in order in memory first, so a chunk that names the
// same document twice ends exactly as if its rows were stored one by one.
import type { ImportSource, RecordStatus } from '@creditplus/shared';
import { CreationAttributes, Op, Transaction, WhereOptions } from 'sequelize';

import { insertRows } from '../../db/insertRows';
import type { CreditRecord, Department } from '../../db/models';
import { findOrCreateDepartment } from '../findOrCreateDepartment';
import { findOrCreateSubjects, subjectKey } from '../findOrCreateSubjects';
import type { ImportDeps, ImportOrigin } from '../importRecords';
import { forgetRatings } from '../ratingCache';
import { RecordSnapshot, snapshotOf, snapshotOfValues } from '../recordHistory';
import { rescoreSubjects } from '../rescoreSubjects';
import type { ParsedRecord } from './parsedRecord';

export type StoredOutcome = 'created' | 'updated' | 'unchanged';

type RecordFields = CreationAttributes<CreditRecord>;
type RecordKey = Pick<RecordFields, 'departmentId' | 'type' | 'docNumber'>;

/**
 * A record a chunk names: stored before it, or new in it. New records stay
 * plain values until inserted; a model instance per row would cost more
 * than the insert.
 */
type Tracked = (
  | { stored: CreditRecord; values: null }
  | { stored: null; values: RecordFields }
) & {
  /** Null for a new record until a correction in its chunk needs it. */
  id: number | null;
  /** Corrections so far in this chunk, numbering its versions. */
  corrections: number;
};

interface ChunkWrites {
  created: Tracked[];
  corrected: Set<Tracked>;
  /** Each correction: a version and an audit entry. */
  versions: {
    tracked: Tracked;
    correction: number;
    before: RecordSnapshot;
    after: RecordSnapshot;
  }[];
}

export class RecordStore {
  // Subjects whose records changed: rescored once, after the last chunk,
  // so each gains one history point per import as before.
  private readonly touched = new Set<number>();
  // Files repeat the same few departments.
  private readonly departments = new Map<string, Department>();
  // Written with the first record the import creates, so an import that
  // creates nothing leaves no trace.
  private batchId: number | null = null;
  // The last chunk's writes run in the database while the caller reads the
  // next chunk; the next chunk's queries wait for them.
  private writing: Promise<void> = Promise.resolve();
  // The chunk being looked up and settled, which may start writes of its
  // own: what settled() waits for before a failed import rolls back.
  private putting: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: ImportDeps,
    private readonly source: ImportSource,
    private readonly origin: ImportOrigin,
    private readonly today: string,
    private readonly transaction: Transaction,
  ) {}

  /**
   * Stores the valid rows of one chunk; their outcomes, in order. Returns
   * once the rows are settled, with their writes under way: finish() or
   * the next chunk waits for them and throws what they threw.
   */
  putChunk(rows: ParsedRecord[]): Promise<StoredOutcome[]> {
    const putting = this.put(rows);
    this.putting = putting;
    // Marked handled here so a failure while the caller reads on does not
    // end the process as an unhandled rejection; awaiting it still throws.
    putting.catch(() => undefined);
    return putting;
  }

  /**
   * Waits for every query this store sent, whatever became of them, so a
   * failed import rolls back only once none of them is still running.
   */
  async settled(): Promise<void> {
    await this.putting.catch(() => undefined);
    await this.writing.catch(() => undefined);
  }

  private async put(rows: ParsedRecord[]): Promise<StoredOutcome[]> {
    if (rows.length === 0) return [];
    const { db, dataKey } = this.deps;
    await this.writing;
    const departmentIds: number[] = [];
    for (const parsed of rows) {
      departmentIds.push((await this.department(parsed)).id);
    }
    // Independent tables: the records lookup runs while the subjects are
    // hashed and created.
    const [subjectIds, tracked] = await Promise.all([
      findOrCreateSubjects(
        db,
        rows.map((parsed) => ({
          ...parsed.subject,
          namedOn: parsed.decisionDate,
        })),
        dataKey,
        this.transaction,
      ),
      this.findRecords(
        rows.map((parsed, i) => ({
          departmentId: departmentIds[i],
          type: parsed.type,
          docNumber: parsed.docNumber,
        })),
      ),
    ]);

    const writes: ChunkWrites = {
      created: [],
      corrected: new Set(),
      versions: [],
    };
    const outcomes = rows.map((parsed, i) => {
      const subjectId = subjectIds.get(subjectKey(parsed.subject));
      if (subjectId === undefined) throw new Error('subject not resolved');
      return this.settle(parsed, departmentIds[i], subjectId, tracked, writes);
    });
    this.writing = this.write(writes);
    // Marked handled here so a failure meanwhile does not end the process
    // as an unhandled rejection; awaiting it still throws.
    this.writing.catch(() => undefined);
    return outcomes;
  }

  /** Rescores every touched subject and retires their cached ratings. */
  async finish(now: Date): Promise<void> {
    const { db, cache } = this.deps;
    const { transaction } = this;
    await this.writing;
    const touched = [...this.touched];
    await rescoreSubjects(db, touched, { transaction, now });
    if (cache) transaction.afterCommit(() => forgetRatings(cache, touched));
  }

  /** Decides one row against what the chunk holds so far. */
  private settle(
    parsed: ParsedRecord,
    departmentId: number,
    subjectId: number,
    tracked: Map<string, Tracked>,
    writes: ChunkWrites,
  ): StoredOutcome {
    const key = keyOf({
      departmentId,
      type: parsed.type,
      docNumber: parsed.docNumber,
    });
    const current = tracked.get(key);
    const fields: RecordFields = {
      subjectId,
      departmentId,
      type: parsed.type,
      docNumber: parsed.docNumber,
      title: parsed.title,
      category: parsed.category,
      amountFen: parsed.amountFen,
      decisionDate: parsed.decisionDate,
      disclosureEnd: parsed.disclosureEnd,
      severity: parsed.severity,
      status: settledStatus(
        parsed,
        current && valueOf(current, 'status'),
        this.today,
      ),
      payload: parsed.payload,
    };

    if (current === undefined) {
      const created: Tracked = {
        stored: null,
        values: fields,
        id: null,
        corrections: 0,
      };
      tracked.set(key, created);
      writes.created.push(created);
      this.touched.add(subjectId);
      return 'created';
    }
    if (sameContent(current, fields)) return 'unchanged';

    // A corrected row may even name another subject: both are rescored.
    this.touched.add(valueOf(current, 'subjectId'));
    this.touched.add(subjectId);
    const before = snapshotOfTracked(current);
    if (current.stored === null) current.values = fields;
    else {
      current.stored.set(fields);
      writes.corrected.add(current);
    }
    current.corrections += 1;
    const after = snapshotOfTracked(current);
    writes.versions.push({
      tracked: current,
      correction: current.corrections,
      before,
      after,
    });
    return 'updated';
  }

  private async write(writes: ChunkWrites): Promise<void> {
    const { CreditRecord, RecordAudit, RecordVersion } = this.deps.db.models;
    const { transaction } = this;

    if (writes.created.length > 0) {
      const importBatchId = await this.importBatchId();
      await insertRows(
        CreditRecord,
        writes.created.map((t) => {
          const fields = t.values as RecordFields;
          fields.importBatchId = importBatchId;
          return fields;
        }),
        transaction,
      );
    }
    // Only a record created and corrected in this chunk needs its id here,
    // for its versions: those few are read back by key rather than every
    // created record returned by its insert.
    const unknown = [...new Set(writes.versions.map((v) => v.tracked))].filter(
      (t) => t.id === null,
    );
    if (unknown.length > 0) {
      const ids = byKey(
        await this.findKeys(unknown.map((t) => t.values as RecordFields)),
      );
      for (const t of unknown) {
        t.id = ids.get(keyOf(t.values as RecordFields)) ?? null;
        if (t.id === null) throw new Error('a created record was not found');
      }
    }
    for (const { stored } of writes.corrected) {
      await stored?.save({ transaction });
    }

    const stored = await this.versionCounts(
      [...writes.corrected].map((t) => idOf(t)),
    );
    await insertRows(
      RecordVersion,
      writes.versions.map((v) => {
        const recordId = idOf(v.tracked);
        return {
          recordId,
          version: (stored.get(recordId) ?? 0) + v.correction,
          before: v.before,
          after: v.after,
        };
      }),
      transaction,
    );
    await insertRows(
      RecordAudit,
      writes.versions.map((v) => ({
        recordId: idOf(v.tracked),
        action: 'update' as const,
        actor: this.origin.actor,
        reason: null,
        before: v.before,
        after: v.after,
      })),
      transaction,
    );
  }

  private async importBatchId(): Promise<number> {
    if (this.batchId === null) {
      const batch = await this.deps.db.models.ImportBatch.create(
        { actor: this.origin.actor, source: this.source },
        { transaction: this.transaction },
      );
      this.batchId = batch.id;
    }
    return this.batchId;
  }

  /** The stored records these keys name, by keyOf. */
  private async findRecords(keys: RecordKey[]): Promise<Map<string, Tracked>> {
    const records = await this.deps.db.models.CreditRecord.findAll({
      where: whereKeys(keys),
      transaction: this.transaction,
    });
    return new Map(
      records.map((record) => [
        keyOf(record),
        { stored: record, values: null, id: record.id, corrections: 0 },
      ]),
    );
  }

  private async findKeys(
    keys: RecordKey[],
  ): Promise<(RecordKey & { id: number })[]> {
    return this.deps.db.models.CreditRecord.findAll({
      attributes: ['id', 'departmentId', 'type', 'docNumber'],
      where: whereKeys(keys),
      raw: true,
      transaction: this.transaction,
    });
  }

  /** How many versions each record kept before this chunk. */
  private async versionCounts(
    recordIds: number[],
  ): Promise<Map<number, number>> {
    if (recordIds.length === 0) return new Map();
    const { models, sequelize } = this.deps.db;
    const rows = (await models.RecordVersion.findAll({
      attributes: ['recordId', [sequelize.fn('COUNT', '*'), 'count']],
      where: { recordId: recordIds },
      group: ['recordId'],
      raw: true,
      transaction: this.transaction,
    })) as unknown as { recordId: number; count: number | string }[];
    return new Map(rows.map((row) => [row.recordId, Number(row.count)]));
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
}

function keyOf(key: RecordKey): string {
  return `${key.departmentId}/${key.type}/${key.docNumber}`;
}

function byKey(rows: (RecordKey & { id: number })[]): Map<string, number> {
  return new Map(rows.map((row) => [keyOf(row), row.id]));
}

function idOf(tracked: Tracked): number {
  if (tracked.id === null) throw new Error('record id not known yet');
  return tracked.id;
}

/**
 * Matches (department, type, document number) triples, grouped so each
 * group is an IN list on the unique index.
 */
function whereKeys(keys: RecordKey[]): WhereOptions<CreditRecord> {
  const groups = new Map<
    string,
    Omit<RecordKey, 'docNumber'> & { docNumbers: string[] }
  >();
  for (const key of keys) {
    const group = `${key.departmentId}/${key.type}`;
    const found = groups.get(group) ?? {
      departmentId: key.departmentId,
      type: key.type,
      docNumbers: [],
    };
    found.docNumbers.push(key.docNumber);
    groups.set(group, found);
  }
  return {
    [Op.or]: [...groups.values()].map((g) => ({
      departmentId: g.departmentId,
      type: g.type,
      docNumber: g.docNumbers,
    })),
  };
}

/**
 * The status a row leaves its record in. A revocation is final: sending the
 * original row again must not bring a revoked record back. A record whose
 * window already passed arrives expired, as the expiry job would leave it,
 * so importing a file again after the job ran still changes nothing.
 */
function settledStatus(
  parsed: ParsedRecord,
  current: RecordStatus | undefined,
  today: string,
): RecordStatus {
  if (current === 'revoked') return 'revoked';
  const ended = parsed.disclosureEnd !== null && parsed.disclosureEnd < today;
  return parsed.status === 'active' && ended ? 'expired' : parsed.status;
}

function sameContent(tracked: Tracked, fields: RecordFields): boolean {
  return Object.entries(fields).every(([name, value]) => {
    const current = valueOf(tracked, name as keyof RecordFields);
    return JSON.stringify(current) === JSON.stringify(value);
  });
}

function valueOf<K extends keyof RecordFields>(
  tracked: Tracked,
  name: K,
): RecordFields[K] {
  return tracked.stored === null
    ? tracked.values[name]
    : (tracked.stored.get(name) as RecordFields[K]);
}

function snapshotOfTracked(tracked: Tracked): RecordSnapshot {
  return tracked.stored === null
    ? snapshotOfValues(tracked.values)
    : snapshotOf(tracked.stored);
}
