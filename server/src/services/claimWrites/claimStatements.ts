// The SQL of a claim's writes with its replacements, shared by the
// transaction and the single-statement forms of writeClaim.
import { DATABASE_TIMEZONE, type Database } from '../../db/database';
import type { ErrorCode } from '../../errors';
import type { ClaimWrite } from './writeClaim';

export type Statement = [sql: string, replacements: unknown[]];

export interface Counter {
  /** Run first, whatever they change. */
  prepare: Statement[];
  /** Changes one row, or none when the counter is full. */
  take: Statement;
  refusal: Extract<ErrorCode, 'quota_exhausted' | 'daily_quota_exhausted'>;
}

export interface ClaimStatements {
  /** In order: the offer's total first, its lock queues the claims. */
  counters: Counter[];
  claim: Statement;
  /** Takes the claim's id as the last one this connection generated. */
  voucher: Statement;
}

/**
 * `instant` turns a Date into the value the statement is sent with: see
 * instantWriter for Sequelize's replacements; mysql2 takes a Date as is.
 */
export function claimStatements(
  db: Database,
  write: ClaimWrite,
  instant: (date: Date) => unknown,
): ClaimStatements {
  const { offer } = write;
  const sqlite = db.sequelize.getDialect() === 'sqlite';
  const counters: Counter[] = [
    {
      prepare: [],
      take: [
        'UPDATE offers SET claimed = claimed + 1' +
          ' WHERE id = ? AND claimed < quota',
        [offer.id],
      ],
      refusal: 'quota_exhausted',
    },
  ];
  if (offer.perDayQuota !== null) {
    counters.push({
      // The day's first claim creates its row; later ones find it there.
      prepare: [
        [
          `${sqlite ? 'INSERT OR IGNORE' : 'INSERT IGNORE'} INTO` +
            ' offer_day_counters (offer_id, day, claimed) VALUES (?, ?, 0)',
          [offer.id, write.day],
        ],
      ],
      take: [
        'UPDATE offer_day_counters SET claimed = claimed + 1' +
          ' WHERE offer_id = ? AND day = ? AND claimed < ?',
        [offer.id, write.day, offer.perDayQuota],
      ],
      refusal: 'daily_quota_exhausted',
    });
  }
  return {
    counters,
    claim: [
      'INSERT INTO claims (offer_id, subject_id, user_id, slot,' +
        ' idempotency_key, eligibility, created_at)' +
        ' VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        offer.id,
        write.subjectId,
        write.userId,
        write.slot,
        write.idempotencyKey,
        JSON.stringify(write.eligibility),
        instant(write.now),
      ],
    ],
    // Finding the claim by its unique key instead would lock the gap
    // around it and hold up the claims of neighbouring subjects.
    voucher: [
      'INSERT INTO vouchers (claim_id, code, status, expires_at, created_at)' +
        ` VALUES (${sqlite ? 'last_insert_rowid()' : 'LAST_INSERT_ID()'},` +
        ' ?, ?, ?, ?)',
      [write.code, 'issued', instant(write.expiresAt), instant(write.now)],
    ],
  };
}

// A Date in Sequelize's raw replacements loses its milliseconds; the
// column's own type writes the instant exactly as the models do, on either
// database.
export function instantWriter(db: Database): (date: Date) => string {
  const type = db.models.Claim.getAttributes().createdAt.type as unknown as {
    stringify(value: Date, options: { timezone?: string }): string;
  };
  return (date) => type.stringify(date, { timezone: DATABASE_TIMEZONE });
}
