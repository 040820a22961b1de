// Why an eligible subject still cannot claim an offer now: none left, or
// the subject holds as many as one may. The card says so instead of
// offering a tap the server would refuse; the server decides either way.
import type { OfferView } from '@creditplus/shared';

export function claimBlocker(
  offer: Pick<OfferView, 'remaining' | 'perSubjectLimit' | 'myClaims'>,
): string | null {
  if (offer.myClaims >= offer.perSubjectLimit) return '已达到每人领取上限';
  if (offer.remaining <= 0) return '已领完';
  return null;
}
