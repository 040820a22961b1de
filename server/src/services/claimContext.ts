// Everything a claim is decided on, read in one query: the claimant's user
// row, the offer, its merchant's name, the subject's kind and region, its
// stored rating, the slots it holds on the offer and the claim its
// idempotency key already made. Each of these was its own round trip; on
// a flash crowd every round trip is paid tens of thousands of times, mostly
// by taps that are refused from this one read.
//
// On MySQL and MariaDB the query is plain SQL sent to the driver
// (claimContextSql): there, building the query and an Offer instance cost
// more of a claim's CPU than the database's work. SQLite reads it through
// the model.
import type { SubjectKind } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Offer } from '../db/models';
import { AppError } from '../errors';
import {
  RatingColumns,
  RatingVerdict,
  StoredBreakdown,
  storedRating,
} from '../domain/ratingBreakdown';
import { readContextRow } from './claimContextSql';

/** What a claim needs of its offer: its terms, counter and limits. */
export type ClaimOffer = Pick<
  Offer,
  | 'id'
  | 'merchantId'
  | 'title'
  | 'kind'
  | 'subjectKinds'
  | 'minGrade'
  | 'quota'
  | 'claimed'
  | 'perSubjectLimit'
  | 'minScore'
  | 'redlistOnly'
  | 'excludedLists'
  | 'regionPrefix'
  | 'perDayQuota'
  | 'validFrom'
  | 'validTo'
  | 'voucherTtlHours'
  | 'status'
>;

export interface ClaimContext {
  offer: ClaimOffer;
  merchant: { id: number; name: string };
  subject: { id: number; kind: SubjectKind; region: string | null };
  /** The rating last stored, whatever day it was computed on. */
  storedRating: RatingVerdict | null;
  /** Slots the subject holds on the offer (cancelled ones are negative). */
  heldSlots: number[];
  /** The claim the subject already made with this idempotency key. */
  seenClaimId: number | null;
}

/** The offer and what the query read beside it, as the database gave it. */
export interface ContextRow {
  offer: ClaimOffer;
  extras: Extras;
}

export interface Extras {
  /** Null without such a user, 0 for a user acting for no subject. */
  claimantSubjectId: number | string | null;
  merchantName: string;
  subjectKind: SubjectKind | null;
  subjectRegion: string | null;
  /** The rating's row as a JSON array; see ratingColumns below. */
  rating: string | RatingArray | null;
  heldSlots: string | Buffer | null;
  seenClaimId: number | string | null;
}

export interface ContextRequest {
  offerId: number;
  userId: number;
  idempotencyKey: string;
}

/**
 * Null when the offer does not exist. The user's row is read here rather
 * than by requireUser: on a flash crowd most claimants are not in the
 * user cache, and this saves each of them a database round trip and two
 * cache ones. Throws as requireUser and requireSubject would.
 */
export async function loadClaimContext(
  db: Database,
  request: ContextRequest,
): Promise<ClaimContext | null> {
  const row =
    db.sequelize.getDialect() === 'mysql'
      ? await readContextRow(db.sequelize, request)
      : await readWithModel(db, request);
  if (row === null) {
    await requireClaimant(db, request.userId);
    return null;
  }

  const { offer, extras } = row;
  const claimant = checkedClaimant(extras.claimantSubjectId);
  if (extras.subjectKind === null) {
    throw new Error(`subject ${claimant} does not exist`);
  }
  return {
    offer,
    merchant: { id: offer.merchantId, name: extras.merchantName },
    subject: {
      id: claimant,
      kind: extras.subjectKind,
      region: extras.subjectRegion,
    },
    storedRating:
      extras.rating === null
        ? null
        : storedRating(ratingColumns(claimant, extras.rating)),
    // GROUP_CONCAT answers "1,2" (as bytes on some MariaDB versions).
    heldSlots:
      extras.heldSlots === null
        ? []
        : String(extras.heldSlots).split(',').map(Number),
    seenClaimId:
      extras.seenClaimId === null ? null : Number(extras.seenClaimId),
  };
}

async function readWithModel(
  db: Database,
  request: ContextRequest,
): Promise<ContextRow | null> {
  const { sequelize } = db;
  const userId = sequelize.escape(request.userId);
  const subjectId = `(SELECT subject_id FROM users WHERE id = ${userId})`;
  const key = sequelize.escape(request.idempotencyKey);
  const extra = (sql: string, name: keyof Extras): [unknown, string] => [
    sequelize.literal(`(${sql})`),
    name,
  ];
  const offer = await db.models.Offer.findByPk(request.offerId, {
    attributes: {
      include: [
        extra(
          `SELECT COALESCE(subject_id, 0) FROM users WHERE id = ${userId}`,
          'claimantSubjectId',
        ),
        extra(
          'SELECT name FROM merchants WHERE merchants.id = Offer.merchant_id',
          'merchantName',
        ),
        extra(
          `SELECT kind FROM subjects WHERE id = ${subjectId}`,
          'subjectKind',
        ),
        extra(
          `SELECT region FROM subjects WHERE id = ${subjectId}`,
          'subjectRegion',
        ),
        extra(
          'SELECT json_array(score, grade, model_version, computed_at,' +
            ` breakdown) FROM ratings WHERE subject_id = ${subjectId}`,
          'rating',
        ),
        extra(
          'SELECT GROUP_CONCAT(slot) FROM claims WHERE claims.offer_id =' +
            ` Offer.id AND claims.subject_id = ${subjectId} AND slot > 0`,
          'heldSlots',
        ),
        extra(
          'SELECT id FROM claims WHERE claims.subject_id =' +
            ` ${subjectId} AND idempotency_key = ${key}`,
          'seenClaimId',
        ),
      ] as [never, string][],
    },
  });
  if (offer === null) return null;
  return { offer, extras: offer.get() as unknown as Extras };
}

type RatingArray = [number, string, number, string, StoredBreakdown | string];

// The row read as json_array(score, grade, model_version, computed_at,
// breakdown): text, or already decoded by a driver that knows the type.
// The instant comes as the database's text, in UTC; the breakdown as JSON
// where the driver decoded it, as text otherwise.
function ratingColumns(
  subjectId: number,
  row: string | RatingArray,
): RatingColumns {
  const [score, grade, modelVersion, at, breakdown] =
    typeof row === 'string' ? (JSON.parse(row) as RatingArray) : row;
  return {
    subjectId,
    score,
    grade,
    modelVersion,
    computedAt: utcInstant(at),
    breakdown:
      typeof breakdown === 'string'
        ? (JSON.parse(breakdown) as StoredBreakdown)
        : breakdown,
  };
}

// "2026-12-03 19:02:59.308" from MariaDB; SQLite keeps the text Sequelize
// wrote, with its offset: "2026-12-03 19:02:59.308 +00:00".
function utcInstant(text: string): Date {
  const [date, time, offset = 'Z'] = text.split(' ');
  return new Date(`${date}T${time}${offset}`);
}

// A token outliving its account is as good as forged, as in requireUser.
function checkedClaimant(subjectId: number | string | null): number {
  if (subjectId === null) throw new AppError('token_invalid');
  if (Number(subjectId) === 0) throw new AppError('no_subject');
  return Number(subjectId);
}

// Without the offer the query said nothing of the user, whose refusal
// comes first.
async function requireClaimant(db: Database, userId: number): Promise<void> {
  const user = await db.models.User.findByPk(userId, {
    attributes: ['subjectId'],
  });
  checkedClaimant(user === null ? null : (user.subjectId ?? 0));
}
