// Merchants for the credit office, oldest first so the queue is fair;
// optionally only those in one status (the pending queue); and one
// merchant for its own staff.
import type { MerchantStatus, MerchantView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { AppError } from '../errors';
import { presentMerchants } from './presentMerchants';

const LIMIT = 200;

export async function listMerchants(
  db: Database,
  status: MerchantStatus | null,
): Promise<MerchantView[]> {
  const merchants = await db.models.Merchant.findAll({
    where: status === null ? {} : { status },
    order: [['id', 'ASC']],
    limit: LIMIT,
  });
  return presentMerchants(db, merchants);
}

export async function getMerchant(
  db: Database,
  merchantId: number,
): Promise<MerchantView> {
  const merchant = await db.models.Merchant.findByPk(merchantId);
  if (merchant === null) throw new AppError('merchant_not_found');
  const [view] = await presentMerchants(db, [merchant]);
  return view;
}
