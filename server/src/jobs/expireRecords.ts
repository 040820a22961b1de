// Ends records whose disclosure window has passed: status 'expired',
// audited, the subject rescored in the same transaction and its cached
// rating retired after the commit. Each record is ended by a conditional
// update, so several processes running the job at once end it once.
import { todayInShanghai } from '@creditplus/shared';
import { Op } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { Logger } from '../log/logger';
import { forgetRatings } from '../services/ratingCache';
import { AuditEntry, snapshotOf } from '../services/recordHistory';
import { rescoreSubject } from '../services/rescoreSubject';

export const EXPIRY_BATCH = 200;
const ACTOR = 'job:expireRecords';

export interface ExpiryDeps {
  db: Database;
  cache: Cache;
}

/** Ends every record past its window on `now`'s Beijing day. */
export async function expireRecords(
  deps: ExpiryDeps,
  now: Date = new Date(),
): Promise<{ expired: number }> {
  const today = todayInShanghai(now);
  let expired = 0;
  for (;;) {
    const ended = await expireBatch(deps, today, now);
    if (ended === null) return { expired };
    expired += ended;
  }
}

/** Null when nothing was left to end. */
async function expireBatch(
  deps: ExpiryDeps,
  today: string,
  now: Date,
): Promise<number | null> {
  const { db, cache } = deps;
  const { CreditRecord, RecordAudit } = db.models;
  return db.sequelize.transaction(async (transaction) => {
    const due = await CreditRecord.findAll({
      where: { status: 'active', disclosureEnd: { [Op.lt]: today } },
      order: [['id', 'ASC']],
      limit: EXPIRY_BATCH,
      transaction,
    });
    if (due.length === 0) return null;

    const audits: AuditEntry[] = [];
    const touched = new Set<number>();
    for (const record of due) {
      const before = snapshotOf(record);
      const [changed] = await CreditRecord.update(
        { status: 'expired' },
        { where: { id: record.id, status: 'active' }, transaction },
      );
      if (changed === 0) continue;
      record.set('status', 'expired');
      audits.push({
        recordId: record.id,
        action: 'expire',
        actor: ACTOR,
        reason: null,
        before,
        after: snapshotOf(record),
      });
      touched.add(record.subjectId);
    }
    await RecordAudit.bulkCreate(audits, { transaction });
    for (const subjectId of touched) {
      await rescoreSubject(db, subjectId, { transaction, now });
    }
    transaction.afterCommit(() => forgetRatings(cache, touched));
    return audits.length;
  });
}

/**
 * Runs the job now and then every `intervalMs`, never two runs of this
 * process at once. Returns the function that stops it.
 */
export function scheduleRecordExpiry(
  deps: ExpiryDeps & { log: Logger },
  intervalMs: number,
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const started = Date.now();
      const { expired } = await expireRecords(deps);
      if (expired > 0) {
        deps.log.info({ expired, ms: Date.now() - started }, 'records expired');
      }
    } catch (error) {
      deps.log.error({ err: error }, 'record expiry failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  return () => clearInterval(timer);
}
