// The citizen's offer list narrowed by scene and kind. '' means any.
import type { OfferKind, OfferScene, OfferView } from '@creditplus/shared';

export interface OfferFilter {
  scene: OfferScene | '';
  kind: OfferKind | '';
}

export const NO_FILTER: OfferFilter = { scene: '', kind: '' };

export function filterOffers<T extends Pick<OfferView, 'scene' | 'kind'>>(
  offers: T[],
  filter: OfferFilter,
): T[] {
  return offers.filter(
    (offer) =>
      (filter.scene === '' || offer.scene === filter.scene) &&
      (filter.kind === '' || offer.kind === filter.kind),
  );
}

/**
 * The values worth a chip: those some offer has, in the given order, so
 * a chip never leads to an empty list by itself.
 */
export function presentValues<K extends 'scene' | 'kind'>(
  offers: Pick<OfferView, 'scene' | 'kind'>[],
  key: K,
  order: readonly OfferView[K][],
): OfferView[K][] {
  const present = new Set(offers.map((offer) => offer[key]));
  return order.filter((value) => present.has(value));
}
