// Finds the subjects of many rows at once by their codes, creating the
// unknown ones, with one query to look up and one insert to create (and one
// query to read the new ids back where the insert cannot return them): an
// import chunk repeats subjects and would otherwise cost a round trip per
// row. A subject's name is the one its most recent decision gives (a
// company renamed since its first record is shown by its new name): it is
// created from the latest row naming it, and renamed by a row decided no
// earlier than the one its name came from.
import { Op, QueryTypes, Transaction, WhereOptions } from 'sequelize';

import type { Database } from '../db/database';
import { insertRowsReturning } from '../db/insertRows';
import type { Subject } from '../db/models';
import { hashCode, protectCode } from '../domain/subjectCode';
import type { SubjectRef } from './import/parsedRecord';

/** Identifies a subject within one import; holds the plain code in memory. */
export function subjectKey(ref: Pick<SubjectRef, 'kind' | 'code'>): string {
  return `${ref.kind}/${ref.code}`;
}

/** A subject as a row names it, on the date of the row's decision. */
export type NamedRef = SubjectRef & { namedOn: string };

type Wanted = NamedRef & { codeHash: string };

interface Found {
  id: number;
  name: string;
  namedOn: string | null;
}

/** The subject id of each ref, by subjectKey. */
export async function findOrCreateSubjects(
  db: Database,
  refs: NamedRef[],
  dataKey: Buffer,
  transaction: Transaction,
): Promise<Map<string, number>> {
  const wanted = new Map<string, Wanted>();
  for (const ref of refs) {
    const key = subjectKey(ref);
    const seen = wanted.get(key);
    // Of rows decided the same day, the later row names the subject.
    if (seen !== undefined && seen.namedOn > ref.namedOn) continue;
    const codeHash = seen?.codeHash ?? hashCode(ref.code, dataKey);
    wanted.set(key, { ...ref, codeHash });
  }

  const ids = new Map<string, number>();
  const found = await findByHash(db, [...wanted.values()], transaction);
  const missing: Wanted[] = [];
  const renamed: Found[] = [];
  for (const [key, ref] of wanted) {
    const subject = found.get(`${ref.kind}/${ref.codeHash}`);
    if (subject === undefined) {
      missing.push(ref);
      continue;
    }
    ids.set(key, subject.id);
    if (renames(subject, ref)) {
      renamed.push({ id: subject.id, name: ref.name, namedOn: ref.namedOn });
    }
  }
  await rename(db, renamed, transaction);
  if (missing.length === 0) return ids;

  const inserted = await insertRowsReturning(
    db.models.Subject,
    missing.map((ref) => ({
      kind: ref.kind,
      category: ref.category,
      name: ref.name,
      region: ref.region,
      namedOn: ref.namedOn,
      ...protectCode(ref.kind, ref.code, dataKey),
    })),
    ['id', 'kind', 'codeHash'],
    transaction,
  );
  const created = inserted
    ? idsByHash(inserted)
    : await findByHash(db, missing, transaction);
  for (const ref of missing) {
    const id = created.get(`${ref.kind}/${ref.codeHash}`)?.id;
    if (id === undefined) throw new Error('a created subject was not found');
    ids.set(subjectKey(ref), id);
  }
  return ids;
}

/**
 * Whether a row decided later than the subject's name, or the same day
 * under another name, must be kept: the date moves on even when the name
 * stays, so an older row read afterwards cannot bring back an old name.
 */
function renames(subject: Found, ref: Wanted): boolean {
  if (subject.namedOn === null) return true;
  if (ref.namedOn > subject.namedOn) return true;
  return ref.namedOn === subject.namedOn && ref.name !== subject.name;
}

/** One statement for every subject of a chunk whose name moves on. */
async function rename(
  db: Database,
  subjects: Found[],
  transaction: Transaction,
): Promise<void> {
  if (subjects.length === 0) return;
  const cases = subjects.map(() => 'WHEN ? THEN ?').join(' ');
  const sql =
    `UPDATE subjects SET name = CASE id ${cases} END,` +
    ` named_on = CASE id ${cases} END WHERE id IN (?)`;
  const replacements = [
    ...subjects.flatMap((s) => [s.id, s.name]),
    ...subjects.flatMap((s) => [s.id, s.namedOn]),
    subjects.map((s) => s.id),
  ];
  await db.sequelize.query(sql, {
    replacements,
    type: QueryTypes.UPDATE,
    transaction,
  });
}

/**
 * Subjects by kind/codeHash; the unique index leads with kind, so group by
 * it.
 */
async function findByHash(
  db: Database,
  refs: { kind: Subject['kind']; codeHash: string }[],
  transaction: Transaction,
): Promise<Map<string, Found>> {
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
    attributes: ['id', 'kind', 'codeHash', 'name', 'namedOn'],
    where,
    raw: true,
    transaction,
  });
  return new Map(
    rows.map((row) => [
      `${row.kind}/${row.codeHash}`,
      { id: row.id, name: row.name, namedOn: dateText(row.namedOn) },
    ]),
  );
}

function idsByHash(
  rows: Pick<Subject, 'id' | 'kind' | 'codeHash'>[],
): Map<string, { id: number }> {
  return new Map(rows.map((row) => [`${row.kind}/${row.codeHash}`, row]));
}

// A DATEONLY read raw is text on SQLite and may be a Date from the MariaDB
// driver.
function dateText(value: string | Date | null): string | null {
  if (value === null || typeof value === 'string') return value;
  return value.toISOString().slice(0, 10);
}
