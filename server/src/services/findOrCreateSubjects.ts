// Finds the subjects of many rows at once by their codes, creating the
// unknown ones, with one query to look up and one insert to create (and one
// query to read the new ids back where the insert cannot return them): an
// import chunk repeats subjects and would otherwise cost a round trip per
// row. Each subject is created from the first row naming it.
import { Op, Transaction, WhereOptions } from 'sequelize';

import type { Database } from '../db/database';
import { insertRowsReturning } from '../db/insertRows';
import type { Subject } from '../db/models';
import { hashCode, protectCode } from '../domain/subjectCode';
import type { SubjectRef } from './import/parsedRecord';

/** Identifies a subject within one import; holds the plain code in memory. */
export function subjectKey(ref: Pick<SubjectRef, 'kind' | 'code'>): string {
  return `${ref.kind}/${ref.code}`;
}

/** The subject id of each ref, by subjectKey. */
export async function findOrCreateSubjects(
  db: Database,
  refs: SubjectRef[],
  dataKey: Buffer,
  transaction: Transaction,
): Promise<Map<string, number>> {
  const wanted = new Map<string, SubjectRef & { codeHash: string }>();
  for (const ref of refs) {
    const key = subjectKey(ref);
    if (wanted.has(key)) continue;
    wanted.set(key, { ...ref, codeHash: hashCode(ref.code, dataKey) });
  }

  const ids = new Map<string, number>();
  const found = await findByHash(db, [...wanted.values()], transaction);
  const missing: (SubjectRef & { codeHash: string })[] = [];
  for (const [key, ref] of wanted) {
    const id = found.get(`${ref.kind}/${ref.codeHash}`);
    if (id === undefined) missing.push(ref);
    else ids.set(key, id);
  }
  if (missing.length === 0) return ids;

  const inserted = await insertRowsReturning(
    db.models.Subject,
    missing.map((ref) => ({
      kind: ref.kind,
      category: ref.category,
      name: ref.name,
      region: ref.region,
      ...protectCode(ref.kind, ref.code, dataKey),
    })),
    ['id', 'kind', 'codeHash'],
    transaction,
  );
  const created = inserted
    ? byHash(inserted)
    : await findByHash(db, missing, transaction);
  for (const ref of missing) {
    const id = created.get(`${ref.kind}/${ref.codeHash}`);
    if (id === undefined) throw new Error('a created subject was not found');
    ids.set(subjectKey(ref), id);
  }
  return ids;
}

/** Ids by kind/codeHash; the unique index leads with kind, so group by it. */
async function findByHash(
  db: Database,
  refs: { kind: Subject['kind']; codeHash: string }[],
  transaction: Transaction,
): Promise<Map<string, number>> {
  const byKind = new Map<Subject['kind'], string[]>();
  for (const ref of refs) {
    const hashes = byKind.get(ref.kind) ?? [];
    hashes.push(ref.codeHash);
    byKind.set(ref.kind, hashes);
  }
  const where: WhereOptions<Subject> = {
    [Op.or]: [...byKind].map(([kind, codeHash]) => ({ kind, codeHash })),
  };
  const rows = await db.models.Subject.findAll({
    attributes: ['id', 'kind', 'codeHash'],
    where,
    raw: true,
    transaction,
  });
  return byHash(rows);
}

function byHash(
  rows: Pick<Subject, 'id' | 'kind' | 'codeHash'>[],
): Map<string, number> {
  return new Map(rows.map((row) => [`${row.kind}/${row.codeHash}`, row.id]));
}
