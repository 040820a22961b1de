import type { OfferKind, OfferScene } from '@creditplus/shared';
import { filterOffers, NO_FILTER, presentValues } from './offerFilter';

const offers = [
  { id: 1, scene: 'huimin', kind: 'deposit_waiver' },
  { id: 2, scene: 'huimin', kind: 'discount' },
  { id: 3, scene: 'huiqi', kind: 'fast_track' },
] satisfies { id: number; scene: OfferScene; kind: OfferKind }[];

const ids = (list: { id: number }[]) => list.map((offer) => offer.id);

describe('filterOffers', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterOffers(offers, NO_FILTER))).toEqual([1, 2, 3]);
  });

  it('narrows by scene, by kind, and by both', () => {
    expect(ids(filterOffers(offers, { scene: 'huimin', kind: '' }))).toEqual([
      1, 2,
    ]);
    expect(ids(filterOffers(offers, { scene: '', kind: 'discount' }))).toEqual([
      2,
    ]);
    expect(
      ids(filterOffers(offers, { scene: 'huiqi', kind: 'discount' })),
    ).toEqual([]);
  });
});

describe('presentValues', () => {
  it('lists the values some offer has, in the given order', () => {
    const order = ['huishi', 'huiqi', 'huishang', 'huimin'] as const;
    expect(presentValues(offers, 'scene', order)).toEqual(['huiqi', 'huimin']);
  });
});
