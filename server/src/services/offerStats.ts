// Claims, redemptions, cancellations and the deposits waived per offer,
// counted by the database in one grouped query. The deposit waived is the
// offer's value for every redeemed voucher of a deposit waiver; values
// cannot drift, since only drafts can be edited.
import type { OfferStats } from '@creditplus/shared';
import { QueryTypes } from 'sequelize';

import type { Database } from '../db/database';
import type { Offer } from '../db/models';

export const NO_STATS: OfferStats = {
  claims: 0,
  redemptions: 0,
  cancellations: 0,
  depositWaivedFen: 0,
};

interface Row {
  offer_id: number;
  claims: number | string;
  redemptions: number | string | null;
  cancellations: number | string | null;
}

export async function offerStats(
  db: Database,
  offers: Offer[],
): Promise<Map<number, OfferStats>> {
  const stats = new Map<number, OfferStats>();
  if (offers.length === 0) return stats;
  // MariaDB returns COUNT and SUM as strings, SQLite as numbers.
  const rows = await db.sequelize.query<Row>(
    `SELECT c.offer_id AS offer_id,
            COUNT(*) AS claims,
            SUM(CASE WHEN v.status = 'redeemed' THEN 1 ELSE 0 END)
              AS redemptions,
            SUM(CASE WHEN v.status = 'cancelled' THEN 1 ELSE 0 END)
              AS cancellations
       FROM claims c JOIN vouchers v ON v.claim_id = c.id
      WHERE c.offer_id IN (:ids)
      GROUP BY c.offer_id`,
    { replacements: { ids: offers.map((o) => o.id) }, type: QueryTypes.SELECT },
  );
  const offerOf = new Map(offers.map((o) => [o.id, o]));
  for (const row of rows) {
    const offer = offerOf.get(Number(row.offer_id))!;
    const redemptions = Number(row.redemptions ?? 0);
    stats.set(offer.id, {
      claims: Number(row.claims),
      redemptions,
      cancellations: Number(row.cancellations ?? 0),
      depositWaivedFen:
        offer.kind === 'deposit_waiver'
          ? redemptions * (offer.valueFen ?? 0)
          : 0,
    });
  }
  return stats;
}

export function sumStats(all: Iterable<OfferStats>): OfferStats {
  const total = { ...NO_STATS };
  for (const stats of all) {
    total.claims += stats.claims;
    total.redemptions += stats.redemptions;
    total.cancellations += stats.cancellations;
    total.depositWaivedFen += stats.depositWaivedFen;
  }
  return total;
}
