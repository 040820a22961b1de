// A claim's transaction as one MariaDB compound statement: the server
// takes the counters, inserts the claim and the voucher and commits, or
// rolls back and names the full counter, without a round trip to this
// process while it holds the offer's lock. Any error rolls back and is
// raised again as it was (a unique violation stays one). It goes straight
// to the driver (driverQuery): every voucher of a flash crowd runs it.
import type { Database } from '../../db/database';
import { driverQuery } from '../../db/driverQuery';
import { AppError, type ErrorCode } from '../../errors';
import { claimStatements, type Statement } from './claimStatements';
import type { ClaimWrite, WrittenIds } from './writeClaim';

interface Outcome {
  refusal: ErrorCode | null;
  voucherId: number | null;
}

export async function inOneStatement(
  db: Database,
  write: ClaimWrite,
): Promise<WrittenIds> {
  const statements = claimStatements(db, write, (date) => date);
  const parts: Statement[] = [];
  for (const counter of statements.counters) {
    parts.push(...counter.prepare, counter.take, [
      'IF ROW_COUNT() = 0 THEN ROLLBACK;' +
        ` SELECT '${counter.refusal}' AS refusal, NULL AS voucherId;` +
        ' LEAVE claim; END IF',
      [],
    ]);
  }
  parts.push(
    statements.claim,
    statements.voucher,
    ['SET voucher_id = LAST_INSERT_ID()', []],
    ['COMMIT', []],
    ['SELECT NULL AS refusal, voucher_id AS voucherId', []],
  );
  const sql =
    'BEGIN NOT ATOMIC DECLARE voucher_id INT;' +
    ' DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;' +
    ' START TRANSACTION; claim: BEGIN ' +
    parts.map(([part]) => `${part};`).join(' ') +
    ' END; END';
  // The SELECT's rows, then the compound statement's own result.
  const [[outcome]] = await driverQuery<[Outcome[], unknown]>(
    db.sequelize,
    sql,
    parts.flatMap(([, values]) => values),
  );
  if (outcome.refusal !== null) throw new AppError(outcome.refusal);
  return { voucherId: Number(outcome.voucherId) };
}
