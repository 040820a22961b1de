// Every change of a credit record, oldest first: who, when, before, after.
// A record an import created has no audit row of its creation (a 100,000-
// row file would write 100,000 copies of its rows): its import batch says
// who and when, and what it was created as is what the first later change
// found, or else what it still is, since every later change is audited.
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { RecordAction } from '../db/models';
import { RecordSnapshot, snapshotOf } from './recordHistory';

export interface AuditTrailEntry {
  action: RecordAction;
  /** user:<id>, key:<key id>, job:<name>, cli or seed. */
  actor: string;
  at: Date;
  reason: string | null;
  before: RecordSnapshot | null;
  after: RecordSnapshot;
}

/** The record's trail; empty when there is no such record. */
export async function recordAuditTrail(
  db: Database,
  recordId: number,
  transaction?: Transaction,
): Promise<AuditTrailEntry[]> {
  const { CreditRecord, ImportBatch, RecordAudit } = db.models;
  const record = await CreditRecord.findByPk(recordId, { transaction });
  if (record === null) return [];
  const audits = await RecordAudit.findAll({
    where: { recordId },
    order: [['id', 'ASC']],
    transaction,
  });

  const trail: AuditTrailEntry[] = audits.map((audit) => ({
    action: audit.action,
    actor: audit.actor,
    at: audit.createdAt,
    reason: audit.reason,
    before: audit.before,
    after: audit.after,
  }));
  if (record.importBatchId === null) return trail;
  const batch = await ImportBatch.findByPk(record.importBatchId, {
    rejectOnEmpty: true,
    transaction,
  });
  const created: AuditTrailEntry = {
    action: 'create',
    actor: batch.actor,
    at: batch.createdAt,
    reason: null,
    before: null,
    after: trail[0]?.before ?? snapshotOf(record),
  };
  return [created, ...trail];
}
