// The vouchers a subject holds, newest first.
import type { VoucherView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { presentVouchers } from './presentVouchers';

export async function listMyVouchers(
  db: Database,
  subjectId: number,
  now: Date = new Date(),
): Promise<VoucherView[]> {
  const claims = await db.models.Claim.findAll({ where: { subjectId } });
  const vouchers = await db.models.Voucher.findAll({
    where: { claimId: claims.map((c) => c.id) },
    order: [['id', 'DESC']],
  });
  return presentVouchers(db, vouchers, now);
}
