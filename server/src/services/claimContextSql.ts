// The claim context's query on MySQL and MariaDB, sent to the driver. The
// user, subject, rating, merchant and the claim of the idempotency key
// are joined by primary or unique keys, which the optimizer reads as
// constants; only the held slots need a subquery.
import type { Sequelize } from 'sequelize';

import { driverQuery } from '../db/driverQuery';
import { excludedListsOf } from '../db/models/offer';
import type {
  ClaimOffer,
  ContextRequest,
  ContextRow,
  Extras,
} from './claimContext';

const CONTEXT_SQL = `SELECT o.id, o.merchant_id AS merchantId, o.title,
  o.kind, o.subject_kinds AS subjectKinds, o.min_grade AS minGrade,
  o.quota, o.claimed, o.per_subject_limit AS perSubjectLimit,
  o.min_score AS minScore, o.redlist_only AS redlistOnly,
  o.excluded_lists AS excludedLists, o.region_prefix AS regionPrefix,
  o.per_day_quota AS perDayQuota, o.valid_from AS validFrom,
  o.valid_to AS validTo, o.voucher_ttl_hours AS voucherTtlHours, o.status,
  m.name AS merchantName,
  CASE WHEN u.id IS NULL THEN NULL ELSE COALESCE(u.subject_id, 0) END
    AS claimantSubjectId,
  s.kind AS subjectKind, s.region AS subjectRegion,
  CASE WHEN r.subject_id IS NULL THEN NULL ELSE JSON_ARRAY(r.score, r.grade,
    r.model_version, r.computed_at, r.breakdown) END AS rating,
  (SELECT GROUP_CONCAT(h.slot) FROM claims h WHERE h.offer_id = o.id
    AND h.subject_id = u.subject_id AND h.slot > 0) AS heldSlots,
  c.id AS seenClaimId
FROM offers o
JOIN merchants m ON m.id = o.merchant_id
LEFT JOIN users u ON u.id = ?
LEFT JOIN subjects s ON s.id = u.subject_id
LEFT JOIN ratings r ON r.subject_id = u.subject_id
LEFT JOIN claims c ON c.subject_id = u.subject_id AND c.idempotency_key = ?
WHERE o.id = ?`;

// The offer's columns as mysql2 hands them over: JSON parsed or as text,
// a boolean as a TINYINT, the excluded lists as the column stores them.
type OfferColumns = Omit<
  ClaimOffer,
  'subjectKinds' | 'redlistOnly' | 'excludedLists'
> & {
  subjectKinds: string | ClaimOffer['subjectKinds'];
  redlistOnly: number | boolean;
  excludedLists: string;
};

export async function readContextRow(
  sequelize: Sequelize,
  request: ContextRequest,
): Promise<ContextRow | null> {
  const [row] = await driverQuery<(OfferColumns & Extras)[]>(
    sequelize,
    CONTEXT_SQL,
    [request.userId, request.idempotencyKey, request.offerId],
  );
  if (row === undefined) return null;
  const offer: ClaimOffer = {
    id: row.id,
    merchantId: row.merchantId,
    title: row.title,
    kind: row.kind,
    subjectKinds:
      typeof row.subjectKinds === 'string'
        ? (JSON.parse(row.subjectKinds) as ClaimOffer['subjectKinds'])
        : row.subjectKinds,
    minGrade: row.minGrade,
    quota: row.quota,
    claimed: row.claimed,
    perSubjectLimit: row.perSubjectLimit,
    minScore: row.minScore,
    redlistOnly: Boolean(row.redlistOnly),
    excludedLists: excludedListsOf(row.excludedLists),
    regionPrefix: row.regionPrefix,
    perDayQuota: row.perDayQuota,
    validFrom: row.validFrom,
    validTo: row.validTo,
    voucherTtlHours: row.voucherTtlHours,
    status: row.status,
  };
  return { offer, extras: row };
}
