// The writes of a claim, in one transaction: the offer's counter, the
// day's counter, the claim and its voucher.
//
// The offer's row is locked by the first statement, and every claim on the
// offer queues on that lock, so the lock's life is the offer's throughput.
// The statements are therefore sent together: the connection runs each as
// soon as the one before it answered, instead of waiting for this process
// to come back to each answer while a crowd of other requests is served.
// Only the decision to commit waits for the process. A statement after a
// refused one still runs and is rolled back with it.
//
// Cancellations take the offer's row first too, so the two queue on it and
// never deadlock on the counters after it. The lock cannot come last: inserting a claim takes a shared lock on the
// offer's row (the claims.offer_id foreign key), and two claims each
// holding that lock and both asking to update the row would deadlock.
import { QueryTypes, Transaction } from 'sequelize';

import { DATABASE_TIMEZONE, type Database } from '../db/database';
import type { Claim, ClaimEligibility, Offer, Voucher } from '../db/models';
import { AppError, type ErrorCode } from '../errors';

export interface ClaimWrite {
  offer: Offer;
  /** The Shanghai day whose quota the claim takes. */
  day: string;
  subjectId: number;
  userId: number;
  slot: number;
  idempotencyKey: string;
  eligibility: ClaimEligibility;
  code: string;
  expiresAt: Date;
  now: Date;
}

export async function writeClaim(
  db: Database,
  write: ClaimWrite,
): Promise<{ claim: Claim; voucher: Voucher }> {
  return db.sequelize.transaction(async (transaction) => {
    const steps = stepsOf(db, write, transaction);
    const answers = await Promise.allSettled(steps.map((step) => step.run()));
    // The first failure in order is the reason: a refused counter makes
    // the statements after it meaningless, whatever they answered.
    const ids: number[] = [];
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 'rejected') throw answer.reason;
      const { id, changed } = answer.value;
      if (changed === 0) throw new AppError(steps[i].refusal);
      if (id !== null) ids.push(id);
    }
    const [claimId, voucherId] = ids;
    const { Claim, Voucher } = db.models;
    return {
      claim: Claim.build({
        id: claimId,
        offerId: write.offer.id,
        subjectId: write.subjectId,
        userId: write.userId,
        slot: write.slot,
        idempotencyKey: write.idempotencyKey,
        eligibility: write.eligibility,
        createdAt: write.now,
      }),
      voucher: Voucher.build({
        id: voucherId,
        claimId,
        code: write.code,
        status: 'issued',
        expiresAt: write.expiresAt,
        redeemedAt: null,
        redeemedByUserId: null,
        cancelledAt: null,
        createdAt: write.now,
      }),
    };
  });
}

interface Step {
  /** Rows changed, and the new row's id for an insert. */
  run(): Promise<{ changed: number; id: number | null }>;
  /** The answer when the statement changed no row. */
  refusal: ErrorCode;
}

function stepsOf(
  db: Database,
  write: ClaimWrite,
  transaction: Transaction,
): Step[] {
  const { sequelize } = db;
  const { offer } = write;
  const instant = instantWriter(db);
  const update = (sql: string, replacements: unknown[]) => async () => {
    const [, changed] = (await sequelize.query(sql, {
      replacements,
      type: QueryTypes.UPDATE,
      transaction,
    })) as unknown as [unknown, number];
    return { changed, id: null };
  };
  const insert = (sql: string, replacements: unknown[]) => async () => {
    const [id, changed] = await sequelize.query(sql, {
      replacements,
      type: QueryTypes.INSERT,
      transaction,
    });
    return { changed, id: Number(id) };
  };

  const steps: Step[] = [
    {
      run: update(
        'UPDATE offers SET claimed = claimed + 1' +
          ' WHERE id = ? AND claimed < quota',
        [offer.id],
      ),
      refusal: 'quota_exhausted',
    },
  ];
  if (offer.perDayQuota !== null) {
    // The day's first claim creates its row; later ones find it there.
    const ignore =
      sequelize.getDialect() === 'sqlite'
        ? 'INSERT OR IGNORE'
        : 'INSERT IGNORE';
    steps.push(
      {
        run: async () => {
          await sequelize.query(
            `${ignore} INTO offer_day_counters (offer_id, day, claimed)` +
              ' VALUES (?, ?, 0)',
            { replacements: [offer.id, write.day], transaction },
          );
          return { changed: 1, id: null };
        },
        refusal: 'internal',
      },
      {
        run: update(
          'UPDATE offer_day_counters SET claimed = claimed + 1' +
            ' WHERE offer_id = ? AND day = ? AND claimed < ?',
          [offer.id, write.day, offer.perDayQuota],
        ),
        refusal: 'daily_quota_exhausted',
      },
    );
  }
  steps.push(
    {
      run: insert(
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
      ),
      refusal: 'internal',
    },
    {
      // The claim's id is not back yet: the voucher finds its claim by the
      // claim's unique key, seeing this transaction's own insert.
      run: insert(
        'INSERT INTO vouchers (claim_id, code, status, expires_at,' +
          ' created_at) SELECT id, ?, ?, ?, ? FROM claims' +
          ' WHERE subject_id = ? AND idempotency_key = ?',
        [
          write.code,
          'issued',
          instant(write.expiresAt),
          instant(write.now),
          write.subjectId,
          write.idempotencyKey,
        ],
      ),
      refusal: 'internal',
    },
  );
  return steps;
}

// A Date in raw replacements loses its milliseconds; the column's own type
// writes the instant exactly as the models do, on either database.
function instantWriter(db: Database): (date: Date) => string {
  const type = db.models.Claim.getAttributes().createdAt.type as unknown as {
    stringify(value: Date, options: { timezone?: string }): string;
  };
  return (date) => type.stringify(date, { timezone: DATABASE_TIMEZONE });
}
