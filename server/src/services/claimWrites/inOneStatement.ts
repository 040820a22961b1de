// A claim's transaction as one MariaDB compound statement: the server
// takes the counters, inserts the claim and the voucher and commits, or
// rolls back and names the full counter, without a round trip to this
// process while it holds the offer's lock. Any error rolls back and is
// raised again as it was (a unique violation stays one).
import { QueryTypes } from 'sequelize';

import type { Database } from '../../db/database';
import { AppError, type ErrorCode } from '../../errors';
import { claimStatements, type Statement } from './claimStatements';
import type { ClaimWrite, WrittenIds } from './writeClaim';

interface Outcome {
  refusal: ErrorCode | null;
  claimId: number | null;
  voucherId: number | null;
}

export async function inOneStatement(
  db: Database,
  write: ClaimWrite,
): Promise<WrittenIds> {
  const statements = claimStatements(db, write);
  const parts: Statement[] = [];
  for (const counter of statements.counters) {
    parts.push(...counter.prepare, counter.take, [
      'IF ROW_COUNT() = 0 THEN ROLLBACK;' +
        ` SELECT '${counter.refusal}' AS refusal, NULL AS claimId,` +
        ' NULL AS voucherId; LEAVE claim; END IF',
      [],
    ]);
  }
  parts.push(
    statements.claim,
    ['SET claim_id = LAST_INSERT_ID()', []],
    statements.voucher,
    ['SET voucher_id = LAST_INSERT_ID()', []],
    ['COMMIT', []],
    [
      'SELECT NULL AS refusal, claim_id AS claimId, voucher_id AS voucherId',
      [],
    ],
  );
  const sql =
    'BEGIN NOT ATOMIC DECLARE claim_id, voucher_id INT;' +
    ' DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;' +
    ' START TRANSACTION; claim: BEGIN ' +
    parts.map(([part]) => `${part};`).join(' ') +
    ' END; END';
  const [results] = (await db.sequelize.query(sql, {
    replacements: parts.flatMap(([, replacements]) => replacements),
    type: QueryTypes.RAW,
  })) as unknown as [[Outcome[], unknown], unknown];
  const [outcome] = results[0];
  if (outcome.refusal !== null) throw new AppError(outcome.refusal);
  return {
    claimId: Number(outcome.claimId),
    voucherId: Number(outcome.voucherId),
  };
}
