// A subject claims an offer and gets a single-use voucher. Eligibility is
// decided now, from the current rating, and stored on the claim. The
// database enforces the limits under any concurrency: the quota by a
// conditional UPDATE of the offer's counter, the per-day quota by the same
// on the offer's counter row of the Shanghai day, the per-subject limit by
// the unique (offer, subject, slot) key and retries by the unique (subject,
// idempotency key) key, which returns the first voucher again.
//
// Claims and cancellations both take the offer's row first, so they queue
// behind each other on it and never deadlock on the counters after it.
import { randomBytes } from 'node:crypto';
import { todayInShanghai, VoucherView } from '@creditplus/shared';
import { Op, Transaction, UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import type { Claim, Offer } from '../db/models';
import { decideEligibility } from '../domain/eligibility';
import { AppError } from '../errors';
import type { RatingDeps } from './getRating';
import { presentVouchers } from './presentVouchers';
import { loadStanding } from './subjectStanding';

export interface ClaimRequest {
  offerId: number;
  subjectId: number;
  userId: number;
  idempotencyKey: string;
}

export interface ClaimResult {
  voucher: VoucherView;
  /** False when the key was seen before and the first voucher is returned. */
  created: boolean;
}

const OFFER_REASONS = new Set([
  'offer_paused',
  'offer_not_started',
  'offer_ended',
]);

export async function claimOffer(
  deps: RatingDeps,
  request: ClaimRequest,
  now: Date = new Date(),
): Promise<ClaimResult> {
  const { db } = deps;
  const seen = await replay(db, request, now);
  if (seen) return seen;

  const offer = await db.models.Offer.findByPk(request.offerId);
  if (offer === null) throw new AppError('offer_not_found');
  const subject = await db.models.Subject.findByPk(request.subjectId, {
    rejectOnEmpty: true,
  });
  const { standing, rating } = await loadStanding(deps, subject, {
    withRecordTypes: offer.excludedLists.length > 0,
    now,
  });
  const eligibility = decideEligibility(offer, standing, now);
  if (!eligibility.eligible) {
    const offerClosed = eligibility.reasons.some((r) =>
      OFFER_REASONS.has(r.code),
    );
    throw new AppError(offerClosed ? 'offer_not_available' : 'not_eligible', {
      reasons: eligibility.reasons,
    });
  }

  try {
    const claim = await db.sequelize.transaction(async (transaction) => {
      const [taken] = await db.models.Offer.update(
        { claimed: db.sequelize.literal('claimed + 1') },
        {
          where: {
            id: offer.id,
            claimed: { [Op.lt]: db.sequelize.col('quota') },
          },
          transaction,
        },
      );
      if (taken === 0) throw new AppError('quota_exhausted');
      if (offer.perDayQuota !== null) {
        await takeDayQuota(db, offer, todayInShanghai(now), transaction);
      }

      const slot = await freeSlot(db, offer, subject.id, transaction);
      const created = await db.models.Claim.create(
        {
          offerId: offer.id,
          subjectId: subject.id,
          userId: request.userId,
          slot,
          idempotencyKey: request.idempotencyKey,
          // The day a cancellation gives back is read from this instant,
          // so it must be the one the day's quota was taken for.
          createdAt: now,
          eligibility: {
            ...eligibility,
            grade: rating.grade,
            score: rating.score,
            modelVersion: rating.modelVersion,
          },
        },
        { transaction },
      );
      await db.models.Voucher.create(
        {
          claimId: created.id,
          code: randomBytes(16).toString('hex'),
          status: 'issued',
          expiresAt: voucherExpiry(offer, now),
          redeemedAt: null,
          redeemedByUserId: null,
        },
        { transaction },
      );
      return created;
    });
    return { voucher: await voucherOf(db, claim, now), created: true };
  } catch (error) {
    // A concurrent request with the same key may have won while this one
    // waited (the transaction rolled back, counter included): it gets the
    // winner's voucher, whatever this attempt failed on.
    const winner = await replay(db, request, now);
    if (winner) return winner;
    if (error instanceof UniqueConstraintError) {
      throw new AppError('claim_limit_reached');
    }
    throw error;
  }
}

async function takeDayQuota(
  db: Database,
  offer: Offer,
  day: string,
  transaction: Transaction,
): Promise<void> {
  const { OfferDayCounter } = db.models;
  await OfferDayCounter.bulkCreate([{ offerId: offer.id, day, claimed: 0 }], {
    ignoreDuplicates: true,
    transaction,
  });
  const [taken] = await OfferDayCounter.update(
    { claimed: db.sequelize.literal('claimed + 1') },
    {
      where: {
        offerId: offer.id,
        day,
        claimed: { [Op.lt]: offer.perDayQuota as number },
      },
      transaction,
    },
  );
  if (taken === 0) throw new AppError('daily_quota_exhausted');
}

// The lowest slot the subject does not hold. A cancelled claim gives its
// slot back (its own becomes negative), so a subject may claim again.
async function freeSlot(
  db: Database,
  offer: Offer,
  subjectId: number,
  transaction: Transaction,
): Promise<number> {
  const held = await db.models.Claim.findAll({
    attributes: ['slot'],
    where: { offerId: offer.id, subjectId, slot: { [Op.gt]: 0 } },
    transaction,
  });
  const taken = new Set(held.map((c) => c.slot));
  for (let slot = 1; slot <= offer.perSubjectLimit; slot++) {
    if (!taken.has(slot)) return slot;
  }
  throw new AppError('claim_limit_reached');
}

async function replay(
  db: Database,
  request: ClaimRequest,
  now: Date,
): Promise<ClaimResult | null> {
  const claim = await db.models.Claim.findOne({
    where: {
      subjectId: request.subjectId,
      idempotencyKey: request.idempotencyKey,
    },
  });
  if (claim === null) return null;
  if (claim.offerId !== request.offerId) {
    throw new AppError('idempotency_key_conflict');
  }
  return { voucher: await voucherOf(db, claim, now), created: false };
}

async function voucherOf(
  db: Database,
  claim: Claim,
  now: Date,
): Promise<VoucherView> {
  const voucher = await db.models.Voucher.findOne({
    where: { claimId: claim.id },
    rejectOnEmpty: true,
  });
  const [view] = await presentVouchers(db, [voucher], now);
  return view;
}

// A voucher never outlives its offer.
function voucherExpiry(offer: Offer, now: Date): Date {
  const ttl = new Date(now.getTime() + offer.voucherTtlHours * 3_600_000);
  return ttl < offer.validTo ? ttl : offer.validTo;
}
