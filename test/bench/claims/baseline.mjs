// The floor the HTTP path is measured against: the same transaction as a
// claim (conditional UPDATE of the offer's counter, INSERT of the claim,
// INSERT of the voucher) straight on mysql2, at the same concurrency and
// with as many connections as the servers' pools hold, no HTTP, no ORM.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

export async function runBaseline({
  url,
  offerId,
  subjects,
  concurrency,
  connections,
}) {
  const pool = mysql.createPool({ uri: url, connectionLimit: connections });
  const eligibility = JSON.stringify({ eligible: true, reasons: [] });
  const expiresAt = new Date(Date.now() + 72 * 3_600_000);
  const latencies = [];
  let next = 0;
  let issued = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < subjects) {
      const subjectId = ++next;
      const begun = performance.now();
      if (
        await claimOnce(pool, { offerId, subjectId, eligibility, expiresAt })
      ) {
        issued += 1;
      }
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { seconds, issued, latencies };
}

async function claimOnce(pool, { offerId, subjectId, eligibility, expiresAt }) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [taken] = await conn.execute(
      'UPDATE offers SET claimed = claimed + 1 WHERE id = ? AND claimed < quota',
      [offerId],
    );
    if (taken.affectedRows === 0) {
      await conn.rollback();
      return false;
    }
    const now = new Date();
    const [claim] = await conn.execute(
      `INSERT INTO claims (offer_id, subject_id, user_id, slot,
         idempotency_key, eligibility, created_at)
       VALUES (?, ?, ?, 1, ?, ?, ?)`,
      [offerId, subjectId, subjectId, `base-${subjectId}`, eligibility, now],
    );
    await conn.execute(
      `INSERT INTO vouchers (claim_id, code, status, expires_at, created_at)
       VALUES (?, ?, 'issued', ?, ?)`,
      [claim.insertId, randomBytes(16).toString('hex'), expiresAt, now],
    );
    await conn.commit();
    return true;
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
}
