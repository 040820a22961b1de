// A subject claims an offer and gets a single-use voucher. Eligibility is
// decided now, from the current rating, and stored on the claim. The
// database enforces the limits under any concurrency: the quota by a
// conditional UPDATE of the offer's counter, the per-day quota by the same
// on the offer's counter row of the Shanghai day, the per-subject limit by
// the unique (offer, subject, slot) key and retries by the unique (subject,
// idempotency key) key, which returns the first voucher again.
//
// Everything is read before the transaction, in one query (claimContext),
// and a flash crowd on a sold-out offer is refused from that read without
// rating the subject or opening a transaction: the conditional UPDATE would
// refuse it anyway, and a cancellation frees a place at once since the read
// is of the counter itself. The transaction holds only the statements that
// must be atomic (writeClaim), and the voucher is answered from what was
// written. Once the database shows the offer sold out, later taps are
// refused from a mark in the cache (soldOutOffers) before any of this runs.
import { randomBytes } from 'node:crypto';
import { todayInShanghai, VoucherView } from '@creditplus/shared';
import { UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import type { ClaimEligibility } from '../db/models';
import { decideEligibility } from '../domain/eligibility';
import type { RatingVerdict } from '../domain/ratingBreakdown';
import { AppError } from '../errors';
import {
  ClaimContext,
  type ClaimOffer,
  loadClaimContext,
} from './claimContext';
import { getRating, RatingDeps } from './getRating';
import { voucherView } from './presentVouchers';
import { writeClaim } from './claimWrites/writeClaim';
import { markSoldOut } from './soldOutOffers';
import { standingOf } from './subjectStanding';

export interface ClaimRequest {
  offerId: number;
  /** The signed-in user; the subject is the one the user acts for. */
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
  const context = await loadClaimContext(db, request);
  if (context === null) throw new AppError('offer_not_found');
  if (context.seenClaimId !== null) {
    return replay(db, context, context.seenClaimId, now);
  }
  const { offer } = context;
  if (offer.claimed >= offer.quota) {
    await markSoldOut(deps.cache, offer.id);
    throw new AppError('quota_exhausted');
  }

  const eligibility = await decide(deps, context, now);
  const slot = freeSlot(offer, context.heldSlots);
  try {
    const written = await writeClaim(db, {
      offer,
      day: todayInShanghai(now),
      subjectId: context.subject.id,
      userId: request.userId,
      slot,
      idempotencyKey: request.idempotencyKey,
      eligibility,
      code: randomBytes(16).toString('hex'),
      expiresAt: voucherExpiry(offer, now),
      // The day a cancellation gives back is read from the claim's time, so
      // it must be the instant the day's quota was taken for.
      now,
    });
    const voucher = voucherView({ ...written, ...context }, now);
    return { voucher, created: true };
  } catch (error) {
    // A concurrent request with the same key may have won while this one
    // waited (the transaction rolled back, counter included): it gets the
    // winner's voucher, whatever this attempt failed on.
    const winner = await db.models.Claim.findOne({
      attributes: ['id'],
      where: {
        subjectId: context.subject.id,
        idempotencyKey: request.idempotencyKey,
      },
    });
    if (winner) return replay(db, context, winner.id, now);
    if (error instanceof AppError && error.code === 'quota_exhausted') {
      await markSoldOut(deps.cache, offer.id);
    }
    if (error instanceof UniqueConstraintError) {
      throw new AppError('claim_limit_reached');
    }
    throw error;
  }
}

/** Eligibility from the current rating, with what it was decided on. */
async function decide(
  deps: RatingDeps,
  context: ClaimContext,
  now: Date,
): Promise<ClaimEligibility> {
  const { offer, subject, storedRating } = context;
  const rating = isCurrent(storedRating, now)
    ? storedRating
    : await getRating(deps, subject.id, now);
  const { standing } = await standingOf(deps.db, subject, rating, {
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
  return {
    ...eligibility,
    grade: rating.grade,
    score: rating.score,
    modelVersion: rating.modelVersion,
  };
}

// The stored rating is current when computed on this Shanghai day, as in
// getRating: records leave their disclosure period at midnight. Read from
// the database it is never staler than the cached copy.
function isCurrent(
  rating: RatingVerdict | null,
  now: Date,
): rating is RatingVerdict {
  return (
    rating !== null &&
    todayInShanghai(new Date(rating.computedAt)) === todayInShanghai(now)
  );
}

// The lowest slot the subject does not hold. A cancelled claim gives its
// slot back (its own becomes negative), so a subject may claim again. The
// unique key refuses a slot taken since the read.
function freeSlot(offer: ClaimOffer, held: number[]): number {
  for (let slot = 1; slot <= offer.perSubjectLimit; slot++) {
    if (!held.includes(slot)) return slot;
  }
  throw new AppError('claim_limit_reached');
}

async function replay(
  db: Database,
  context: ClaimContext,
  claimId: number,
  now: Date,
): Promise<ClaimResult> {
  const claim = await db.models.Claim.findByPk(claimId, {
    rejectOnEmpty: true,
  });
  if (claim.offerId !== context.offer.id) {
    throw new AppError('idempotency_key_conflict');
  }
  const voucher = await db.models.Voucher.findOne({
    where: { claimId },
    rejectOnEmpty: true,
  });
  return {
    voucher: voucherView({ ...context, claim, voucher }, now),
    created: false,
  };
}

// A voucher never outlives its offer.
function voucherExpiry(offer: ClaimOffer, now: Date): Date {
  const ttl = new Date(now.getTime() + offer.voucherTtlHours * 3_600_000);
  return ttl < offer.validTo ? ttl : offer.validTo;
}
