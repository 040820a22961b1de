// The writes of a claim, all or nothing: the offer's counter, the day's
// counter, the claim and its voucher. Each counter is a conditional UPDATE
// that refuses the claim when it changes no row.
//
// Every claim on an offer queues on the lock of the offer's row, so how
// long a claim holds it is the offer's throughput in a flash crowd. On
// MariaDB the whole transaction is therefore one statement run by the
// server (inOneStatement), holding the lock for as long as the server
// needs and not for this process's round trips. Elsewhere (SQLite, whose
// writers queue anyway, or MySQL) it is an ordinary transaction.
//
// Cancellations take the offer's row first too, so the two queue on it and
// never deadlock on the counters after it. The lock cannot come last:
// inserting a claim takes a shared lock on the offer's row (the
// claims.offer_id foreign key), and two claims each holding that lock and
// both asking to update the row would deadlock.
import { QueryTypes } from 'sequelize';

import { type Database } from '../../db/database';
import { isMariaDb } from '../../db/serverKind';
import type { ClaimEligibility } from '../../db/models';
import { AppError } from '../../errors';
import type { VoucherParts } from '../presentVouchers';
import { claimStatements, instantWriter } from './claimStatements';
import { inOneStatement } from './inOneStatement';

export interface ClaimWrite {
  offer: { id: number; perDayQuota: number | null };
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

export interface WrittenIds {
  voucherId: number;
}

/** Throws quota_exhausted, daily_quota_exhausted or a unique violation. */
export async function writeClaim(
  db: Database,
  write: ClaimWrite,
): Promise<Pick<VoucherParts, 'claim' | 'voucher'>> {
  const ids = (await isMariaDb(db.sequelize))
    ? await inOneStatement(db, write)
    : await inTransaction(db, write);
  return written(write, ids);
}

async function inTransaction(
  db: Database,
  write: ClaimWrite,
): Promise<WrittenIds> {
  const { sequelize } = db;
  const statements = claimStatements(db, write, instantWriter(db));
  return sequelize.transaction(async (transaction) => {
    const run = (sql: string, replacements: unknown[], type: QueryTypes) =>
      sequelize.query(sql, { replacements, type, transaction }) as Promise<
        unknown[]
      >;
    for (const counter of statements.counters) {
      for (const [sql, replacements] of counter.prepare) {
        await run(sql, replacements, QueryTypes.RAW);
      }
      const [, changed] = await run(...counter.take, QueryTypes.UPDATE);
      if (changed === 0) throw new AppError(counter.refusal);
    }
    await run(...statements.claim, QueryTypes.INSERT);
    const [voucherId] = await run(...statements.voucher, QueryTypes.INSERT);
    return { voucherId: Number(voucherId) };
  });
}

// What the answer shows of the rows as written, without reading them back.
function written(write: ClaimWrite, ids: WrittenIds) {
  return {
    claim: { createdAt: write.now },
    voucher: {
      id: ids.voucherId,
      code: write.code,
      status: 'issued' as const,
      expiresAt: write.expiresAt,
      redeemedAt: null,
    },
  };
}
