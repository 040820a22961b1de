// An enterprise agent registers the organization it acts for as a
// merchant. The USCC must be valid and be that organization's own (its
// keyed hash matches): an agent cannot register someone else's company.
// The merchant waits for the credit office; the agent becomes its first
// staff member so it can prepare offers meanwhile. A refused merchant may
// apply again, which puts it back in the queue.
import { MerchantView, parseUscc } from '@creditplus/shared';
import { UniqueConstraintError } from 'sequelize';

import { forgetAuthUsers } from '../auth/authUserCache';
import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import { hashCode } from '../domain/subjectCode';
import { AppError } from '../errors';
import { presentMerchants } from './presentMerchants';

export interface RegisterMerchantRequest {
  userId: number;
  subjectId: number;
  uscc: string;
  name?: string;
}

export async function registerMerchant(
  deps: { db: Database; cache: Cache; dataKey: Buffer },
  request: RegisterMerchantRequest,
): Promise<MerchantView> {
  const { db } = deps;
  const uscc = parseUscc(request.uscc);
  if (!uscc.ok) throw new AppError('invalid_uscc', { reason: uscc.reason });
  const subject = await db.models.Subject.findByPk(request.subjectId, {
    rejectOnEmpty: true,
  });
  if (
    subject.kind !== 'organization' ||
    subject.codeHash !== hashCode(uscc.value, deps.dataKey)
  ) {
    throw new AppError('uscc_not_your_organization');
  }

  const name = request.name ?? subject.name;
  const merchant = await db.sequelize
    .transaction(async (transaction) => {
      const { Merchant, User } = db.models;
      const existing = await Merchant.findOne({
        where: { subjectId: subject.id },
        transaction,
      });
      if (existing !== null && existing.status !== 'refused') {
        throw new AppError('merchant_exists', { status: existing.status });
      }
      const saved =
        existing === null
          ? await Merchant.create(
              {
                subjectId: subject.id,
                name,
                status: 'pending',
                registeredByUserId: request.userId,
              },
              { transaction },
            )
          : await existing.update(
              {
                name,
                status: 'pending',
                reviewReason: null,
                reviewedAt: null,
                registeredByUserId: request.userId,
              },
              { transaction },
            );
      await User.update(
        { merchantId: saved.id },
        { where: { id: request.userId }, transaction },
      );
      transaction.afterCommit(() =>
        forgetAuthUsers(deps.cache, [request.userId]),
      );
      return saved;
    })
    .catch((error: unknown) => {
      // Two registrations at once: the unique subject key let one in.
      if (error instanceof UniqueConstraintError) {
        throw new AppError('merchant_exists', { status: 'pending' });
      }
      throw error;
    });
  const [view] = await presentMerchants(db, [merchant]);
  return view;
}
