// Why a claim on a listed offer would be refused now whatever the
// subject's credit, in the words and codes the claim itself answers with.
// The list reads the counters without locking; the claim decides again
// under the database's conditional updates.
import type { ClaimBlock } from '@creditplus/shared';

import { errorCatalogue } from '../errors';

export interface OfferCounts {
  quota: number;
  claimed: number;
  perSubjectLimit: number;
  perDayQuota: number | null;
  /** The offer's claims on today's Asia/Shanghai date. */
  claimedToday: number;
  /** The subject's live vouchers; null without a subject. */
  held: number | null;
}

export function offerClaimBlock(counts: OfferCounts): ClaimBlock | null {
  // The subject's own limit first: it outlasts a sold-out day.
  if (counts.held !== null && counts.held >= counts.perSubjectLimit) {
    return block('claim_limit_reached');
  }
  if (counts.claimed >= counts.quota) return block('quota_exhausted');
  if (
    counts.perDayQuota !== null &&
    counts.claimedToday >= counts.perDayQuota
  ) {
    return block('daily_quota_exhausted');
  }
  return null;
}

function block(code: ClaimBlock['code']): ClaimBlock {
  return { code, message: errorCatalogue[code][1] };
}
