// Stores freshly computed ratings and appends a history point for each
// subject whose score, grade or model version changed, so the history is
// the subject's trend and keeps every rating it ever had. Points many
// subjects of a block gain at once go in one row (ratingHistoryBlocks.ts).
import { QueryTypes, Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { idCondition } from '../db/idCondition';
import { plainRows } from '../db/plainRows';
import { breakdownOf, CompactRating } from '../domain/ratingBreakdown';
import {
  blockPoints,
  HistoryBlock,
  inHistoryBlocks,
} from './ratingHistoryBlocks';

export interface StoredRating {
  score: number;
  grade: string;
  modelVersion: number;
}

// Rows per INSERT: well inside MariaDB's default max_allowed_packet with
// a breakdown of a hundred bytes or so each.
const ROWS_PER_STATEMENT = 1000;
// Below MariaDB's in_predicate_conversion_threshold (1000).
const KEYS_PER_LOCKING_READ = 500;

/**
 * How the rescore job locks the ratings it rewrites (MySQL), before it
 * reads the records, so a record change committing meanwhile waits for
 * the job's rating and then writes its own, fresher one over it. A rating
 * missing then has no row to lock; see `keepNewer` below.
 * - 'range': every rating from the first subject id to the last, the
 *   subjects of a batch of the job. The read also locks the first rating
 *   past the range for a moment, and waits for it if another transaction
 *   holds it: the job locks its batches' ranges in their order.
 * - 'keys': each of these subjects' ratings, key by key, and nothing
 *   else, for a batch redone while later ones hold their ranges.
 * Single rescores do not lock: they run in the transaction that changed
 * the records.
 */
export type RatingLock = 'range' | 'keys';

/** The stored ratings of these subjects (ascending ids for 'range'). */
export async function readRatings(
  db: Database,
  subjectIds: number[],
  options: { transaction?: Transaction; lock?: RatingLock } = {},
): Promise<Map<number, StoredRating>> {
  if (subjectIds.length === 0) return new Map();
  const { sequelize } = db;
  const { transaction, lock } = options;
  const read = async (which: string) => {
    const rows = await plainRows<StoredRating & { subjectId: number }>(
      sequelize,
      'SELECT subject_id AS subjectId, score, grade,' +
        ` model_version AS modelVersion FROM ratings ${which}`,
      transaction,
    );
    return rows.map((row): [number, StoredRating] => [row.subjectId, row]);
  };

  // SQLite locks the whole database for a write transaction instead.
  if (lock === undefined || sequelize.getDialect() === 'sqlite') {
    return new Map(
      await read(`WHERE ${idCondition('subject_id', subjectIds)}`),
    );
  }
  // The primary key is forced: a small ratings table would otherwise be
  // scanned whole, every row of it locked, others' too.
  if (lock === 'range') {
    const first = subjectIds[0];
    const last = subjectIds[subjectIds.length - 1];
    return new Map(
      await read(
        `FORCE INDEX (PRIMARY) WHERE subject_id BETWEEN ${first} AND ${last}` +
          ' FOR UPDATE',
      ),
    );
  }
  // In lists MariaDB keeps as lists: from in_predicate_conversion_threshold
  // on, it turns one into a table of values joined to the ratings.
  const locked = [];
  for (let i = 0; i < subjectIds.length; i += KEYS_PER_LOCKING_READ) {
    const keys = subjectIds.slice(i, i + KEYS_PER_LOCKING_READ);
    locked.push(
      ...(await read(
        `FORCE INDEX (PRIMARY) WHERE subject_id IN (${keys.join(', ')})` +
          ' FOR UPDATE',
      )),
    );
  }
  return new Map(locked);
}

export interface StoreOptions {
  transaction?: Transaction;
  /**
   * `before` was read under lock while other changes may commit (the
   * rescore job at READ COMMITTED). A rating missing then may have been
   * written since by a record change, fresher than this one: it is
   * inserted, never written over, and finding it there fails the write
   * with a UniqueConstraintError, for the caller to redo under its lock.
   */
  keepNewer?: boolean;
}

export async function storeRatings(
  db: Database,
  ratings: CompactRating[],
  before: Map<number, StoredRating>,
  options: StoreOptions = {},
): Promise<void> {
  const { transaction, keepNewer = false } = options;
  const changed = ratings.filter((rating) => {
    const old = before.get(rating.subjectId);
    return (
      old === undefined ||
      old.score !== rating.score ||
      old.grade !== rating.grade ||
      old.modelVersion !== rating.modelVersion
    );
  });
  const fresh = keepNewer
    ? ratings.filter((rating) => !before.has(rating.subjectId))
    : [];
  const rewritten = keepNewer
    ? ratings.filter((rating) => before.has(rating.subjectId))
    : ratings;
  const sql = sqlWriter(db);
  // Named as inserts, so the ORM does not search the statement's text to
  // find out what it is.
  const writing = { transaction, type: QueryTypes.INSERT };
  const history = inHistoryBlocks(changed);
  const statements = [
    ...inSlices(fresh, (rows) => sql.insertRatings(rows, 'insert')),
    ...inSlices(rewritten, (rows) => sql.insertRatings(rows, 'upsert')),
    ...inSlices(history.rows, (rows) => sql.insertHistory(rows)),
    ...(history.blocks.length > 0
      ? [sql.insertHistoryBlocks(history.blocks)]
      : []),
  ];
  // Without a transaction each statement may go to another connection of
  // the pool, so they are sent one after another: the history copies the
  // ratings written before it.
  if (transaction === undefined) {
    for (const statement of statements) {
      await db.sequelize.query(statement, writing);
    }
    return;
  }
  // Sent at once: they queue in order on the transaction's connection, and
  // the database goes from one to the next without waiting for this
  // process to send it, which may be busy scoring the next subjects. A
  // failure is raised once none is in flight any more.
  const sent = await Promise.allSettled(
    statements.map((statement) => db.sequelize.query(statement, writing)),
  );
  for (const result of sent) {
    if (result.status === 'rejected') throw result.reason;
  }
}

function inSlices(
  ratings: CompactRating[],
  statement: (rows: CompactRating[]) => string,
): string[] {
  const statements = [];
  for (let i = 0; i < ratings.length; i += ROWS_PER_STATEMENT) {
    statements.push(statement(ratings.slice(i, i + ROWS_PER_STATEMENT)));
  }
  return statements;
}

// Multi-row statements with the values inlined. Model.bulkCreate builds an
// instance per row and formats each value through its data type, which
// for the rescore of everyone cost more than the database's own work.
// Values are escaped by Sequelize's own escaping for the dialect, and the
// instant by the column's type, so rows read back exactly as written by
// the ORM.
function sqlWriter(db: Database) {
  const { sequelize } = db;
  const generator = sequelize.getQueryInterface().queryGenerator as {
    escape(value: unknown, attribute: unknown): string;
  };
  const computedAtColumn = db.models.Rating.getAttributes().computedAt;
  // A rescore writes a few instants and grades hundreds of thousands of
  // times; each literal is made once.
  const instant = literalOnce((iso: string) =>
    generator.escape(new Date(iso), computedAtColumn),
  );
  const grade = literalOnce((value: string) => sequelize.escape(value));
  const verdict = (rating: CompactRating) =>
    `${rating.subjectId}, ${rating.score}, ${grade(rating.grade)},` +
    ` ${rating.modelVersion}`;
  const onConflict =
    sequelize.getDialect() === 'sqlite'
      ? 'ON CONFLICT (subject_id) DO UPDATE SET score = excluded.score,' +
        ' grade = excluded.grade, model_version = excluded.model_version,' +
        ' breakdown = excluded.breakdown, computed_at = excluded.computed_at'
      : 'ON DUPLICATE KEY UPDATE score = VALUES(score),' +
        ' grade = VALUES(grade), model_version = VALUES(model_version),' +
        ' breakdown = VALUES(breakdown), computed_at = VALUES(computed_at)';

  return {
    insertRatings(ratings: CompactRating[], how: 'insert' | 'upsert'): string {
      const rows = ratings.map(
        (rating) =>
          `(${verdict(rating)}, ${breakdownLiteral(rating)},` +
          ` ${instant(rating.computedAt)})`,
      );
      return (
        'INSERT INTO ratings (subject_id, score, grade, model_version,' +
        ` breakdown, computed_at) VALUES ${rows.join(', ')}` +
        (how === 'upsert' ? ` ${onConflict}` : '')
      );
    },
    insertHistoryBlocks(blocks: HistoryBlock[]): string {
      const rows = blocks.map(
        (block) =>
          `(${block.block}, ${instant(block.computedAt)},` +
          ` ${sequelize.escape(blockPoints(block.ratings))})`,
      );
      return (
        'INSERT INTO rating_history_blocks (block, computed_at, points)' +
        ` VALUES ${rows.join(', ')}`
      );
    },
    // A copy of the ratings just written, read back by the database: the
    // values are not sent a second time.
    insertHistory(ratings: CompactRating[]): string {
      const ids = ratings.map((rating) => rating.subjectId);
      return (
        'INSERT INTO rating_history (subject_id, score, grade,' +
        ' model_version, computed_at) SELECT subject_id, score, grade,' +
        ' model_version, computed_at FROM ratings' +
        ` WHERE ${idCondition('subject_id', ids)}`
      );
    },
  };
}

function literalOnce(make: (value: string) => string) {
  const made = new Map<string, string>();
  return (value: string): string => {
    let literal = made.get(value);
    if (literal === undefined) {
      literal = make(value);
      made.set(value, literal);
    }
    return literal;
  };
}

const KINDS = new Set(['person', 'organization']);

/**
 * The breakdown as an SQL string literal. Its JSON holds numbers and the
 * subject kind, none of which a string literal must escape on either
 * dialect, so it is quoted as it is: escaping it character by character
 * was the largest part of building a rescore's statements.
 */
function breakdownLiteral(rating: CompactRating): string {
  if (!KINDS.has(rating.subjectKind)) {
    throw new Error(`no subject kind ${String(rating.subjectKind)}`);
  }
  return `'${JSON.stringify(breakdownOf(rating))}'`;
}
