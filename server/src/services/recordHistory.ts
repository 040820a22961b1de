// What the audit trail and the version history keep of a credit record:
// its business fields, never its ids of storage or timestamps.
import type { CreditRecord, RecordAction } from '../db/models';

export type RecordSnapshot = Record<string, unknown>;

const FIELDS = [
  'subjectId',
  'departmentId',
  'type',
  'docNumber',
  'title',
  'category',
  'amountFen',
  'decisionDate',
  'disclosureEnd',
  'severity',
  'status',
  'payload',
] as const;

export function snapshotOf(record: CreditRecord): RecordSnapshot {
  return Object.fromEntries(FIELDS.map((name) => [name, record.get(name)]));
}

/** The snapshot a record with these values will have once stored. */
export function snapshotOfValues(values: object): RecordSnapshot {
  const fields = values as Record<string, unknown>;
  return Object.fromEntries(FIELDS.map((name) => [name, fields[name]]));
}

export interface AuditEntry {
  recordId: number;
  action: RecordAction;
  actor: string;
  reason: string | null;
  before: RecordSnapshot | null;
  after: RecordSnapshot;
}
